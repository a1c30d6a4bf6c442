import { PlainError } from './plain-error.ts';
import { requirement } from './requirements/catalogue.ts';

/**
 * Checks with a level. A required check that fails fails the scenario; a recommended one that
 * fails is a visible warning; an informative one records what the server did. Every outcome is
 * kept, so the report can show passes, warnings and notes alike.
 */
export type Level = 'required' | 'recommended' | 'informative';
export type Outcome = 'pass' | 'fail' | 'warning' | 'note';

export interface CheckRecord {
  /** The catalogue requirement the check judges (support/requirements/), when it has one. */
  requirement?: string;
  level: Level;
  statement: string;
  outcome: Outcome;
  detail?: string;
}

export class CheckFailure extends PlainError {}

/** A catalogue requirement a check judges (support/requirements/catalogue.ts). */
export interface RequirementRef {
  id: string;
  /** What this call looks at, when narrower than the requirement's statement. */
  check?: string;
  /** A level below the catalogue's, e.g. "required on the mock only" off the mock. */
  level?: Level;
}

const RANK: Record<Level, number> = { informative: 0, recommended: 1, required: 2 };
const OUTCOME_OF_FAILURE: Record<Level, Outcome> = {
  required: 'fail',
  recommended: 'warning',
  informative: 'note',
};

/** The level a check records: the catalogue's, or the lower one the call asks for. */
export function effectiveLevel(id: string, documented: Level, asked?: Level): Level {
  if (asked === undefined) return documented;
  if (RANK[asked] > RANK[documented]) {
    throw new Error(`${id} is ${documented} in the catalogue; a check may not make it ${asked}`);
  }
  return asked;
}

/** Media type of the attachment that carries a scenario's check records. */
export const CHECKS_MEDIA_TYPE = 'application/vnd.ews-conformance.checks+json';

export class Checks {
  readonly records: CheckRecord[] = [];

  /**
   * Checks a catalogue requirement: its level and statement come from the catalogue, the record
   * names its id, and a failure quotes both. `check` says what this call looks at, when that is
   * narrower than the requirement; `level` may lower the catalogue's level, never raise it.
   */
  verifyRequirement(ref: RequirementRef, assertion: () => void, context = ''): void {
    const req = requirement(ref.id);
    const level = effectiveLevel(req.id, req.level, ref.level);
    const statement = ref.check ?? req.statement;
    const checked = ref.check ? `\n  checked: ${ref.check}` : '';
    const headline = `${req.id} ${req.statement}${checked}`;
    this.run({ requirement: req.id, level, statement }, headline, assertion, context);
  }

  /** A check without a catalogue requirement (the suite's own plumbing, the documentation). */
  verify(level: Level, statement: string, assertion: () => void, context = ''): void {
    this.run({ level, statement }, statement, assertion, context);
  }

  /** An informative observation, e.g. which of two documented codes the server chose. */
  note(statement: string, detail: string, id?: string): void {
    const named = id === undefined ? {} : { requirement: requirement(id).id };
    this.records.push({ ...named, level: 'informative', statement, outcome: 'note', detail });
  }

  private run(
    base: Pick<CheckRecord, 'requirement' | 'level' | 'statement'>,
    headline: string,
    assertion: () => void,
    context: string,
  ): void {
    try {
      assertion();
    } catch (err) {
      if (!(err instanceof Error)) throw err;
      const detail = context ? `${err.message}\n${context}` : err.message;
      const outcome = OUTCOME_OF_FAILURE[base.level];
      this.records.push({ ...base, outcome, detail });
      if (outcome === 'fail') throw new CheckFailure(`[required] ${headline}\n${detail}`);
      return;
    }
    this.records.push({ ...base, outcome: 'pass' });
  }

  get warnings(): CheckRecord[] {
    return this.records.filter((r) => r.outcome === 'warning');
  }
}

/** Plain assertions for use inside `verify`: each says what was expected and what came. */
export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, ${got(actual)}`);
  }
}

export function expectOneOf<T>(actual: T, allowed: readonly T[], what: string): void {
  if (!allowed.includes(actual)) {
    const list = allowed.map((a) => JSON.stringify(a)).join(' or ');
    throw new Error(`${what}: expected ${list}, ${got(actual)}`);
  }
}

function got(actual: unknown): string {
  return actual === undefined ? 'but there is none' : `got ${JSON.stringify(actual)}`;
}

export function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}
