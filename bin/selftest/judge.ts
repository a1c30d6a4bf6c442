import type { FaultEntry } from '../../mock/faults.ts';
import type { ConformanceReport } from '../../support/report/conformance-types.ts';
import { requirement } from '../../support/requirements/catalogue.ts';
import type { RunResult } from './run.ts';

/**
 * What a self-test run shows. A fault is detected when a requirement its catalogue entry names
 * failed, or, when every requirement it names is recommended, warned. The faithful mock must
 * give no failure and no warning (informative notes are fine).
 */
export type FaultResult =
  | 'detected'
  | 'missed'
  | 'missed by design'
  | 'detected, though listed undetectable'
  | 'run failed';

export interface Verdicts {
  failed: string[];
  warned: string[];
}

export interface FaultOutcome extends Verdicts {
  fault: FaultEntry;
  result: FaultResult;
  /** The named requirements that detected it. */
  detectedBy: string[];
  /** Each detecting requirement's failure or warning message, after its id. */
  evidence: string[];
  problem?: string;
  /** The launcher's exit code (1 when a required check failed). */
  code: number | null;
  durationMs: number;
}

export interface FaithfulOutcome extends Verdicts {
  clean: boolean;
  code: number | null;
  scenarios: number;
  serverVersion?: string;
  problem?: string;
  durationMs: number;
}

export function verdictsOf(report: ConformanceReport): Verdicts {
  const ids = (verdict: string) =>
    report.requirements.filter((r) => r.verdict === verdict).map((r) => r.id);
  return { failed: ids('fail'), warned: ids('warning') };
}

/** Whether the fault touches only recommended behaviour: then a warning detects it. */
export function recommendedOnly(fault: FaultEntry): boolean {
  return fault.requirements.every((id) => requirement(id).level !== 'required');
}

function detectingIds(fault: FaultEntry, verdicts: Verdicts): string[] {
  const warns = recommendedOnly(fault);
  return fault.requirements.filter(
    (id) => verdicts.failed.includes(id) || (warns && verdicts.warned.includes(id)),
  );
}

function resultOf(fault: FaultEntry, detected: boolean): FaultResult {
  if (fault.undetectable)
    return detected ? 'detected, though listed undetectable' : 'missed by design';
  return detected ? 'detected' : 'missed';
}

function evidenceOf(report: ConformanceReport, ids: readonly string[]): string[] {
  return report.requirements
    .filter((r) => ids.includes(r.id))
    .map((r) => `${r.id}: ${r.evidence?.message ?? r.reason ?? r.verdict}`);
}

export function judgeFault(fault: FaultEntry, run: RunResult): FaultOutcome {
  const { code, durationMs } = run;
  if (!run.report) {
    const problem = run.problem ?? `exit code ${run.code}`;
    const empty = { failed: [], warned: [], detectedBy: [], evidence: [] };
    return { fault, result: 'run failed', ...empty, problem, code, durationMs };
  }
  const verdicts = verdictsOf(run.report);
  const detectedBy = detectingIds(fault, verdicts);
  const evidence = evidenceOf(run.report, detectedBy);
  const result = resultOf(fault, detectedBy.length > 0);
  return { fault, result, ...verdicts, detectedBy, evidence, code, durationMs };
}

export function judgeFaithful(run: RunResult): FaithfulOutcome {
  const { code, durationMs } = run;
  if (!run.report) {
    const problem = run.problem ?? `exit code ${code}`;
    return { clean: false, failed: [], warned: [], code, scenarios: 0, problem, durationMs };
  }
  const verdicts = verdictsOf(run.report);
  const clean = code === 0 && verdicts.failed.length === 0 && verdicts.warned.length === 0;
  const ran = run.report.requirements.flatMap((r) =>
    r.scenarios.filter((s) => s.status !== 'NOT RUN'),
  );
  const scenarios = new Set(ran.map((s) => s.name)).size;
  const serverVersion = run.report.target.serverVersion;
  return {
    clean,
    code,
    scenarios,
    ...verdicts,
    durationMs,
    ...(serverVersion ? { serverVersion } : {}),
  };
}

/** A detectable fault the suite did not detect, or a run that failed: the self-test fails. */
export function isMiss(outcome: FaultOutcome): boolean {
  return outcome.result === 'missed' || outcome.result === 'run failed';
}
