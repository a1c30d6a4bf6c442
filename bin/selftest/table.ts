import { type FaultEntry, faultOperations } from '../../mock/faults.ts';
import type { FaithfulOutcome, FaultOutcome, Verdicts } from './judge.ts';
import type { SelftestResult } from './plan.ts';

/**
 * The self-test's printed result: a Markdown table (fault, operation, kind, result, the
 * requirement ids that failed or warned), the faults undetectable by design with their
 * reasons, and a summary line. The README's "Detection rate" section is this output.
 */
const SHOWN_IDS = 6;

function operationText(fault: FaultEntry): string {
  const ops = faultOperations(fault);
  return ops === 'all' ? 'all' : ops.join(', ');
}

/** The ids, the fault's own first, at most SHOWN_IDS of them. */
function idList(ids: readonly string[], first: readonly string[]): string {
  const ordered = [
    ...ids.filter((id) => first.includes(id)),
    ...ids.filter((id) => !first.includes(id)),
  ];
  const shown = ordered.slice(0, SHOWN_IDS).join(', ');
  const more = ordered.length - SHOWN_IDS;
  return more > 0 ? `${shown} (+${more})` : shown;
}

export function verdictText(v: Verdicts, first: readonly string[] = []): string {
  const parts = [];
  if (v.failed.length > 0) parts.push(`fail: ${idList(v.failed, first)}`);
  if (v.warned.length > 0) parts.push(`warn: ${idList(v.warned, first)}`);
  return parts.join('; ') || 'none';
}

function resultText(o: FaultOutcome): string {
  if (o.result === 'run failed') return `run failed: ${o.problem ?? ''}`;
  return o.result;
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
}

export function markdownTable(header: readonly string[], rows: readonly string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [row(header, widths), rule, ...rows.map((r) => row(r, widths))];
}

export function faultTable(outcomes: readonly FaultOutcome[]): string[] {
  const rows = outcomes.map((o) => [
    `\`${o.fault.name}\``,
    operationText(o.fault),
    o.fault.kind,
    resultText(o),
    verdictText(o, o.fault.requirements),
  ]);
  return markdownTable(['fault', 'operation', 'kind', 'result', 'failed or warned'], rows);
}

function faithfulLine(f: FaithfulOutcome): string {
  const version = f.serverVersion ? `, ServerVersionInfo ${f.serverVersion}` : '';
  if (f.clean) return `Faithful mock: ${f.scenarios} scenarios, no failure, no warning${version}.`;
  const why = f.problem ?? verdictText(f);
  return `Faithful mock: NOT CLEAN (exit code ${f.code}; ${why}).`;
}

function undetectableLines(outcomes: readonly FaultOutcome[]): string[] {
  const listed = outcomes.filter((o) => o.fault.undetectable);
  if (listed.length === 0) return [];
  return [
    '',
    'Undetectable by design:',
    '',
    ...listed.map((o) => `- \`${o.fault.name}\`: ${o.fault.undetectable}.`),
  ];
}

function summaryLine(result: SelftestResult): string {
  const detectable = result.faults.filter((o) => !o.fault.undetectable);
  const detected = detectable.filter((o) => o.result === 'detected').length;
  const rate = detectable.length === 0 ? 0 : (100 * detected) / detectable.length;
  const listed = result.faults.length - detectable.length;
  return (
    `Detected ${detected} of ${detectable.length} detectable faults (${rate.toFixed(0)} %); ` +
    `${listed} listed as undetectable by design.`
  );
}

export function report(result: SelftestResult): string[] {
  const lines = [...faultTable(result.faults), ...undetectableLines(result.faults), ''];
  if (result.faithful) lines.push(faithfulLine(result.faithful));
  lines.push(summaryLine(result));
  return lines;
}
