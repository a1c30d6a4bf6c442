import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_POLICIES, parsePolicyArgs, resolvePolicies } from '../mock/policies.ts';
import { type MockOptions, startMock } from '../mock/server.ts';
import { MockClient } from '../mock/testkit/client.ts';
import { count } from '../mock/testkit/dom.ts';
import { expectError, expectSuccess } from '../mock/testkit/expect.ts';
import { addContact, createGroup, ITEM_LIST, itemList, memberIds } from '../mock/testkit/flows.ts';
import { removeContactFromImList, removeImContactFromGroup } from '../mock/testkit/requests.ts';

async function withMock(
  policies: MockOptions['policies'],
  run: (user1: MockClient) => Promise<void>,
): Promise<void> {
  const server = await startMock({ policies });
  try {
    await run(MockClient.as(server, 'user1@contoso.com'));
  } finally {
    await server.close();
  }
}

describe('mock policies: configuration', () => {
  it('defaults to the named policies of POLICIES.md', () => {
    assert.deepEqual(resolvePolicies(), {
      'remove-contact-from-im-list': 'docs',
      'member-check': 'srv',
    });
    assert.deepEqual(resolvePolicies({ 'member-check': undefined }), DEFAULT_POLICIES);
    assert.deepEqual(parsePolicyArgs(['member-check=docs']), {
      ...DEFAULT_POLICIES,
      'member-check': 'docs',
    });
  });

  it('rejects an unknown policy or value, naming the known ones', async () => {
    const bad = [{ 'member-check': 'maybe' }, { 'no-such-policy': 'docs' }];
    for (const policies of bad) {
      await assert.rejects(
        startMock({ policies: policies as MockOptions['policies'] }),
        /unknown mock policy .*; known policies: remove-contact-from-im-list=docs\|sipe/,
      );
    }
    assert.throws(() => parsePolicyArgs(['member-check']), /unknown mock policy member-check=/);
  });
});

describe('mock policies: member-check (RemoveImContactFromGroup, not a member)', () => {
  for (const [choice, code] of [
    ['srv', 'ErrorInvalidImGroupId'],
    ['docs', 'ErrorInvalidImContactId'],
  ] as const) {
    it(`${choice}: ${code}, and nothing changes`, () =>
      withMock({ 'member-check': choice }, async (user1) => {
        const team = await createGroup(user1, 'Team');
        const { contactId } = await addContact(user1, { imAddress: 'kim@contoso.com' });
        const reply = await user1.call(removeImContactFromGroup(contactId, team));
        expectError(reply, 'RemoveImContactFromGroup', code);
        const list = await itemList(user1);
        assert.deepEqual(memberIds(list, 'Other Contacts'), [contactId]);
      }));
  }

  it('docs still removes a member and still checks the contact first', () =>
    withMock({ 'member-check': 'docs' }, async (user1) => {
      const team = await createGroup(user1, 'Team');
      const { contactId } = await addContact(user1, { imAddress: 'a@contoso.com', groupId: team });
      const unknownGroup = await user1.call(removeImContactFromGroup(contactId, contactId));
      expectError(unknownGroup, 'RemoveImContactFromGroup', 'ErrorInvalidImGroupId');
      const removed = await user1.call(removeImContactFromGroup(contactId, team));
      expectSuccess(removed, 'RemoveImContactFromGroup');
      const gone = await user1.call(removeImContactFromGroup(contactId, team));
      expectError(gone, 'RemoveImContactFromGroup', 'ErrorInvalidImContactId');
    }));
});

describe('mock policies: remove-contact-from-im-list', () => {
  it('docs (default): removes and deletes the contact', () =>
    withMock(undefined, async (user1) => {
      const team = await createGroup(user1, 'Team');
      const { contactId } = await addContact(user1, { imAddress: 'a@contoso.com', groupId: team });
      const reply = await user1.call(removeContactFromImList(contactId));
      expectSuccess(reply, 'RemoveContactFromImList');
      assert.equal(count(await itemList(user1), `${ITEM_LIST}/t:Personas`), 0);
    }));

  it('sipe: refuses a valid contact with ErrorInvalidImContactId and changes nothing', () =>
    withMock({ 'remove-contact-from-im-list': 'sipe' }, async (user1) => {
      const team = await createGroup(user1, 'Team');
      const { contactId } = await addContact(user1, { imAddress: 'a@contoso.com', groupId: team });
      const reply = await user1.call(removeContactFromImList(contactId));
      expectError(reply, 'RemoveContactFromImList', 'ErrorInvalidImContactId');
      const list = await itemList(user1);
      assert.deepEqual(memberIds(list, 'Team'), [contactId]);
      assert.equal(count(list, `${ITEM_LIST}/t:Personas/t:Persona`), 1);
    }));

  it('sipe: the generic id checks still come first', () =>
    withMock({ 'remove-contact-from-im-list': 'sipe' }, async (user1) => {
      const empty = await user1.call(removeContactFromImList(''));
      expectError(empty, 'RemoveContactFromImList', 'ErrorInvalidIdEmpty');
      const malformed = await user1.call(removeContactFromImList('bad'));
      expectError(malformed, 'RemoveContactFromImList', 'ErrorInvalidIdMalformed');
    }));
});
