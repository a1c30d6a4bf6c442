import type { Combined, CombinedRow, CombinedRun } from './conformance-combine.ts';
import {
  badge,
  esc,
  FILTER_SCRIPT,
  operationSelect,
  page,
  table,
  verdictBoxes,
} from './conformance-html-kit.ts';
import { VERDICTS } from './conformance-types.ts';

/** The combined matrix of several runs as one self-contained page, differences marked. */
function runsTable(runs: readonly CombinedRun[]): string {
  const rows = runs.map((r, i) => {
    const t = r.summary.total;
    const counts = VERDICTS.map((v) => `<td class="n">${t[v]}</td>`).join('');
    return (
      `<tr><th>${i + 1}</th><td>${esc(r.run.id)}</td><td>${esc(r.run.startedAt)}</td>` +
      `<td>${esc(r.target.url)}</td><td>${esc(r.target.serverVersion ?? 'not seen')}</td>` +
      `<td>${esc(r.target.requestedVersion)}</td>${counts}</tr>`
    );
  });
  const head = ['#', 'run', 'date', 'target', 'server version', 'requested', ...VERDICTS];
  return `<h2>Runs</h2>${table(head, rows, ' id="runs"')}`;
}

function row(r: CombinedRow): string {
  const cells = r.verdicts.map((v) => `<td>${badge(v)}</td>`).join('');
  const verdicts = r.verdicts.map((v) => v ?? 'absent').join('|');
  const mark = r.differs ? '<span class="mark" title="the runs differ">≠</span>' : '';
  return (
    `<tr${r.differs ? ' class="differs"' : ''} data-id="${esc(r.id)}" ` +
    `data-operation="${esc(r.operation)}" data-verdict="${esc(verdicts)}">` +
    `<td>${esc(r.id)} ${mark}</td><td>${esc(r.statement)}</td><td>${esc(r.level)}</td>` +
    `${cells}</tr>`
  );
}

export function combinedHtml(combined: Combined): string {
  const ops = [...new Set(combined.rows.map((r) => r.operation))];
  const differing = combined.rows.filter((r) => r.differs).length;
  const filters =
    `<div class="filters">${operationSelect(ops)}${verdictBoxes(VERDICTS)}` +
    '<label><input type="checkbox" id="filter-differs"> only differences</label>' +
    `<span>Shown: <span id="shown">${combined.rows.length}</span> of ` +
    `${combined.rows.length}; <span id="differing">${differing}</span> differ</span></div>`;
  const head = ['id', 'statement', 'level', ...combined.runs.map((_, i) => `run ${i + 1}`)];
  const body = [
    '<h1>EWS IM-list conformance: combined runs</h1>',
    runsTable(combined.runs),
    `<h2>Requirements</h2>${filters}`,
    table(head, combined.rows.map(row), ' id="matrix"'),
  ];
  return page('EWS conformance: combined runs', body.join('\n'), FILTER_SCRIPT);
}
