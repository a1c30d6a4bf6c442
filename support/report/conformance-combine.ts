import type { Level } from '../checks.ts';
import type { Verdict } from '../requirements/types.ts';
import type { ConformanceReport, RunInfo, Summary, TargetInfo } from './conformance-types.ts';

/**
 * Several saved runs as one matrix: a row per requirement any run judged, a verdict per run
 * (none when the run did not know the requirement), and whether the runs differ on it.
 */
export interface CombinedRun {
  run: RunInfo;
  target: TargetInfo;
  summary: Summary;
}

export interface CombinedRow {
  id: string;
  operation: string;
  statement: string;
  level: Level;
  verdicts: (Verdict | undefined)[];
  differs: boolean;
}

export interface Combined {
  runs: CombinedRun[];
  rows: CombinedRow[];
}

function rowOf(id: string, reports: readonly ConformanceReport[]): CombinedRow {
  const found = reports.map((rep) => rep.requirements.find((r) => r.id === id));
  const known = found.find((r) => r !== undefined);
  const verdicts = found.map((r) => r?.verdict);
  return {
    id,
    operation: known?.operation ?? '',
    statement: known?.statement ?? '',
    level: known?.level ?? 'required',
    verdicts,
    differs: new Set(verdicts).size > 1,
  };
}

export function combineRuns(reports: readonly ConformanceReport[]): Combined {
  const ids: string[] = [];
  for (const rep of reports) {
    for (const r of rep.requirements) if (!ids.includes(r.id)) ids.push(r.id);
  }
  return {
    runs: reports.map(({ run, target, summary }) => ({ run, target, summary })),
    rows: ids.map((id) => rowOf(id, reports)),
  };
}
