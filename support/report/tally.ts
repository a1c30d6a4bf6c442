import type { Envelope } from '@cucumber/messages';
import { CHECKS_MEDIA_TYPE, type CheckRecord } from '../checks.ts';
import { RunIndex } from './run-index.ts';

/**
 * Sums up a run from the cucumber message stream: scenarios by status, why scenarios were
 * skipped, and the recommended checks that differed (warnings), which never fail a scenario
 * but must not go unseen.
 */
export const SKIP_MEDIA_TYPE = 'application/vnd.ews-conformance.skip+plain';

export class RunTally {
  private readonly index = new RunIndex();
  private readonly warnings = new Map<string, string>();
  private readonly skips = new Map<string, string>();
  private readonly notes = new Map<string, Set<string>>();

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
    for (const s of this.index.statuses.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
    const parts = [...counts].map(([s, n]) => `${n} ${s.toLowerCase()}`);
    const lines = [`Scenarios: ${this.scenarios} (${parts.join(', ') || 'none'})`];
    for (const [scenario, why] of this.skips) lines.push(`  skipped ${scenario}: ${why}`);
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
