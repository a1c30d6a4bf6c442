import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport, parseReport } from '../support/report/conformance-json.ts';
import { parseNdjson, runFacts } from '../support/report/conformance-scenarios.ts';
import type { ConformanceReport, RequirementResult } from '../support/report/conformance-types.ts';
import { CATALOGUE, type FixtureScenario, ndjsonOf, SCENARIOS } from './report-fixtures.ts';

/** The verdict of each requirement, from small message streams built in report-fixtures.ts. */
function report(scenarios: readonly FixtureScenario[], embedded = false): ConformanceReport {
  const facts = runFacts(parseNdjson(ndjsonOf(scenarios)));
  return buildReport({
    facts,
    catalogue: CATALOGUE,
    target: { embedded, requestedVersion: 'Exchange2013', insecureTls: false },
    run: { id: 'run-1', suiteVersion: '0.1.0' },
  });
}

function result(rep: ConformanceReport, id: string): RequirementResult {
  const r = rep.requirements.find((x) => x.id === id);
  assert.ok(r, `${id} is in the report`);
  return r;
}

describe('conformance verdicts', () => {
  const rep = report(SCENARIOS);

  it('pass when every check of the requirement passed, skipped scenarios counted', () => {
    const r = result(rep, 'ANICTG-R001');
    assert.equal(r.verdict, 'cannot tell', 'its tagged scenario failed in setup');
    const clean = result(report(SCENARIOS.filter((s) => s.name !== 'renames a group')), r.id);
    assert.equal(clean.verdict, 'pass');
    assert.equal(clean.skipped, 1);
    assert.equal(clean.scenarios.length, 4);
  });

  it('fail on a failed required check, with the message and the exchange that showed it', () => {
    const r = result(rep, 'ANICTG-R002');
    assert.equal(r.verdict, 'fail');
    assert.equal(r.reason, 'check of ANICTG-R002');
    assert.match(r.evidence?.message ?? '', /ANICTG-R002 differed\nsecond line/);
    assert.equal(r.evidence?.exchange?.fileName, 'AddNewImContactToGroup (scenario, first).txt');
  });

  it('warning on a differing recommended check; an informative note passes', () => {
    assert.equal(result(rep, 'ANICTG-R003').verdict, 'warning');
    assert.equal(result(rep, 'ANICTG-R003').level, 'recommended');
    assert.equal(result(rep, 'ANICTG-R005').verdict, 'pass');
  });

  it('not tested when its scenario was skipped, keeping the reason', () => {
    const r = result(rep, 'ANICTG-R004');
    assert.equal(r.verdict, 'not tested');
    assert.match(r.reason ?? '', /needs a second mailbox/);
    assert.equal(r.skipped, 1);
  });

  it('not tested when a tag filter left its scenario out', () => {
    const r = result(rep, 'SIG-R003');
    assert.equal(r.verdict, 'not tested');
    assert.equal(r.reason, 'left out by the tag or name filter');
    assert.deepEqual(r.scenarios, [{ name: 'features/x.feature: left out', status: 'NOT RUN' }]);
  });

  it('cannot tell when setup failed before any check of it ran', () => {
    const r = result(rep, 'SIG-R001');
    assert.equal(r.verdict, 'cannot tell');
    assert.match(r.reason ?? '', /failed before a check of it ran: setup: AddImGroup/);
  });

  it('a tag-only requirement takes its scenario status', () => {
    assert.equal(result(rep, 'SIG-R002').verdict, 'fail');
    assert.equal(result(rep, 'SIG-R002').reason, '[required] SetImGroup answers Success');
    assert.equal(result(rep, 'RIG-R001').verdict, 'pass');
  });

  it('a requirement no scenario names: cannot tell when its operation failed', () => {
    const r = result(rep, 'AIG-R001');
    assert.equal(r.verdict, 'cannot tell');
    assert.match(r.reason ?? '', /ErrorAccessDenied/);
  });

  it('mock-only requirements are not tested on a live server', () => {
    assert.equal(result(rep, 'GII-R001').reason, 'checked against the embedded mock only');
    const mock = result(report(SCENARIOS, true), 'GII-R001');
    assert.equal(mock.reason, 'no check of it ran in this run');
  });

  it('keeps requirements the catalogue lacks', () => {
    const r = result(rep, 'GIIL-R099');
    assert.equal(r.operation, 'GetImItemList');
    assert.equal(r.verdict, 'pass');
  });

  it('sums up per operation and in total', () => {
    const { total, byOperation, skippedCoverage } = rep.summary;
    assert.deepEqual(total, { pass: 3, fail: 2, warning: 1, 'not tested': 3, 'cannot tell': 3 });
    assert.equal(byOperation.SetImGroup?.fail, 1);
    assert.equal(skippedCoverage, 3);
  });

  it('names the target without credentials, the server version and the duration', () => {
    assert.equal(rep.target.url, 'https://mail.contoso.com/EWS/Exchange.asmx');
    assert.equal(rep.target.serverVersion, '15.1.2507.6 (V2017_07_11)');
    assert.equal(rep.target.tls, 'verified');
    assert.equal(rep.run.durationMs, 12_000);
    const insecure = buildReport({
      facts: runFacts([]),
      catalogue: [],
      target: {
        url: 'https://u:p@host/EWS/Exchange.asmx',
        embedded: false,
        requestedVersion: 'Exchange2016',
        insecureTls: true,
      },
      run: { id: 'r', suiteVersion: '1' },
    });
    assert.equal(insecure.target.url, 'https://host/EWS/Exchange.asmx');
    assert.equal(insecure.target.tls, 'insecure');
  });

  it('reads its own JSON back and refuses other documents', () => {
    assert.deepEqual(parseReport(JSON.stringify(rep), 'x'), rep);
    assert.throws(() => parseReport('{"format":"other"}', 'f.json'), /not a conformance report/);
    assert.throws(() => parseReport('nope', 'f.json'), /f.json is not JSON/);
  });
});
