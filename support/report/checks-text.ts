import type { CheckRecord } from '../checks.ts';

/** A scenario's check records as text a person reads in the HTML report: failures first. */
const ORDER: Record<CheckRecord['outcome'], number> = { fail: 0, warning: 1, note: 2, pass: 3 };
const LABEL: Record<CheckRecord['outcome'], string> = {
  fail: 'FAIL',
  warning: 'WARN',
  note: 'NOTE',
  pass: 'pass',
};

export function checksText(records: readonly CheckRecord[]): string {
  const sorted = [...records].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
  const lines = sorted.map((r) => {
    const head = `${LABEL[r.outcome]} [${r.level}] ${r.statement}`;
    const detail = r.outcome === 'pass' || !r.detail ? '' : `\n     ${r.detail.split('\n')[0]}`;
    return head + detail;
  });
  const counts = (['fail', 'warning', 'note', 'pass'] as const)
    .map((o) => `${records.filter((r) => r.outcome === o).length} ${LABEL[o]}`)
    .join(', ');
  return [`Checks: ${counts}`, '', ...lines].join('\n');
}
