import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReport } from '../../support/report/conformance-json.ts';
import type { ConformanceReport } from '../../support/report/conformance-types.ts';

/**
 * One run of the suite for the self-test: `bin/conformance.ts` (the launcher `npm run
 * conformance` uses) in a child process against the embedded mock, with the given faults and
 * tags, its own reports folder and EWS_QUIET=1; the run's conformance.json is read back.
 */
export interface RunRequest {
  faults: readonly string[];
  /** Cucumber tag expression; none runs every scenario. */
  tags?: string;
  timeoutMs?: number;
}

export interface RunResult {
  /** The launcher's exit code; null when it was killed (time-out). */
  code: number | null;
  /** Standard output and standard error, interleaved. */
  output: string;
  report?: ConformanceReport;
  /** Why there is no report. */
  problem?: string;
  durationMs: number;
}

const ROOT = new URL('../..', import.meta.url).pathname;
const LAUNCHER = join(ROOT, 'bin', 'conformance.ts');

/** The caller's environment without EWS_ settings: the run always targets the embedded mock. */
function childEnv(reports: string, faults: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('EWS_') && k !== 'NODE_TEST_CONTEXT') env[k] = v;
  }
  return { ...env, EWS_REPORTS_DIR: reports, EWS_QUIET: '1', EWS_MOCK_FAULTS: faults.join(',') };
}

function readRun(reports: string): Pick<RunResult, 'report' | 'problem'> {
  const file = join(reports, 'conformance.json');
  try {
    return { report: parseReport(readFileSync(file, 'utf-8'), file) };
  } catch (err) {
    return { problem: `no conformance report: ${(err as Error).message}` };
  }
}

/** The last error line the launcher logged, to say why a run gave no report. */
function lastError(output: string): string | undefined {
  return output
    .split('\n')
    .filter((l) => l.startsWith('[ews] error: '))
    .at(-1)
    ?.slice('[ews] error: '.length);
}

/** What a finished run left: its report (then its folder is removed) and its output. */
function finish(reports: string, code: number | null, output: string, started: number) {
  const read = readRun(reports);
  rmSync(reports, { recursive: true, force: true });
  const problem = code === null ? 'the run timed out and was stopped' : read.problem;
  const said = lastError(output);
  const full = problem && said ? `${problem} (${said})` : problem;
  const durationMs = performance.now() - started;
  return { code, output, durationMs, ...read, ...(full ? { problem: full } : {}) };
}

export function runSuite(request: RunRequest): Promise<RunResult> {
  const reports = mkdtempSync(join(tmpdir(), 'ews-selftest-'));
  const args = ['--import', 'tsx', LAUNCHER, ...(request.tags ? ['--tags', request.tags] : [])];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: childEnv(reports, request.faults),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  child.stderr.on('data', (d: Buffer) => chunks.push(d));
  const timer = setTimeout(() => child.kill('SIGKILL'), request.timeoutMs ?? 300_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(finish(reports, code, Buffer.concat(chunks).toString('utf-8'), started));
    });
  });
}

/** Runs `work` over the items, at most `limit` at a time; results in the items' order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
