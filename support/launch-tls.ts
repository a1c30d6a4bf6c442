import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Certificate, selfSignedCertificate } from '../mock/tls.ts';
import type { Config } from './config.ts';
import { TRUSTED_CA_FILE } from './soap/transport-error.ts';

/**
 * Trusting a private CA. Playwright's request API has no option for trusted CAs (pitfall P22),
 * and Node reads NODE_EXTRA_CA_CERTS only when it starts, so a command that must trust one
 * runs itself again as a child process with that variable set: EWS_CA_FILE for a live server;
 * for the embedded mock over HTTPS (EWS_MOCK_TLS=1) a certificate made here, before the child
 * starts, which the child's mock then serves. The parent passes signals on and exits with the
 * child's code. Certificates are verified either way; only EWS_INSECURE_TLS=1 turns that off.
 */
const CERT_DIR = 'EWSCT_MOCK_CERT_DIR';
const FORWARDED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The CA file the process must trust, and whether it is the embedded mock's. */
function wantedCa(config: Config): { file: string; mock: boolean } | undefined {
  if (config.target.kind === 'live')
    return config.caFile ? { file: config.caFile, mock: false } : undefined;
  if (!config.target.tls || config.insecureTls) return undefined;
  const dir = process.env[CERT_DIR];
  return { file: dir ? join(dir, 'cert.pem') : '', mock: true };
}

/** The certificate the launcher made for the embedded mock, in the child; else undefined. */
export function preparedMockCertificate(): Certificate | undefined {
  const dir = process.env[CERT_DIR];
  if (!dir || process.env.NODE_EXTRA_CA_CERTS !== join(dir, 'cert.pem')) return undefined;
  const read = (name: string) => readFileSync(join(dir, name), 'utf-8');
  return { cert: read('cert.pem'), key: read('key.pem') };
}

async function mockCertificateDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ews-mock-cert-'));
  const { cert, key } = await selfSignedCertificate();
  writeFileSync(join(dir, 'cert.pem'), cert, { mode: 0o600 });
  writeFileSync(join(dir, 'key.pem'), key, { mode: 0o600 });
  return dir;
}

/**
 * Runs this command again with `env` added and waits for it: a child in its own process group,
 * so that a Ctrl-C reaches it once, through the parent.
 */
function rerun(env: Record<string, string>): Promise<number> {
  const args = [...process.execArgv, ...process.argv.slice(1)];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: 'inherit',
    detached: true,
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const s of FORWARDED) process.on(s, forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      for (const s of FORWARDED) process.off(s, forward);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 1));
    });
    child.on('error', () => resolve(1));
  });
}

/**
 * Returns when this process already trusts what it must (or nothing needs trusting);
 * otherwise runs the command again as described above and exits with the child's code.
 */
export async function relaunchForTls(config: Config): Promise<void> {
  const wanted = wantedCa(config);
  if (!wanted || process.env.NODE_EXTRA_CA_CERTS === wanted.file) return;
  if (!wanted.mock) {
    process.exit(await rerun({ NODE_EXTRA_CA_CERTS: wanted.file, [TRUSTED_CA_FILE]: wanted.file }));
  }
  const dir = await mockCertificateDir();
  const env = { NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem'), [CERT_DIR]: dir };
  const code = await rerun(env);
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
}
