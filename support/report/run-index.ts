import type { Envelope } from '@cucumber/messages';

/**
 * Indexes a cucumber message stream as it arrives: which scenario each attempt belongs to, and
 * each scenario's worst step status. Used live by the launcher and afterwards on saved streams.
 */
const ORDER = ['PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED'];

export function worse(a: string, b: string): string {
  return ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a;
}

export class RunIndex {
  private readonly pickles = new Map<string, string>();
  private readonly cases = new Map<string, string>();
  private readonly attempts = new Map<string, string>();
  /** Worst step status per scenario, keyed by `feature file: scenario name`. */
  readonly statuses = new Map<string, string>();

  add(e: Envelope): void {
    if (e.pickle) this.pickles.set(e.pickle.id, `${e.pickle.uri}: ${e.pickle.name}`);
    if (e.testCase) this.cases.set(e.testCase.id, e.testCase.pickleId);
    if (e.testCaseStarted) {
      this.attempts.set(e.testCaseStarted.id, e.testCaseStarted.testCaseId);
      this.statuses.set(this.scenarioOf(e.testCaseStarted.id), 'PASSED');
    }
    const step = e.testStepFinished;
    if (step) {
      const key = this.scenarioOf(step.testCaseStartedId);
      this.statuses.set(key, worse(this.statuses.get(key) ?? 'PASSED', step.testStepResult.status));
    }
  }

  /** The scenario an attempt (testCaseStarted id) belongs to. */
  scenarioOf(attempt: string): string {
    const pickle = this.cases.get(this.attempts.get(attempt) ?? '') ?? '';
    return this.pickles.get(pickle) ?? pickle;
  }
}

export function scenarioStatuses(ndjson: string): Map<string, string> {
  const index = new RunIndex();
  for (const line of ndjson.split('\n')) {
    if (line.trim() !== '') index.add(JSON.parse(line) as Envelope);
  }
  return index.statuses;
}
