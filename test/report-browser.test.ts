import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import type { ConformanceReport } from '../support/report/conformance-types.ts';
import { VERDICTS } from '../support/report/conformance-types.ts';
import { browserAvailability, CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';
import { runSuite } from './run-suite.ts';

/**
 * The conformance page of a real run (the SetImGroup scenarios against a mock whose renames do
 * nothing), in real headless Chromium, offline: its summary matches the run's JSON and the
 * cucumber results, its filters work without a server, and a screenshot is saved under reports/.
 */
const { missing, skip } = browserAvailability();
const SCREENSHOT = join(process.env.EWS_REPORTS_DIR ?? 'reports', 'conformance-report.png');

async function run() {
  const suite = await runSuite({ EWS_MOCK_FAULTS: 'setimgroup-no-rename' }, ['--tags', '@SIG']);
  assert.equal(suite.code, 1, suite.output);
  const json = readFileSync(join(suite.reports, 'conformance.json'), 'utf-8');
  const html = join(suite.reports, 'conformance.html');
  return { suite, report: JSON.parse(json) as ConformanceReport, html };
}

async function checkSummary(page: Page, report: ConformanceReport): Promise<void> {
  for (const [op, counts] of [
    ...Object.entries(report.summary.byOperation),
    ['all', report.summary.total] as const,
  ]) {
    for (const v of VERDICTS) {
      const cell = page.locator(`#summary td[data-op="${op}"][data-count="${v}"]`);
      assert.equal(await cell.textContent(), String(counts[v]), `${op} ${v}`);
    }
  }
}

async function checkFilters(page: Page, report: ConformanceReport): Promise<void> {
  const visible = page.locator('#matrix tbody tr:visible');
  assert.equal(await visible.count(), report.requirements.length);
  await page.selectOption('#filter-operation', 'SetImGroup');
  const sig = report.requirements.filter((r) => r.operation === 'SetImGroup');
  assert.equal(await visible.count(), sig.length);
  await page.uncheck('input[name="verdict"][value="fail"]');
  const notFailed = sig.filter((r) => r.verdict !== 'fail').length;
  assert.ok(notFailed < sig.length, 'the run has failed SetImGroup requirements');
  assert.equal(await visible.count(), notFailed);
  assert.equal(await page.locator('#shown').textContent(), String(notFailed));
  await page.selectOption('#filter-operation', '');
  await page.check('input[name="verdict"][value="fail"]');
}

describe('the conformance page of a real run in Chromium', () => {
  it('says plainly why it is skipped when Chromium is missing', () => {
    const none = browserAvailability('/nonexistent/chromium', {});
    assert.match(String(none.skip), /\/nonexistent\/chromium is not installed.*skipped/);
    const ci = browserAvailability('/nonexistent/chromium', { CI: 'true' });
    assert.equal(ci.skip, false, 'under CI=true a missing browser fails instead');
  });

  it('shows the run’s numbers, filters offline, and is saved as a screenshot', {
    skip,
  }, async () => {
    assert.equal(missing, undefined, `CI=true: ${missing}`);
    const { suite, report, html } = await run();
    const failedScenarios = [...suite.statuses.values()].filter((s) => s === 'FAILED').length;
    const failing = report.requirements.filter((r) => r.verdict === 'fail');
    assert.ok(failedScenarios > 0 && failing.length > 0, 'the faulty mock fails the run');
    for (const r of failing)
      assert.ok(
        r.scenarios.some((s) => s.status === 'FAILED'),
        r.id,
      );
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(html).href);
      await checkSummary(page, report);
      await checkFilters(page, report);
      mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      assert.deepEqual(requests, [pathToFileURL(html).href], 'nothing but the page is fetched');
    } finally {
      await browser.close();
    }
  });
});
