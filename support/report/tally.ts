import type { Envelope } from '@cucumber/messages';
import { CHECKS_MEDIA_TYPE, type CheckRecord } from '../checks.ts';

/**
 * Sums up a run from the cucumber message stream: scenarios by status, and the recommended
 * checks that differed (warnings), which never fail a scenario but must not go unseen.
 */
export class RunTally {
  private readonly statuses = new Map<string, number>();
  private readonly warnings = new Map<string, string>();
  private readonly attempts = new Map<string, string>();
  private readonly results = new Map<string, string>();

  add(envelope: Envelope): void {
    const started = envelope.testCaseStarted;
    if (started) this.attempts.set(started.id, started.testCaseId);
    const step = envelope.testStepFinished;
    if (step) this.worst(step.testCaseStartedId, step.testStepResult.status);
    const finished = envelope.testCaseFinished;
    if (finished && !finished.willBeRetried) {
      const status = this.results.get(finished.testCaseStartedId) ?? 'PASSED';
      this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    }
    const attachment = envelope.attachment;
    if (attachment?.mediaType === CHECKS_MEDIA_TYPE) this.addChecks(attachment.body);
  }

  private worst(attempt: string, status: string): void {
    const order = ['PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED'];
    const current = this.results.get(attempt) ?? 'PASSED';
    if (order.indexOf(status) > order.indexOf(current)) this.results.set(attempt, status);
  }

  private addChecks(body: string): void {
    const records = JSON.parse(body) as CheckRecord[];
    for (const r of records) {
      if (r.outcome === 'warning') this.warnings.set(r.statement, r.detail ?? '');
    }
  }

  get scenarios(): number {
    return [...this.statuses.values()].reduce((a, b) => a + b, 0);
  }

  summary(): string[] {
    const parts = [...this.statuses].map(([s, n]) => `${n} ${s.toLowerCase()}`);
    const lines = [`Scenarios: ${this.scenarios} (${parts.join(', ') || 'none'})`];
    lines.push(`Warnings (recommended behaviour that differs): ${this.warnings.size}`);
    for (const [statement, detail] of this.warnings) {
      lines.push(`  - ${statement}: ${detail.split('\n')[0]}`);
    }
    lines.push('Reports: reports/cucumber.html, reports/junit.xml, reports/cucumber.ndjson');
    return lines;
  }
}
