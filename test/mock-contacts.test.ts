import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeId } from '../mock/state/ids.ts';
import { count, nodes, text, texts } from '../mock/testkit/dom.ts';
import { expectError, expectSuccess } from '../mock/testkit/expect.ts';
import {
  addContact,
  createGroup,
  groupIdOfType,
  groupNamed,
  ITEM_LIST,
  itemList,
  PERSONA,
} from '../mock/testkit/flows.ts';
import { mockPerTest } from '../mock/testkit/per-test.ts';
import { addNewImContactToGroup, removeImContactFromGroup } from '../mock/testkit/requests.ts';
import { NS } from '../support/xml/namespaces.ts';

const PERSONA_ORDER = [
  'PersonaId',
  'PersonaType',
  'CreationTime',
  'DisplayName',
  'DisplayNameFirstLast',
  'DisplayNameLastFirst',
  'FileAsId',
  'EmailAddress',
  'EmailAddresses',
  'ImAddress',
  'RelevanceScore',
  'Attributions',
  'DisplayNames',
  'FileAsIds',
  'Emails1',
  'ImAddresses',
];

const mock = mockPerTest({ limits: { contacts: 3 } });

describe('AddNewImContactToGroup', () => {
  it('returns the persona in schema order with schema-shaped e-mail elements', async () => {
    const { reply } = await addContact(mock.user1, {
      imAddress: 'sip:tsmith@contoso.com',
      displayName: 'Tony Smith',
    });
    const children = (nodes(reply.doc, `${PERSONA}/*`) as Element[]).map((el) => el.localName);
    assert.deepEqual(children, PERSONA_ORDER);
    assert.ok(
      (nodes(reply.doc, `${PERSONA}/*`) as Element[]).every((el) => el.namespaceURI === NS.t),
    );
    assert.match(text(reply.doc, `${PERSONA}/t:CreationTime`), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(text(reply.doc, `${PERSONA}/t:EmailAddress/t:EmailAddress`), 'tsmith@contoso.com');
    assert.equal(text(reply.doc, `${PERSONA}/t:EmailAddresses/t:Address/t:RoutingType`), 'SMTP');
    assert.equal(text(reply.doc, `${PERSONA}/t:ImAddress`), 'sip:tsmith@contoso.com');
    assert.equal(text(reply.doc, `${PERSONA}/t:RelevanceScore`), '2147483647');
  });

  it('attributes the persona to the Quick Contact', async () => {
    const { reply, contactId } = await addContact(mock.user1, { imAddress: 'ann@contoso.com' });
    const attribution = `${PERSONA}/t:Attributions/t:Attribution`;
    assert.equal(text(reply.doc, `${attribution}/t:Id`), '0');
    assert.equal(text(reply.doc, `${attribution}/t:DisplayName`), 'Outlook');
    assert.equal(text(reply.doc, `${attribution}/t:IsQuickContact`), 'true');
    assert.equal(text(reply.doc, `${attribution}/t:IsHidden`), 'false');
    assert.notEqual(text(reply.doc, `${attribution}/t:SourceId/@ChangeKey`), '');
    const folder = decodeId(text(reply.doc, `${attribution}/t:FolderId/@Id`));
    assert.ok(folder.ok && folder.ref.kind === 'folder');
    const contact = decodeId(contactId);
    assert.ok(contact.ok && contact.ref.kind === 'contact');
  });

  it('falls back to the IM address as display name and files it in Other Contacts', async () => {
    const { reply, contactId } = await addContact(mock.user1, { imAddress: 'bob@contoso.com' });
    assert.equal(text(reply.doc, `${PERSONA}/t:DisplayName`), 'bob@contoso.com');
    const list = await itemList(mock.user1);
    const other = groupNamed('Other Contacts');
    assert.equal(text(list, `${other}/t:GroupType`), 'IPM.DistList.MOC.OtherContacts');
    assert.deepEqual(texts(list, `${other}/t:MemberCorrelationKey/t:ItemId/@Id`), [contactId]);
  });

  it('leaves the e-mail elements out for an IM address that is no e-mail address', async () => {
    const { reply } = await addContact(mock.user1, {
      imAddress: 'nickname-only',
      displayName: 'Nick',
    });
    for (const name of ['EmailAddress', 'EmailAddresses', 'Emails1']) {
      assert.equal(count(reply.doc, `${PERSONA}/t:${name}`), 0, name);
    }
  });

  it('reuses the contact with the same IM address, ignoring the new display name', async () => {
    const groupId = await createGroup(mock.user1, 'Team');
    const first = await addContact(mock.user1, {
      imAddress: 'carl@contoso.com',
      displayName: 'Carl',
    });
    const again = await addContact(mock.user1, {
      imAddress: 'CARL@contoso.com',
      displayName: 'Other',
      groupId,
    });
    assert.equal(again.contactId, first.contactId);
    assert.equal(text(again.reply.doc, `${PERSONA}/t:DisplayName`), 'Carl');
    const list = await itemList(mock.user1);
    assert.equal(count(list, `${ITEM_LIST}/t:Personas/t:Persona`), 1);
    assert.deepEqual(texts(list, `${groupNamed('Team')}/t:MemberCorrelationKey/t:ItemId/@Id`), [
      first.contactId,
    ]);
  });

  it('adding an existing member again changes nothing', async () => {
    const groupId = await createGroup(mock.user1, 'Twice');
    await addContact(mock.user1, { imAddress: 'dora@contoso.com', groupId });
    await addContact(mock.user1, { imAddress: 'dora@contoso.com', groupId });
    const list = await itemList(mock.user1);
    assert.equal(count(list, `${groupNamed('Twice')}/t:MemberCorrelationKey/t:ItemId`), 1);
  });

  it('gives ErrorNonExistentMailbox with the GUID for a group of another mailbox', async () => {
    const foreign = await createGroup(mock.user2, 'Theirs');
    const reply = await mock.user1.call(
      addNewImContactToGroup({ imAddress: 'eve@contoso.com', groupId: foreign }),
    );
    const path = expectError(reply, 'AddNewImContactToGroup', 'ErrorNonExistentMailbox');
    assert.equal(text(reply.doc, `${path}/m:MessageText`), 'No mailbox with such guid.');
    const decoded = decodeId(foreign);
    assert.ok(decoded.ok);
    const value = `${path}/m:MessageXml/t:Value[@Name = 'MailboxGuid']`;
    assert.equal(text(reply.doc, value), decoded.ref.mailboxGuid);
    assert.equal(count(reply.doc, `${path}/m:Persona`), 0);
  });

  const badGroups: Array<[string, string, string]> = [
    ['a malformed id', 'AAMkAGQ1MjJjMTBkLTc4Y2UtNDAAAQKAAA=', 'ErrorInvalidIdMalformed'],
    ['an empty id', '', 'ErrorInvalidIdEmpty'],
  ];
  for (const [what, groupId, code] of badGroups) {
    it(`gives ${code} for ${what}`, async () => {
      const reply = await mock.user1.call(
        addNewImContactToGroup({ imAddress: 'f@contoso.com', groupId }),
      );
      expectError(reply, 'AddNewImContactToGroup', code);
    });
  }

  it('gives ErrorInvalidImGroupId for a well-formed id that is no group', async () => {
    const { contactId } = await addContact(mock.user1, { imAddress: 'gil@contoso.com' });
    const reply = await mock.user1.call(
      addNewImContactToGroup({ imAddress: 'h@contoso.com', groupId: contactId }),
    );
    expectError(reply, 'AddNewImContactToGroup', 'ErrorInvalidImGroupId');
  });

  it('gives ErrorImContactLimitReached beyond the contact limit (3 here)', async () => {
    for (const n of [1, 2, 3]) await addContact(mock.user1, { imAddress: `c${n}@contoso.com` });
    const reply = await mock.user1.call(addNewImContactToGroup({ imAddress: 'c4@contoso.com' }));
    expectError(reply, 'AddNewImContactToGroup', 'ErrorImContactLimitReached');
    await addContact(mock.user1, {
      imAddress: 'c1@contoso.com',
      groupId: await createGroup(mock.user1, 'G'),
    });
  });
});

describe('RemoveImContactFromGroup', () => {
  it('removes the contact from one group and keeps it while it is in another', async () => {
    const team = await createGroup(mock.user1, 'Team');
    const { contactId } = await addContact(mock.user1, {
      imAddress: 'ivy@contoso.com',
      groupId: team,
    });
    await addContact(mock.user1, { imAddress: 'ivy@contoso.com' });
    const reply = await mock.user1.call(removeImContactFromGroup(contactId, team));
    const path = expectSuccess(reply, 'RemoveImContactFromGroup');
    assert.deepEqual(
      (nodes(reply.doc, `${path}/*`) as Element[]).map((el) => el.localName),
      ['ResponseCode'],
    );
    const list = await itemList(mock.user1);
    assert.equal(count(list, `${groupNamed('Team')}/t:MemberCorrelationKey`), 0);
    assert.equal(count(list, `${ITEM_LIST}/t:Personas/t:Persona`), 1);
  });

  it('deletes the contact when it leaves its last group', async () => {
    const team = await createGroup(mock.user1, 'Only');
    const { contactId } = await addContact(mock.user1, {
      imAddress: 'jan@contoso.com',
      groupId: team,
    });
    expectSuccess(
      await mock.user1.call(removeImContactFromGroup(contactId, team)),
      'RemoveImContactFromGroup',
    );
    assert.equal(count(await itemList(mock.user1), `${ITEM_LIST}/t:Personas`), 0);
    const again = await mock.user1.call(removeImContactFromGroup(contactId, team));
    const path = expectError(again, 'RemoveImContactFromGroup', 'ErrorInvalidImContactId');
    assert.equal(
      text(again.doc, `${path}/m:MessageText`),
      'The specified Im Contact Id is invalid.',
    );
    const readded = await addContact(mock.user1, { imAddress: 'jan@contoso.com', groupId: team });
    assert.notEqual(readded.contactId, contactId);
  });

  it('gives ErrorInvalidImGroupId for a contact not in the group (member-check: srv)', async () => {
    const team = await createGroup(mock.user1, 'Elsewhere');
    const { contactId } = await addContact(mock.user1, { imAddress: 'kim@contoso.com' });
    const reply = await mock.user1.call(removeImContactFromGroup(contactId, team));
    const path = expectError(reply, 'RemoveImContactFromGroup', 'ErrorInvalidImGroupId');
    assert.equal(text(reply.doc, `${path}/m:MessageText`), 'The specified Im Group Id is invalid.');
  });

  it('checks the ids: malformed, foreign mailbox, system group membership', async () => {
    const { contactId } = await addContact(mock.user1, { imAddress: 'lee@contoso.com' });
    const other = groupIdOfType(await itemList(mock.user1), 'IPM.DistList.MOC.OtherContacts');
    const malformed = await mock.user1.call(removeImContactFromGroup('bad id', other));
    expectError(malformed, 'RemoveImContactFromGroup', 'ErrorInvalidIdMalformed');
    const foreign = await createGroup(mock.user2, 'Theirs');
    const reply = await mock.user1.call(removeImContactFromGroup(contactId, foreign));
    expectError(reply, 'RemoveImContactFromGroup', 'ErrorNonExistentMailbox');
    expectSuccess(
      await mock.user1.call(removeImContactFromGroup(contactId, other)),
      'RemoveImContactFromGroup',
    );
  });
});
