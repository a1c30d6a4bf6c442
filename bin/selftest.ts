import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { log, out } from '../support/log.ts';
import type { FaultOutcome } from './selftest/judge.ts';
import { runSelftest, type SelftestResult } from './selftest/plan.ts';
import { report } from './selftest/table.ts';

/**
 * `npm run selftest [-- --fault NAME]... [--jobs N] [--json FILE]`: runs the suite against the
 * faithful embedded mock and against every catalogued fault (mock/faults.ts), each with only
 * the scenarios its tags select, and prints which faults the suite detected. Exit codes: 0 every
 * detectable fault detected and the faithful mock clean, 1 otherwise, 2 a usage error.
 */
const USAGE = `usage: npm run selftest -- [--fault NAME]... [--faithful] [--jobs N] [--json FILE]

  --fault NAME  run only this fault (repeatable); the faithful mock runs only with --faithful
  --faithful    also run the faithful mock when --fault is given
  --jobs N      runs at the same time, default 2
  --json FILE   also write the results as JSON`;

function parseCli() {
  try {
    return parseArgs({
      options: {
        fault: { type: 'string', multiple: true },
        faithful: { type: 'boolean' },
        jobs: { type: 'string', default: '2' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }).values;
  } catch (err) {
    log('error', `${(err as Error).message}\n${USAGE}`);
    return process.exit(2);
  }
}

function faultJson(o: FaultOutcome) {
  const { fault, durationMs, ...rest } = o;
  return { ...fault, ...rest, durationMs: Math.round(durationMs) };
}

function writeJson(file: string, result: SelftestResult): void {
  const doc = {
    format: 'ews-selftest/1',
    ok: result.ok,
    durationMs: Math.round(result.durationMs),
    faithful: result.faithful,
    faults: result.faults.map(faultJson),
  };
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  log('info', `results written to ${file}`);
}

async function main(): Promise<number> {
  const args = parseCli();
  if (args.help) {
    out(USAGE);
    return 0;
  }
  const jobs = Number(args.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    log('error', `--jobs must be a positive integer, not "${args.jobs}"`);
    return 2;
  }
  const onRun = (label: string, done: number, total: number, ms: number) =>
    log('info', `${done}/${total} ${label} (${(ms / 1000).toFixed(1)} s)`);
  let result: SelftestResult;
  try {
    result = await runSelftest({ faults: args.fault, faithful: args.faithful, jobs, onRun });
  } catch (err) {
    log('error', (err as Error).message);
    return 2;
  }
  for (const line of report(result)) out(line);
  log('info', `self-test took ${(result.durationMs / 1000).toFixed(0)} s`);
  if (args.json) writeJson(args.json, result);
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log('error', err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
