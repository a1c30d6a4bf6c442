import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { FaultOutcome } from '../bin/selftest/judge.ts';
import { runSelftest, type SelftestResult } from '../bin/selftest/plan.ts';
import { FAULTS, type FaultEntry } from '../mock/faults.ts';
import { runSuite } from './run-suite.ts';

/**
 * The suite must notice every catalogued deviation of the mock (mock/faults.ts) and pass
 * against the faithful mock: this runs `npm run selftest`'s work once (the whole suite against
 * the faithful mock, then each fault with only the scenarios its tags select, two at a time)
 * and checks its results. A fault is detected by a failure, or for recommended behaviour a
 * warning, of a requirement its entry names; the failure must also name what deviates.
 */
const NAMING: Record<string, RegExp> = {
  'persona-without-personaid': /Expected is \( t:PersonaId \)/,
  'persona-email-docs-shape': /Element 't:Address': This element is not expected/,
  'display-name-ignored': /Persona DisplayName: expected/,
  'content-type-latin1': /got "[^"]*ZoÃ«/,
  'addimcontact-error-not-raised': /AddImContactToGroup answers with ResponseClass "Error"/,
  'group-limit-off-by-one': /AddImGroup answers with ResponseClass "Error"/,
  'telurl-persona-out-of-order': /AddNewTelUriContactToGroup is not valid .*'t:DisplayName'/,
  'dg-wrong-group-type': /GroupType: expected "IPM.DistList.MOC.DG"/,
  'getimitemlist-no-tagged-group': /groups of type IPM.DistList.MOC.Tagged: expected 1, got 0/,
  'getimitems-extra-group': /GetImItems returns exactly the requested groups/,
  'removecontact-keeps-membership': /RemoveContactFromImList's state matches its answer/,
  'removedg-removes-all': /"Support" in the IM list: expected true/,
  'cleanup-noop': /the contact is no longer a member of the group/,
  'setimgroup-no-rename': /GetImItemList shows the group's current name/,
  'migration-flag-fault': /SetImListMigrationCompletedResponse, got SOAP fault ErrorInternal/,
  'https-namespace-response': /\{https:\/\/schemas\.microsoft\.com\/exchange\/services\/2006\//,
  'no-server-version-info': /t:ServerVersionInfo matched 0 node/,
  'server-version-wrong-type': /'MajorVersion': '15.2' is not a valid value of .*'xs:int'/,
  'fault-status-200': /HTTP status: expected 500, got 200/,
  'error-status-500': /HTTP status: expected 200, got 500/,
  'fault-code-wrong-namespace': /faultcode's prefix is bound to http:\/\/\S+\/messages/,
  'schema-fault-without-position': /XPath t:LineNumber matched 0 node/,
};

function outcomeOf(result: SelftestResult, fault: FaultEntry): FaultOutcome {
  const outcome = result.faults.find((o) => o.fault.name === fault.name);
  assert.ok(outcome, `${fault.name} did not run`);
  return outcome;
}

function explain(o: FaultOutcome): string {
  const ids = `failed [${o.failed}], warned [${o.warned}]`;
  return `${o.fault.name}: ${o.result}; ${ids}; expected one of [${o.fault.requirements}]`;
}

describe('the suite against every catalogued fault (npm run selftest)', () => {
  let result: SelftestResult;
  before(async () => {
    result = await runSelftest({ jobs: 2 });
  });

  it('passes against the faithful embedded mock, with no failure and no warning', () => {
    const faithful = result.faithful;
    assert.ok(faithful, 'the faithful mock did not run');
    assert.equal(faithful.clean, true, faithful.problem ?? `${faithful.failed} ${faithful.warned}`);
    assert.ok(faithful.scenarios >= 80, `only ${faithful.scenarios} scenarios ran`);
  });

  it('accepts a ServerVersionInfo Version that is a schema name, not a product version', () => {
    assert.match(result.faithful?.serverVersion ?? '', /\(V2017_07_11\)$/);
  });

  for (const fault of FAULTS as readonly FaultEntry[]) {
    if (fault.undetectable) {
      it(`misses ${fault.name}, as its entry says it must`, () => {
        assert.equal(outcomeOf(result, fault).result, 'missed by design');
      });
      continue;
    }
    it(`detects ${fault.name} (${fault.kind}) on ${fault.requirements.join(' or ')}`, () => {
      const outcome = outcomeOf(result, fault);
      assert.equal(outcome.result, 'detected', explain(outcome));
      const naming = NAMING[fault.name];
      if (naming) assert.match(outcome.evidence.join('\n'), naming);
    });
  }

  it('only warns, without failing, when the server duplicates a contact', () => {
    const duplicate = FAULTS.find((f) => f.name === 'duplicate-contact');
    assert.ok(duplicate);
    const outcome = outcomeOf(result, duplicate);
    assert.deepEqual(outcome.failed, []);
    assert.equal(outcome.code, 0);
  });

  it('accepts either documented answer where docs and servers disagree, noting which', async () => {
    const policies = 'remove-contact-from-im-list=sipe,member-check=docs';
    const tags = '@RCFIL or @RICFG';
    const [docs, observed] = await Promise.all([
      runSuite({}, ['--tags', tags]),
      runSuite({ EWS_MOCK_POLICIES: policies }, ['--tags', tags]),
    ]);
    for (const run of [docs, observed]) assert.equal(run.code, 0, run.output.slice(-3000));
    assert.match(docs.output, /RemoveContactFromImList: accepted or refused: accepted/);
    assert.match(observed.output, /RemoveContactFromImList: accepted or refused: refused/);
    const member = /RemoveImContactFromGroup: which of \S+ or \S+: (\w+)/;
    assert.equal(member.exec(docs.output)?.[1], 'ErrorInvalidImGroupId');
    assert.equal(member.exec(observed.output)?.[1], 'ErrorInvalidImContactId');
  });
});
