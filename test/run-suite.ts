import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarioStatuses } from '../support/report/run-index.ts';

/** Runs `npm run conformance`'s launcher in a child process with its own reports folder. */
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

export function runSuite(env: Record<string, string>, args: string[] = []): Promise<SuiteRun> {
  const reports = mkdtempSync(join(tmpdir(), 'ews-run-'));
  folders.push(reports);
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/conformance.ts', ...args], {
    cwd: ROOT,
    env: { ...cleanEnv(), EWS_REPORTS_DIR: reports, EWS_QUIET: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      let statuses = new Map<string, string>();
      try {
        statuses = scenarioStatuses(readFileSync(join(reports, 'cucumber.ndjson'), 'utf-8'));
      } catch {
        statuses = new Map();
      }
      resolve({ code, output, statuses, reports });
    });
  });
}
