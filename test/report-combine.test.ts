import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { combineRuns } from '../support/report/conformance-combine.ts';
import { combinedHtml } from '../support/report/conformance-combined-html.ts';
import { conformanceHtml } from '../support/report/conformance-html.ts';
import { buildReport } from '../support/report/conformance-json.ts';
import { runFacts } from '../support/report/conformance-scenarios.ts';
import { loadSavedRun, saveRun } from '../support/report/conformance-store.ts';
import type { ConformanceReport } from '../support/report/conformance-types.ts';
import { CATALOGUE, envelopesOf, type FixtureScenario, SCENARIOS } from './report-fixtures.ts';

/** Saving runs side by side, combining two of them, and the pages' escaping. */
function report(scenarios: readonly FixtureScenario[], id: string): ConformanceReport {
  return buildReport({
    facts: runFacts(envelopesOf(scenarios)),
    catalogue: CATALOGUE,
    target: { embedded: true, requestedVersion: 'Exchange2013', insecureTls: false },
    run: { id, suiteVersion: '0.1.0' },
  });
}

const FIRST = report(SCENARIOS, 'run-a');
/** The second run: the failing scenario now passes, the skipped one ran. */
const FIXED: FixtureScenario[] = SCENARIOS.map((s) =>
  s.name === 'persona has an id' || s.name === 'needs a second mailbox'
    ? { name: s.name, tags: s.tags ?? [], records: [] }
    : s,
);
const SECOND = report(FIXED, 'run-b');
const ROOT = new URL('..', import.meta.url).pathname;

describe('combined runs', () => {
  it('a column per run, differences marked', () => {
    const combined = combineRuns([FIRST, SECOND]);
    const row = (id: string) => combined.rows.find((r) => r.id === id);
    assert.deepEqual(row('ANICTG-R004')?.verdicts, ['not tested', 'pass']);
    assert.equal(row('ANICTG-R004')?.differs, true);
    assert.equal(row('SIG-R002')?.differs, false);
    assert.deepEqual(row('GIIL-R099')?.verdicts, ['pass', undefined], 'absent from run b');
    const html = combinedHtml(combined);
    assert.match(html, /class="differs" data-id="ANICTG-R004"/);
    assert.doesNotMatch(html, /class="differs" data-id="SIG-R002"/);
  });

  it('escapes what it shows and fetches nothing', () => {
    const html = conformanceHtml(FIRST);
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; more/);
    assert.doesNotMatch(html, /\b(src|href)=/);
    assert.match(html, /default-src 'none'/);
  });

  it('keeps each run under runs/<run id> and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ews-store-'));
    const a = saveRun(dir, { report: FIRST, html: 'a', envelopes: envelopesOf(SCENARIOS) });
    const b = saveRun(dir, { report: SECOND, html: 'b', envelopes: [] });
    assert.notEqual(a.runDir, b.runDir);
    assert.ok(existsSync(join(a.runDir, 'cucumber.ndjson')));
    assert.equal(loadSavedRun(a.runDir).run.id, 'run-a');
    assert.equal(readFileSync(a.html, 'utf-8'), 'b', 'the latest run is the current report');
    const again = saveRun(dir, { report: FIRST, html: 'c', envelopes: [] });
    assert.equal(again.runDir, `${a.runDir}-2`, 'a run saved again never overwrites');
  });

  it('npm run report combines saved runs and prints the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ews-combine-'));
    const a = saveRun(dir, { report: FIRST, html: '', envelopes: [] }).runDir;
    const b = saveRun(dir, { report: SECOND, html: '', envelopes: [] }).runDir;
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'bin/report.ts', ...args], {
        cwd: ROOT,
        env: { ...process.env, EWS_REPORTS_DIR: dir },
        encoding: 'utf-8',
      });
    const ok = run(a, join(b, 'conformance.json'));
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout.trim(), join(dir, 'combined.html'));
    assert.match(readFileSync(join(dir, 'combined.html'), 'utf-8'), /run-a[\s\S]*run-b/);
    assert.equal(run().status, 2);
    writeFileSync(join(dir, 'bad.json'), '{}');
    const bad = run(a, join(dir, 'bad.json'));
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /bad.json is not a conformance report/);
  });
});
