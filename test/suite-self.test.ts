import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runSuite } from './run-suite.ts';

/**
 * The suite must fail against a server that deviates, naming what deviates. Each run points
 * the suite at the embedded mock with one deliberate deviation switched on, and runs the
 * feature of the operation it concerns (the fault catalogue is mock/faults.ts).
 */
function failedScenarios(statuses: Map<string, string>): string[] {
  return [...statuses].filter(([, s]) => s === 'FAILED').map(([name]) => name);
}

interface Deviation {
  fault: string;
  tags: string;
  naming: RegExp;
}

const DEVIATIONS: Deviation[] = [
  { fault: 'persona-without-personaid', tags: '@ANICTG', naming: /t:PersonaId/ },
  {
    fault: 'https-namespace-response',
    tags: '@ANICTG',
    naming: /\{https:\/\/schemas\.microsoft\.com\/exchange\/services\/2006\/messages\}/,
  },
  { fault: 'no-server-version-info', tags: '@ANICTG', naming: /ServerVersionInfo/ },
  { fault: 'display-name-ignored', tags: '@ANICTG', naming: /Persona DisplayName/ },
  {
    fault: 'addimcontact-error-not-raised',
    tags: '@AICTG',
    naming: /AddImContactToGroup answers with ResponseClass "Error"/,
  },
  {
    fault: 'group-limit-off-by-one',
    tags: '@AIG and @limits',
    naming: /AddImGroup answers with ResponseClass "Error"/,
  },
  {
    fault: 'telurl-persona-out-of-order',
    tags: '@ANTUCTG',
    naming: /AddNewTelUriContactToGroup is not valid against the EWS schema.*t:DisplayName/,
  },
  {
    fault: 'dg-wrong-group-type',
    tags: '@ADGTIL',
    naming: /GroupType: expected "IPM.DistList.MOC.DG"/,
  },
  {
    fault: 'getimitemlist-no-tagged-group',
    tags: '@GIIL',
    naming: /groups of type IPM.DistList.MOC.Tagged: expected 1, got 0/,
  },
  {
    fault: 'getimitems-extra-group',
    tags: '@GII',
    naming: /GetImItems returns exactly the requested groups/,
  },
  {
    fault: 'removecontact-keeps-membership',
    tags: '@RCFIL',
    naming: /RemoveContactFromImList's state matches its answer/,
  },
  {
    fault: 'removedg-removes-all',
    tags: '@RDGFIL',
    naming: /"Support" in the IM list: expected true/,
  },
  {
    fault: 'cleanup-noop',
    tags: '@RICFG',
    naming: /the contact is no longer a member of the group/,
  },
  { fault: 'cleanup-noop', tags: '@RIG', naming: /cleanup left group/ },
  {
    fault: 'setimgroup-no-rename',
    tags: '@SIG',
    naming: /GetImItemList shows the group's current name/,
  },
  {
    fault: 'migration-flag-fault',
    tags: '@SILMC',
    naming: /SetImListMigrationCompletedResponse, got SOAP fault ErrorInternalServerError/,
  },
];

describe('the suite against deliberately wrong servers', { concurrency: 2 }, () => {
  it('passes against the faithful embedded mock, with no warnings', async () => {
    const run = await runSuite({});
    assert.equal(run.code, 0, run.output.slice(-3000));
    assert.ok(run.statuses.size >= 80, `only ${run.statuses.size} scenarios ran`);
    assert.deepEqual(failedScenarios(run.statuses), []);
    assert.match(run.output, /Warnings \(recommended behaviour that differs\): 0/);
  });

  for (const { fault, tags, naming } of DEVIATIONS) {
    it(`fails against a mock with ${fault} (${tags}), naming what deviates`, async () => {
      const run = await runSuite({ EWS_MOCK_FAULTS: fault }, ['--tags', tags]);
      assert.equal(run.code, 1, run.output.slice(-3000));
      assert.ok(failedScenarios(run.statuses).length > 0, 'no scenario failed');
      assert.match(run.output, naming);
    });
  }

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

  it('warns, without failing, when the server duplicates a contact', async () => {
    const run = await runSuite({ EWS_MOCK_FAULTS: 'duplicate-contact' }, ['--tags', '@ANICTG']);
    assert.equal(run.code, 0, run.output.slice(-3000));
    assert.match(run.output, /a second add with the same IM address returns the same contact/);
  });
});
