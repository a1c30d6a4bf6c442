import type { Level } from '../checks.ts';
import type { Erratum } from '../errata.ts';
import type { Verdict } from '../requirements/types.ts';

/**
 * The conformance report's document (`conformance.json`): one run's verdict per requirement.
 * The HTML reports and the combined report are rendered from it alone. README: "Reports".
 */
export const CONFORMANCE_FORMAT = 'ews-conformance-report/1';

export const VERDICTS: readonly Verdict[] = [
  'pass',
  'fail',
  'warning',
  'not tested',
  'cannot tell',
];

export interface RunInfo {
  /** UTC time of the run's start plus a random part, e.g. `20261203t104300-3f9a1c`. */
  id: string;
  /** ISO 8601, UTC. */
  startedAt: string;
  durationMs: number;
  suiteVersion: string;
}

export type TlsMode = 'verified' | 'insecure' | 'plain http';

export interface TargetInfo {
  /** The endpoint, without credentials. */
  url: string;
  embedded: boolean;
  /** From the first ServerVersionInfo seen, e.g. `15.2.1118.7 (V2017_07_11)`. */
  serverVersion?: string;
  /** The RequestServerVersion sent (EWS_VERSION). */
  requestedVersion: string;
  tls: TlsMode;
}

/** One request and its response as attached to the scenario (credentials already removed). */
export interface ExchangeText {
  fileName: string;
  text: string;
}

export interface Evidence {
  scenario: string;
  message: string;
  exchange?: ExchangeText;
}

export interface ScenarioRef {
  /** `feature file: scenario name`. */
  name: string;
  /** Cucumber's worst step status, or `NOT RUN` when a tag or name filter left it out. */
  status: string;
}

export interface RequirementResult {
  id: string;
  operation: string;
  statement: string;
  level: Level;
  verdict: Verdict;
  /** Why it was not tested or cannot be told; the first line of a failure or warning. */
  reason?: string;
  scenarios: ScenarioRef[];
  /** How many of its scenarios were skipped or left out: the coverage lost to skips. */
  skipped: number;
  evidence?: Evidence;
}

export type Counts = Record<Verdict, number>;

export interface Summary {
  total: Counts;
  byOperation: Record<string, Counts>;
  /** Scenario-requirement pairs lost to skips and filters, summed over all requirements. */
  skippedCoverage: number;
}

export interface ConformanceReport {
  format: typeof CONFORMANCE_FORMAT;
  run: RunInfo;
  target: TargetInfo;
  requirements: RequirementResult[];
  summary: Summary;
  errata: readonly Erratum[];
}

export function emptyCounts(): Counts {
  return { pass: 0, fail: 0, warning: 0, 'not tested': 0, 'cannot tell': 0 };
}
