import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMiss, judgeFaithful, judgeFault, recommendedOnly } from '../bin/selftest/judge.ts';
import { mapLimit, type RunResult } from '../bin/selftest/run.ts';
import { faultTable, report, verdictText } from '../bin/selftest/table.ts';
import { type FaultEntry, findFault } from '../mock/faults.ts';
import type { ConformanceReport } from '../support/report/conformance-types.ts';
import type { Verdict } from '../support/requirements/types.ts';

/** The self-test's judgement of runs, on made-up conformance reports. */
function fault(name: string): FaultEntry {
  const found = findFault(name);
  if (!found) throw new Error(`no fault ${name}`);
  return found;
}

function run(verdicts: Record<string, Verdict>, code = 1): RunResult {
  const requirements = Object.entries(verdicts).map(([id, verdict]) => ({
    id,
    operation: '*',
    statement: `statement of ${id}`,
    level: 'required' as const,
    verdict,
    scenarios: [{ name: `f.feature: scenario of ${id}`, status: 'PASSED' }],
    skipped: 0,
    ...(verdict === 'fail' ? { evidence: { scenario: 's', message: `${id} went wrong` } } : {}),
  }));
  const report = {
    format: 'ews-conformance-report/1',
    run: { id: 'r', startedAt: '', durationMs: 0, suiteVersion: '0' },
    target: { url: 'http://127.0.0.1/', embedded: true, requestedVersion: 'Exchange2013' },
    requirements,
    summary: {},
    errata: [],
  } as unknown as ConformanceReport;
  return { code, output: '', report, durationMs: 1000 };
}

describe('the self-test judgement', () => {
  it('detects a fault by a failure of a requirement it names', () => {
    const f = fault('persona-without-personaid');
    const outcome = judgeFault(f, run({ 'ANICTG-R030': 'fail', 'ANICTG-R001': 'fail' }));
    assert.equal(outcome.result, 'detected');
    assert.deepEqual(outcome.detectedBy, ['ANICTG-R030']);
    assert.deepEqual(outcome.evidence, ['ANICTG-R030: ANICTG-R030 went wrong']);
    assert.equal(isMiss(outcome), false);
  });

  it('misses a fault whose failures are all on other requirements', () => {
    const outcome = judgeFault(fault('persona-without-personaid'), run({ 'ANICTG-R001': 'fail' }));
    assert.equal(outcome.result, 'missed');
    assert.deepEqual(outcome.failed, ['ANICTG-R001']);
    assert.equal(isMiss(outcome), true);
  });

  it('counts a warning only for a fault that touches recommended behaviour only', () => {
    const duplicate = fault('duplicate-contact');
    assert.equal(recommendedOnly(duplicate), true);
    assert.equal(judgeFault(duplicate, run({ 'ANICTG-R006': 'warning' }, 0)).result, 'detected');
    const email = fault('persona-email-docs-shape');
    assert.equal(recommendedOnly(email), false);
    assert.equal(judgeFault(email, run({ 'ANICTG-R040': 'warning' }, 0)).result, 'missed');
  });

  it('lists an undetectable fault apart, and a run without a report as failed', () => {
    const kept = fault('removemember-contact-kept');
    const missed = judgeFault(kept, run({ 'RICFG-R004': 'pass' }, 0));
    assert.equal(missed.result, 'missed by design');
    assert.equal(isMiss(missed), false);
    const broken = judgeFault(kept, { code: 2, output: '', durationMs: 1, problem: 'no report' });
    assert.equal(broken.result, 'run failed');
    assert.equal(isMiss(broken), true);
  });

  it('calls the faithful run clean only without failures, warnings and with exit code 0', () => {
    assert.equal(judgeFaithful(run({ 'EWS-R001': 'pass' }, 0)).clean, true);
    assert.equal(judgeFaithful(run({ 'EWS-R006': 'warning' }, 0)).clean, false);
    assert.equal(judgeFaithful(run({ 'EWS-R001': 'pass' }, 1)).clean, false);
  });

  it('prints a Markdown table with the fault, its kind, result and ids, its own ids first', () => {
    const f = fault('persona-without-personaid');
    const ids = { 'EWS-R004': 'fail', 'ANICTG-R030': 'fail', 'ANICTG-R006': 'warning' } as const;
    const outcome = judgeFault(f, run(ids));
    assert.equal(
      verdictText(outcome, f.requirements),
      'fail: ANICTG-R030, EWS-R004; warn: ANICTG-R006',
    );
    const [header, rule, line] = faultTable([outcome]);
    assert.match(
      header ?? '',
      /^\| fault +\| operation +\| kind +\| result +\| failed or warned +\|$/,
    );
    assert.match(rule ?? '', /^\| -+ \| -+ \| -+ \| -+ \| -+ \|$/);
    assert.match(
      line ?? '',
      /`persona-without-personaid` \| AddNewImContactToGroup \| element missing/,
    );
    const text = report({ faults: [outcome], durationMs: 2000, ok: true }).join('\n');
    assert.match(text, /Detected 1 of 1 detectable faults \(100 %\)/);
  });

  it('runs work at most N at a time, keeping the order', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapLimit([3, 1, 2, 1], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, n * 5));
      running -= 1;
      return n * 10;
    });
    assert.deepEqual(results, [30, 10, 20, 10]);
    assert.equal(peak, 2);
  });
});
