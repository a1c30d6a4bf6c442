import { PlainError } from './plain-error.ts';

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

/** Media type of the attachment that carries a scenario's check records. */
export const CHECKS_MEDIA_TYPE = 'application/vnd.ews-conformance.checks+json';

export class Checks {
  readonly records: CheckRecord[] = [];

  /** Runs `assertion`; what happens when it throws depends on the level. */
  verify(level: Level, statement: string, assertion: () => void, context = ''): void {
    try {
      assertion();
    } catch (err) {
      if (!(err instanceof Error)) throw err;
      const detail = context ? `${err.message}\n${context}` : err.message;
      const outcome: Outcome =
        level === 'required' ? 'fail' : level === 'recommended' ? 'warning' : 'note';
      this.records.push({ level, statement, outcome, detail });
      if (outcome === 'fail') throw new CheckFailure(`[required] ${statement}\n${detail}`);
      return;
    }
    this.records.push({ level, statement, outcome: 'pass' });
  }

  /** An informative observation, e.g. which of two documented codes the server chose. */
  note(statement: string, detail: string): void {
    this.records.push({ level: 'informative', statement, outcome: 'note', detail });
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
