import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarioStatuses } from '../support/report/run-index.ts';

/**
 * Runs a command of bin/ (`npm run conformance`'s launcher by default) in a child process with
 * its own reports folder and none of the caller's EWS_ settings.
 */
export interface SuiteRun {
  code: number | null;
  output: string;
  statuses: Map<string, string>;
  /** The run's own reports folder (EWS_REPORTS_DIR). */
  reports: string;
}

const ROOT = new URL('..', import.meta.url).pathname;

/** The environment a run starts from: none of the caller's EWS_ settings leak in. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('EWS_') && k !== 'NODE_TEST_CONTEXT') env[k] = v;
  }
  return env;
}

/** Each run's reports folder is removed when the test process ends. */
const folders: string[] = [];
process.once('exit', () => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function statusesIn(reports: string): Map<string, string> {
  try {
    return scenarioStatuses(readFileSync(join(reports, 'cucumber.ndjson'), 'utf-8'));
  } catch {
    return new Map();
  }
}

/** Runs `bin/<script>.ts`; `started` sees the child process (to signal it, say). */
export function launch(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
  started?: (child: ChildProcess) => void,
): Promise<SuiteRun> {
  const reports = mkdtempSync(join(tmpdir(), 'ews-run-'));
  folders.push(reports);
  const child = spawn(process.execPath, ['--import', 'tsx', `bin/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...cleanEnv(), EWS_REPORTS_DIR: reports, EWS_QUIET: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started?.(child);
  let output = '';
  const collect = (d: Buffer) => {
    output += d.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve) => {
    child.on('close', (code) => resolve({ code, output, statuses: statusesIn(reports), reports }));
  });
}

export function runSuite(env: Record<string, string>, args: string[] = []): Promise<SuiteRun> {
  return launch('conformance', env, args);
}
