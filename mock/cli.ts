/**
 * `npm run mock -- [--port N] [--auth basic|ntlm|bearer] [--tls] [--throttle] [--accounts FILE]
 * ...`: runs the mock EWS server until SIGINT or SIGTERM. The first line on standard output is
 * the endpoint, then the accounts with their credentials.
 */
import { writeFileSync } from 'node:fs';
import { log, out } from '../support/log.ts';
import type { AuthScheme } from './auth/profile.ts';
import { parseCommandLine, USAGE, UsageError } from './cli-options.ts';
import { DISTRIBUTION_GROUPS } from './directory.ts';
import { FAULTS, faultLine } from './faults.ts';
import { schemaCompileMs } from './schema/validator.ts';
import { type MockOptions, type MockServer, startMock } from './server.ts';
import { THROTTLE_DEFAULTS } from './throttle.ts';

const LOGIN: Record<AuthScheme, string> = {
  basic: 'HTTP Basic; the username is the SMTP address',
  ntlm: 'NTLMv2; log in as the username, or as CONTOSO\\user1 for user1@contoso.com',
  bearer: 'Bearer tokens',
};

function printAccounts(server: MockServer, auth: AuthScheme): void {
  out(`Accounts (${LOGIN[auth]}):`);
  for (const a of server.accounts) {
    const secret = auth === 'bearer' ? `token ${a.token}` : `password ${a.password}`;
    out(`  ${a.username}  ${secret}  (${a.note})`);
  }
  out('Distribution groups (AddDistributionGroupToImList):');
  for (const g of DISTRIBUTION_GROUPS) out(`  ${g.smtpAddress}  "${g.displayName}"`);
}

function printSettings(server: MockServer, options: MockOptions, certOut?: string): void {
  if (options.auth === 'ntlm') out(`NTLM offered as: ${options.ntlmScheme}`);
  if (server.caPem) {
    if (certOut) writeFileSync(certOut, server.caPem);
    out(`TLS: self-signed certificate${certOut ? ` written to ${certOut} (EWS_CA_FILE)` : ''}`);
  }
  const t = options.throttle;
  if (t && t !== true) {
    const budget = t.budget ?? THROTTLE_DEFAULTS.budget;
    const window = t.windowMs ?? THROTTLE_DEFAULTS.windowMs;
    out(`Throttling: ${budget} requests per mailbox per ${window} ms, then ErrorServerBusy`);
  }
}

function stopOnSignals(server: MockServer): void {
  const stop = (signal: string) => {
    log('info', `mock EWS server stopping (${signal})`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

async function start(options: MockOptions): Promise<MockServer> {
  try {
    return await startMock(options);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('unknown mock fault')) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}

async function main(argv: string[]): Promise<void> {
  const { help, listFaults, options, certOut } = parseCommandLine(argv);
  if (help) return out(USAGE);
  if (listFaults) {
    for (const f of FAULTS) out(faultLine(f));
    return;
  }
  const server = await start(options);
  out(`Mock EWS server listening at ${server.url}`);
  printAccounts(server, options.auth ?? 'basic');
  printSettings(server, options, certOut);
  log('info', `schema compiled in ${Math.round(schemaCompileMs() ?? 0)} ms`);
  stopOnSignals(server);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    log('error', `${error.message}\n${USAGE}`);
    process.exit(2);
  }
  log('error', `mock EWS server failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
