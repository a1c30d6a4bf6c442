import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { conformanceHtml } from '../support/report/conformance-html.ts';
import { buildReport } from '../support/report/conformance-json.ts';
import { runFacts } from '../support/report/conformance-scenarios.ts';
import { saveRun } from '../support/report/conformance-store.ts';
import type { ConformanceReport } from '../support/report/conformance-types.ts';
import { VERDICTS } from '../support/report/conformance-types.ts';
import { CATALOGUE, envelopesOf, SCENARIOS } from './report-fixtures.ts';

/**
 * The conformance page in real headless Chromium, offline: its summary matches the run's JSON,
 * its filters work without a server. Without /usr/bin/chromium the test is skipped, except
 * under CI=true, where that is a failure.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const missing = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed`;
const skip = missing && process.env.CI !== 'true' ? missing : false;
const SCREENSHOT = join(process.env.EWS_REPORTS_DIR ?? 'reports', 'conformance-report.png');

function savedRun(): { html: string; report: ConformanceReport } {
  const report = buildReport({
    facts: runFacts(envelopesOf(SCENARIOS)),
    catalogue: CATALOGUE,
    target: { embedded: false, requestedVersion: 'Exchange2013', insecureTls: true },
    run: { id: 'browser-run', suiteVersion: '0.1.0' },
  });
  const dir = mkdtempSync(join(tmpdir(), 'ews-browser-'));
  const paths = saveRun(dir, { report, html: conformanceHtml(report), envelopes: [] });
  const json = JSON.parse(readFileSync(paths.json, 'utf-8')) as ConformanceReport;
  return { html: paths.html, report: json };
}

describe('the conformance page in Chromium', () => {
  it('shows the JSON summary, filters offline, and is saved as a screenshot', {
    skip,
  }, async () => {
    assert.equal(missing, undefined, `CI=true: ${missing}`);
    const { html, report } = savedRun();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(html).href);
      for (const [op, counts] of [
        ...Object.entries(report.summary.byOperation),
        ['all', report.summary.total] as const,
      ]) {
        for (const v of VERDICTS) {
          const cell = page.locator(`#summary td[data-op="${op}"][data-count="${v}"]`);
          assert.equal(await cell.textContent(), String(counts[v]), `${op} ${v}`);
        }
      }
      assert.equal(await page.locator('#tls').getAttribute('class'), 'tls-insecure');
      const visible = page.locator('#matrix tbody tr:visible');
      assert.equal(await visible.count(), report.requirements.length);
      await page.selectOption('#filter-operation', 'SetImGroup');
      const sig = report.requirements.filter((r) => r.operation === 'SetImGroup');
      assert.equal(await visible.count(), sig.length);
      await page.uncheck('input[name="verdict"][value="fail"]');
      const notFailed = sig.filter((r) => r.verdict !== 'fail').length;
      assert.equal(await visible.count(), notFailed);
      assert.equal(await page.locator('#shown').textContent(), String(notFailed));
      await page.selectOption('#filter-operation', '');
      await page.check('input[name="verdict"][value="fail"]');
      mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      assert.deepEqual(requests, [pathToFileURL(html).href], 'nothing but the page is fetched');
    } finally {
      await browser.close();
    }
  });
});
