import type { Level } from '../checks.ts';

/**
 * A documented behaviour the suite can judge. `id` is `<CODE>-R<nnn>`: the operation's code
 * (support/ews/operations.ts) or `EWS` for what holds for every message.
 */
export type Verification = 'scenario' | 'every-message' | 'mock-only' | 'not-testable-live';

export interface Requirement {
  id: string;
  /** An operation name, or `*` for every message. */
  operation: string;
  /** Reference page and section, schema type, or facts-sheet entry. */
  source: string;
  /** One line, in this project's own words. */
  statement: string;
  level: Level;
  verifiedBy: Verification;
}

/** Verdict of one requirement in one run. */
export type Verdict = 'pass' | 'fail' | 'warning' | 'not tested' | 'cannot tell';
