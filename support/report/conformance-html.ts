import type { Erratum } from '../errata.ts';
import {
  badge,
  duration,
  esc,
  FILTER_SCRIPT,
  label,
  operationSelect,
  page,
  table,
  verdictBoxes,
} from './conformance-html-kit.ts';
import {
  type ConformanceReport,
  type Counts,
  type RequirementResult,
  VERDICTS,
} from './conformance-types.ts';

/**
 * One run's conformance report as one self-contained HTML page: the header, a summary per
 * operation, the requirement matrix with its filters, and the documentation errata.
 */
function header(report: ConformanceReport): string {
  const { run, target } = report;
  const tlsClass = target.tls === 'insecure' ? ' class="tls-insecure"' : '';
  const where = target.embedded ? `${target.url} (embedded mock)` : target.url;
  const rows: [string, string][] = [
    ['Target', esc(where)],
    ['Server version', esc(target.serverVersion ?? 'not seen')],
    ['Requested schema version', esc(target.requestedVersion)],
    ['TLS', `<span id="tls"${tlsClass}>${esc(target.tls)}</span>`],
    ['Date', esc(run.startedAt)],
    ['Suite version', esc(run.suiteVersion)],
    ['Duration', esc(duration(run.durationMs))],
    ['Run', esc(run.id)],
  ];
  const dl = rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('');
  return `<h1>EWS IM-list conformance report</h1><dl class="head">${dl}</dl>`;
}

const COLUMNS = ['passed', 'failed', 'warned', 'not tested', 'cannot tell'];

function countCells(op: string, counts: Counts): string {
  return VERDICTS.map(
    (v) => `<td class="n" data-op="${esc(op)}" data-count="${esc(v)}">${counts[v]}</td>`,
  ).join('');
}

function summary(report: ConformanceReport): string {
  const { byOperation, total, skippedCoverage } = report.summary;
  const rows = Object.entries(byOperation).map(
    ([op, counts]) => `<tr><th>${esc(label(op))}</th>${countCells(op, counts)}</tr>`,
  );
  rows.push(`<tr><th>all operations</th>${countCells('all', total)}</tr>`);
  const lost =
    `<p>Coverage lost to skipped or left-out scenarios: <span id="skipped-coverage">` +
    `${skippedCoverage}</span> scenario–requirement pairs.</p>`;
  return `<h2>Summary</h2>${table(['operation', ...COLUMNS], rows, ' id="summary"')}${lost}`;
}

/** Long lists (every-message requirements name every scenario) fold away. */
const FOLD_AFTER = 5;

function scenarios(r: RequirementResult): string {
  if (r.scenarios.length === 0) return '';
  const items = r.scenarios.map((s) => `<li>${esc(s.name)} <small>${esc(s.status)}</small></li>`);
  const lost = r.skipped > 0 ? `<small>${r.skipped} skipped or left out</small>` : '';
  const list = `<ul class="sc">${items.join('')}</ul>`;
  if (items.length <= FOLD_AFTER) return `${list}${lost}`;
  return `<details><summary>${items.length} scenarios</summary>${list}</details>${lost}`;
}

function details(r: RequirementResult): string {
  const reason = r.reason ? `<div class="reason">${esc(r.reason)}</div>` : '';
  const e = r.evidence;
  if (!e) return reason;
  const exchange = e.exchange
    ? `<details><summary>${esc(e.exchange.fileName)}</summary><pre>${esc(e.exchange.text)}</pre>` +
      '</details>'
    : '';
  const message =
    `<details><summary>message (${esc(e.scenario)})</summary>` +
    `<pre>${esc(e.message)}</pre></details>`;
  return `${reason}${message}${exchange}`;
}

function matrixRow(r: RequirementResult): string {
  const attrs = `data-id="${esc(r.id)}" data-operation="${esc(r.operation)}"`;
  return (
    `<tr ${attrs} data-verdict="${esc(r.verdict)}"><td>${esc(r.id)}</td>` +
    `<td>${esc(r.statement)}</td><td>${esc(r.level)}</td><td>${badge(r.verdict)}</td>` +
    `<td>${scenarios(r)}</td><td>${details(r)}</td></tr>`
  );
}

function matrix(report: ConformanceReport): string {
  const ops = Object.keys(report.summary.byOperation);
  const filters =
    `<div class="filters">${operationSelect(ops)}${verdictBoxes(VERDICTS)}` +
    `<span>Shown: <span id="shown">${report.requirements.length}</span> of ` +
    `${report.requirements.length}</span></div>`;
  const head = ['id', 'statement', 'level', 'verdict', 'scenarios', 'reason and evidence'];
  const rows = report.requirements.map(matrixRow);
  return `<h2>Requirements</h2>${filters}${table(head, rows, ' id="matrix"')}`;
}

function errata(list: readonly Erratum[]): string {
  const rows = list.map(
    (e) =>
      `<tr><td>${esc(e.id)}</td><td>${esc(e.page)}</td><td>${esc(e.shows)}</td>` +
      `<td>${esc(e.schema)}</td><td>${esc(e.evidence)}</td></tr>`,
  );
  const head = ['id', 'page', 'the page shows', 'the schema says', 'evidence'];
  return `<h2>Documentation errata</h2>${table(head, rows, ' id="errata"')}`;
}

export function conformanceHtml(report: ConformanceReport): string {
  const body = [header(report), summary(report), matrix(report), errata(report.errata)];
  return page(`EWS conformance ${report.run.id}`, body.join('\n'), FILTER_SCRIPT);
}
