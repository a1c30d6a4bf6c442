import type { Envelope } from '@cucumber/messages';
import { CANNOT_TELL_TYPE } from '../cannot-tell.ts';
import { CHECKS_MEDIA_TYPE, type CheckRecord } from '../checks.ts';
import { RunIndex } from './run-index.ts';

/**
 * Sums up a run from the cucumber message stream: scenarios by status, why scenarios were
 * skipped, and the recommended checks that differed (warnings), which never fail a scenario
 * but must not go unseen. A scenario stopped only by a CannotTellError (throttling, a
 * not-migrated mailbox) counts as "cannot tell", not as failed.
 */
export const SKIP_MEDIA_TYPE = 'application/vnd.ews-conformance.skip+plain';

export class RunTally {
  private readonly index = new RunIndex();
  private readonly warnings = new Map<string, string>();
  private readonly skips = new Map<string, string>();
  private readonly notes = new Map<string, Set<string>>();
  private readonly cannotTell = new Map<string, string>();
  private readonly failed = new Set<string>();
  private hookFailed = false;

  constructor(private readonly reportsDir: string) {}

  add(envelope: Envelope): void {
    this.index.add(envelope);
    const attachment = envelope.attachment;
    if (attachment?.mediaType === CHECKS_MEDIA_TYPE) {
      for (const r of JSON.parse(attachment.body) as CheckRecord[]) {
        if (r.outcome === 'warning') this.warnings.set(r.statement, r.detail ?? '');
        if (r.outcome === 'note') this.note(r.statement, r.detail ?? '');
      }
    }
    if (attachment?.mediaType === SKIP_MEDIA_TYPE && attachment.testCaseStartedId) {
      this.skips.set(this.index.scenarioOf(attachment.testCaseStartedId), attachment.body);
    }
    this.failure(envelope);
  }

  private failure(envelope: Envelope): void {
    if (envelope.testRunHookFinished?.result.status === 'FAILED') this.hookFailed = true;
    const step = envelope.testStepFinished;
    if (step?.testStepResult.status !== 'FAILED') return;
    const scenario = this.index.scenarioOf(step.testCaseStartedId);
    const { exception, message } = step.testStepResult;
    if (exception?.type !== CANNOT_TELL_TYPE) this.failed.add(scenario);
    else if (!this.cannotTell.has(scenario)) {
      const why = (exception.message ?? message ?? '').split('\n')[0] ?? '';
      this.cannotTell.set(scenario, why.replace(/^cannot tell: /, ''));
    }
  }

  /** Whether every failed scenario only could not tell (the run then has not failed). */
  get onlyCannotTell(): boolean {
    if (this.hookFailed) return false;
    const bad = ['PENDING', 'UNDEFINED', 'AMBIGUOUS'];
    for (const [scenario, status] of this.index.statuses) {
      if (bad.includes(status) || this.failed.has(scenario)) return false;
    }
    return this.cannotTell.size > 0;
  }

  /** One line per reason: a not-migrated mailbox stops every scenario for the same one. */
  private cannotTellLines(): string[] {
    const byReason = new Map<string, string[]>();
    for (const [scenario, why] of this.cannotTell) {
      if (!this.failed.has(scenario)) byReason.set(why, [...(byReason.get(why) ?? []), scenario]);
    }
    return [...byReason].map(([why, scenarios]) =>
      scenarios.length === 1
        ? `  cannot tell ${scenarios[0]}: ${why}`
        : `  cannot tell (${scenarios.length} scenarios): ${why}`,
    );
  }

  private statusOf(scenario: string, status: string): string {
    const onlyCannotTell = this.cannotTell.has(scenario) && !this.failed.has(scenario);
    return status === 'FAILED' && onlyCannotTell ? 'CANNOT TELL' : status;
  }

  private note(statement: string, detail: string): void {
    const seen = this.notes.get(statement) ?? new Set<string>();
    seen.add(detail.split('\n')[0] ?? '');
    this.notes.set(statement, seen);
  }

  get scenarios(): number {
    return this.index.statuses.size;
  }

  summary(): string[] {
    const counts = new Map<string, number>();
    for (const [scenario, status] of this.index.statuses) {
      const s = this.statusOf(scenario, status);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    const parts = [...counts].map(([s, n]) => `${n} ${s.toLowerCase()}`);
    const lines = [`Scenarios: ${this.scenarios} (${parts.join(', ') || 'none'})`];
    for (const [scenario, why] of this.skips) lines.push(`  skipped ${scenario}: ${why}`);
    lines.push(...this.cannotTellLines());
    lines.push(`Warnings (recommended behaviour that differs): ${this.warnings.size}`);
    for (const [statement, detail] of this.warnings) {
      lines.push(`  - ${statement}: ${detail.split('\n')[0]}`);
    }
    lines.push(`Notes (which of the documented answers the server gave): ${this.notes.size}`);
    for (const [statement, seen] of this.notes)
      lines.push(`  - ${statement}: ${[...seen].join('; ')}`);
    const dir = this.reportsDir;
    lines.push(`Reports: ${dir}/cucumber.html, ${dir}/junit.xml, ${dir}/cucumber.ndjson`);
    return lines;
  }
}
