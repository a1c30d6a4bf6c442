import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import { round, type Spread, spread } from './stats.ts';

/**
 * The whole suite against the embedded mock, serially and with `--parallel N`, each run in a
 * fresh process as a person starts it, against the floor: `cucumber-js --dry-run` over the same
 * features and tags, which loads the same support code and formatters but runs no step (the
 * framework's own cost). Rounds alternate floor, serial and parallel so that a busy machine
 * slows all three alike. Wall time is the figure; CPU time (Linux) shows how busy the run was.
 */
export interface SuiteOptions {
  runs: number;
  workers: number;
  tags: string;
}

export interface RunTimes {
  wallS: Spread;
  /** User and system CPU of the run and its children, when the platform tells (Linux). */
  cpuS?: Spread;
}

export interface SuiteResult {
  tags: string;
  runs: number;
  workers: number;
  scenarios: number;
  floor: RunTimes;
  serial: RunTimes;
  parallel: RunTimes;
  /** serial and parallel median wall time over the floor's median: the headline figures. */
  ratioSerial: number;
  ratioParallel: number;
}

const CUCUMBER = join(ROOT, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js');

/** CPU seconds of waited-for children, from /proc (clock ticks of 1/100 s); else undefined. */
function childrenCpu(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf-8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** The caller's environment without EWS_ settings: the embedded mock, defaults throughout. */
function benchEnv(reports: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('EWS_')) env[k] = v;
  return { ...env, EWS_REPORTS_DIR: reports, EWS_QUIET: '1' };
}

interface Timed {
  wall: number;
  cpu: number | undefined;
  scenarios: number;
}

function timeRun(args: string[]): Timed {
  const reports = mkdtempSync(join(tmpdir(), 'ews-bench-'));
  const cpuBefore = childrenCpu();
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: benchEnv(reports),
    encoding: 'utf-8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - start) / 1000;
  const cpuAfter = childrenCpu();
  try {
    if (run.status !== 0) {
      const tail = `${run.stdout}${run.stderr}`.slice(-1500);
      throw new Error(`${args.join(' ')} exited ${run.status}:\n${tail}`);
    }
    const ndjson = readFileSync(join(reports, 'cucumber.ndjson'), 'utf-8');
    const scenarios = ndjson.split('"testCaseFinished"').length - 1;
    const cpu =
      cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
    return { wall, cpu, scenarios };
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

function summary(runs: Timed[]): RunTimes {
  const wallS = spread(runs.map((r) => round(r.wall)));
  const cpus = runs.flatMap((r) => (r.cpu === undefined ? [] : [round(r.cpu)]));
  return cpus.length === runs.length ? { wallS, cpuS: spread(cpus) } : { wallS };
}

export function benchSuite(options: SuiteOptions): SuiteResult {
  const tags = ['--tags', options.tags];
  const commands = {
    floor: [CUCUMBER, '--dry-run', ...tags],
    serial: ['bin/conformance.ts', ...tags],
    parallel: ['bin/conformance.ts', ...tags, '--parallel', String(options.workers)],
  };
  const times: Record<keyof typeof commands, Timed[]> = { floor: [], serial: [], parallel: [] };
  for (let i = 0; i < options.runs; i++) {
    for (const kind of ['floor', 'serial', 'parallel'] as const) {
      times[kind].push(timeRun(commands[kind]));
    }
  }
  const floor = summary(times.floor);
  const serial = summary(times.serial);
  const parallel = summary(times.parallel);
  return {
    tags: options.tags,
    runs: options.runs,
    workers: options.workers,
    scenarios: times.serial[0]?.scenarios ?? 0,
    floor,
    serial,
    parallel,
    ratioSerial: round(serial.wallS.median / floor.wallS.median),
    ratioParallel: round(parallel.wallS.median / floor.wallS.median),
  };
}
