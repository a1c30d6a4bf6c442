import type { Verdict } from '../requirements/types.ts';

/**
 * What the conformance HTML pages share: escaping, the page frame (inline style and script, a
 * policy that forbids every network fetch), verdict badges and the filter script.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#1b1b1b}
h1{font-size:1.5em;margin:0 0 .5em}h2{font-size:1.2em;margin-top:1.5em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3em .5em;
vertical-align:top;text-align:left}th{background:#f1f1f1}td.n{text-align:right}
dl.head{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:600}
dd{margin:0}.tls-insecure{color:#b00020;font-weight:700}.v{padding:0 .4em;border-radius:3px;
white-space:nowrap;font-weight:600}.v-pass{background:#d7f5dd;color:#0b5d1e}
.v-fail{background:#fdd;color:#8b0000}.v-warning{background:#fff1c2;color:#6b4b00}
.v-not-tested{background:#e8e8e8;color:#444}.v-cannot-tell{background:#e3dcfa;color:#3c2a86}
.v-absent{background:#fff;color:#777;border:1px dashed #aaa}
pre{white-space:pre-wrap;word-break:break-all;background:#fafafa;border:1px solid #ddd;
padding:.5em;max-height:30em;overflow:auto}.filters{margin:.5em 0;display:flex;gap:1.5em;
flex-wrap:wrap;align-items:center}tr.differs td{background:#fff8e1}
ul.sc{margin:0;padding-left:1.2em}
.reason{color:#333}.mark{color:#b00020;font-weight:700}
`;

export function verdictClass(v: Verdict | undefined): string {
  return `v v-${(v ?? 'absent').replace(' ', '-')}`;
}

export function badge(v: Verdict | undefined): string {
  return `<span class="${verdictClass(v)}">${esc(v ?? 'absent')}</span>`;
}

const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function page(title: string, body: string, script: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title><style>${STYLE}</style></head>`,
    `<body>${body}<script>${script}</script></body></html>`,
  ].join('\n');
}

export function table(head: readonly string[], rows: readonly string[], attrs = ''): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  return `<table${attrs}><thead><tr>${th}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

export function operationSelect(operations: readonly string[]): string {
  const options = operations.map((o) => `<option value="${esc(o)}">${esc(label(o))}</option>`);
  return (
    '<label>Operation <select id="filter-operation"><option value="">all</option>' +
    `${options.join('')}</select></label>`
  );
}

export function label(operation: string): string {
  return operation === '*' ? 'every message' : operation;
}

/**
 * Shows the rows of `#matrix` that match the operation select and the checked boxes named
 * `verdict` (a row matches when one of its `|`-separated data-verdict values is checked),
 * and, when present, only rows marked as differing. Plain DOM, no data of the run inside.
 */
export const FILTER_SCRIPT = `
(function () {
  var op = document.getElementById('filter-operation');
  var only = document.getElementById('filter-differs');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="verdict"]'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('#matrix tbody tr'));
  function apply() {
    var wanted = boxes.filter(function (b) { return b.checked; }).map(function (b) {
      return b.value;
    });
    var shown = 0;
    rows.forEach(function (r) {
      var vs = (r.getAttribute('data-verdict') || '').split('|');
      var ok = (!op || op.value === '' || r.getAttribute('data-operation') === op.value) &&
        (boxes.length === 0 || vs.some(function (v) { return wanted.indexOf(v) >= 0; })) &&
        (!only || !only.checked || r.classList.contains('differs'));
      r.hidden = !ok;
      if (ok) shown += 1;
    });
    document.getElementById('shown').textContent = String(shown);
  }
  [op, only].concat(boxes).forEach(function (el) {
    if (el) el.addEventListener('change', apply);
  });
  apply();
})();
`;

export function verdictBoxes(verdicts: readonly Verdict[]): string {
  const boxes = verdicts.map(
    (v) =>
      `<label><input type="checkbox" name="verdict" value="${esc(v)}" checked> ${badge(v)}</label>`,
  );
  return `<span>Verdict ${boxes.join(' ')}</span>`;
}

export function duration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
