import { FAULTS, type FaultEntry, findFault } from '../../mock/faults.ts';
import {
  type FaithfulOutcome,
  type FaultOutcome,
  isMiss,
  judgeFaithful,
  judgeFault,
} from './judge.ts';
import { mapLimit, runSuite } from './run.ts';

/**
 * The self-test: the whole suite against the faithful mock once, and against each catalogued
 * fault with only the scenarios its tags select, a few runs at a time.
 */
export interface SelftestOptions {
  /** Fault names to run; all of the catalogue when absent. */
  faults?: readonly string[];
  /** Run the faithful mock too (default: only when every fault runs). */
  faithful?: boolean;
  /** Runs at the same time (default 2). */
  jobs?: number;
  /** Called as each run ends, e.g. to show progress. */
  onRun?: (label: string, done: number, total: number, durationMs: number) => void;
}

export interface SelftestResult {
  faithful?: FaithfulOutcome;
  faults: FaultOutcome[];
  durationMs: number;
  /** Detectable faults missed, runs that failed, or a faithful run that was not clean. */
  ok: boolean;
}

type Job = { kind: 'faithful' } | { kind: 'fault'; fault: FaultEntry };

export function faultsNamed(names: readonly string[] | undefined): FaultEntry[] {
  if (!names) return [...FAULTS];
  return names.map((name) => {
    const fault = findFault(name);
    if (!fault) throw new Error(`unknown fault "${name}"; see npm run -s mock -- --list-faults`);
    return fault;
  });
}

function jobsOf(faults: FaultEntry[], faithful: boolean): Job[] {
  const own: Job[] = faults.map((fault) => ({ kind: 'fault', fault }));
  return faithful ? [{ kind: 'faithful' }, ...own] : own;
}

export async function runSelftest(options: SelftestOptions = {}): Promise<SelftestResult> {
  const started = performance.now();
  const faults = faultsNamed(options.faults);
  const jobs = jobsOf(faults, options.faithful ?? options.faults === undefined);
  let done = 0;
  const outcomes = await mapLimit(jobs, options.jobs ?? 2, async (job) => {
    const request = job.kind === 'faithful' ? { faults: [] } : jobRequest(job.fault);
    const run = await runSuite(request);
    done += 1;
    options.onRun?.(
      job.kind === 'faithful' ? 'faithful mock' : job.fault.name,
      done,
      jobs.length,
      run.durationMs,
    );
    return job.kind === 'faithful' ? judgeFaithful(run) : judgeFault(job.fault, run);
  });
  const faithful = outcomes.find((o): o is FaithfulOutcome => 'clean' in o);
  const faultOutcomes = outcomes.filter((o): o is FaultOutcome => 'fault' in o);
  const ok = !faultOutcomes.some(isMiss) && (faithful?.clean ?? true);
  const durationMs = performance.now() - started;
  return { ...(faithful ? { faithful } : {}), faults: faultOutcomes, durationMs, ok };
}

function jobRequest(fault: FaultEntry) {
  return { faults: [fault.name], tags: fault.tags };
}
