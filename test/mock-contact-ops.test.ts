import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeId } from '../mock/state/ids.ts';
import { childNames, count, text, texts } from '../mock/testkit/dom.ts';
import { expectError, expectSuccess } from '../mock/testkit/expect.ts';
import {
  addContact,
  addDistributionGroup,
  addTelContact,
  createGroup,
  groupIdOfType,
  ITEM_LIST,
  itemList,
  memberIds,
  TEL_PERSONA,
} from '../mock/testkit/flows.ts';
import { mockPerTest } from '../mock/testkit/per-test.ts';
import {
  addImContactToGroup,
  addNewTelUriContactToGroup,
  removeContactFromImList,
  removeImGroup,
} from '../mock/testkit/requests.ts';

const TEL_PERSONA_ORDER = [
  'PersonaId',
  'PersonaType',
  'CreationTime',
  'DisplayName',
  'DisplayNameFirstLast',
  'DisplayNameLastFirst',
  'FileAs',
  'FileAsId',
  'RelevanceScore',
  'Attributions',
  'FileAsIds',
  'OtherTelephones',
];
const JOHN = {
  telUri: 'tel:5625550100',
  sipUri: 'sip:john@contoso.com',
  phoneNumber: '5625550100',
};

const mock = mockPerTest();

describe('AddImContactToGroup', () => {
  it('adds an existing contact to a second group: it is a member of both', async () => {
    const [team, friends] = [
      await createGroup(mock.user1, 'Team'),
      await createGroup(mock.user1, 'Friends'),
    ];
    const { contactId } = await addContact(mock.user1, {
      imAddress: 'ann@contoso.com',
      groupId: team,
    });
    const reply = await mock.user1.call(addImContactToGroup(contactId, friends));
    const path = expectSuccess(reply, 'AddImContactToGroup');
    assert.deepEqual(childNames(reply.doc, path), ['ResponseCode']);
    const list = await itemList(mock.user1);
    assert.deepEqual(memberIds(list, 'Team'), [contactId]);
    assert.deepEqual(memberIds(list, 'Friends'), [contactId]);
    assert.equal(count(list, `${ITEM_LIST}/t:Personas/t:Persona`), 1);
  });

  it('uses Other Contacts without GroupId, and adding a member again changes nothing', async () => {
    const team = await createGroup(mock.user1, 'Team');
    const { contactId } = await addContact(mock.user1, {
      imAddress: 'bob@contoso.com',
      groupId: team,
    });
    for (const _ of [1, 2]) {
      expectSuccess(await mock.user1.call(addImContactToGroup(contactId)), 'AddImContactToGroup');
    }
    const list = await itemList(mock.user1);
    assert.deepEqual(memberIds(list, 'Other Contacts'), [contactId]);
    assert.deepEqual(memberIds(list, 'Team'), [contactId]);
  });

  it('gives ErrorInvalidImContactId for an id that names no contact', async () => {
    const team = await createGroup(mock.user1, 'Team');
    const reply = await mock.user1.call(addImContactToGroup(team, team));
    const path = expectError(reply, 'AddImContactToGroup', 'ErrorInvalidImContactId');
    assert.equal(
      text(reply.doc, `${path}/m:MessageText`),
      'The specified Im Contact Id is invalid.',
    );
  });

  it('gives ErrorInvalidImGroupId for a group id that names no group or a DG entry', async () => {
    const { contactId } = await addContact(mock.user1, { imAddress: 'cy@contoso.com' });
    const notGroup = await mock.user1.call(addImContactToGroup(contactId, contactId));
    expectError(notGroup, 'AddImContactToGroup', 'ErrorInvalidImGroupId');
    const dg = await addDistributionGroup(mock.user1, 'sales@contoso.com', 'Sales');
    const toDg = await mock.user1.call(addImContactToGroup(contactId, dg));
    expectError(toDg, 'AddImContactToGroup', 'ErrorInvalidImGroupId');
  });

  it('checks the ids generic-first: empty, malformed, foreign mailbox', async () => {
    const { contactId } = await addContact(mock.user1, { imAddress: 'di@contoso.com' });
    const theirs = await createGroup(mock.user2, 'Theirs');
    const cases: Array<[string, string | undefined, string]> = [
      ['', undefined, 'ErrorInvalidIdEmpty'],
      ['not an id', undefined, 'ErrorInvalidIdMalformed'],
      [contactId, '', 'ErrorInvalidIdEmpty'],
      [contactId, theirs, 'ErrorNonExistentMailbox'],
    ];
    for (const [contact, group, code] of cases) {
      const reply = await mock.user1.call(addImContactToGroup(contact, group));
      expectError(reply, 'AddImContactToGroup', code);
    }
  });
});

describe('AddNewTelUriContactToGroup', () => {
  it('returns the persona of the DOCS example, in schema order', async () => {
    const team = await createGroup(mock.user1, 'Team');
    const { reply, contactId } = await addTelContact(mock.user1, { ...JOHN, groupId: team });
    assert.deepEqual(childNames(reply.doc, TEL_PERSONA), TEL_PERSONA_ORDER);
    assert.equal(text(reply.doc, `${TEL_PERSONA}/t:DisplayName`), '');
    assert.equal(text(reply.doc, `${TEL_PERSONA}/t:DisplayNameFirstLast`), '5625550100');
    const attribution = `${TEL_PERSONA}/t:Attributions/t:Attribution`;
    assert.equal(text(reply.doc, `${attribution}/t:DisplayName`), 'Lync Contacts');
    assert.equal(text(reply.doc, `${attribution}/t:IsWritable`), 'false');
    assert.equal(text(reply.doc, `${attribution}/t:IsQuickContact`), 'true');
    const phone = `${TEL_PERSONA}/t:OtherTelephones/t:PhoneNumberAttributedValue`;
    assert.equal(text(reply.doc, `${phone}/t:Value/t:Number`), '5625550100');
    assert.equal(text(reply.doc, `${phone}/t:Value/t:Type`), 'Other');
    assert.equal(text(reply.doc, `${phone}/t:Attributions/t:Attribution`), '0');
    const decoded = decodeId(contactId);
    assert.ok(decoded.ok && decoded.ref.kind === 'contact');
    assert.deepEqual(memberIds(await itemList(mock.user1), 'Team'), [contactId]);
  });

  it('files the contact in Other Contacts without GroupId and lists its persona', async () => {
    const { contactId } = await addTelContact(mock.user1, JOHN);
    const list = await itemList(mock.user1);
    assert.deepEqual(memberIds(list, 'Other Contacts'), [contactId]);
    const persona = `${ITEM_LIST}/t:Personas/t:Persona`;
    assert.deepEqual(texts(list, `${persona}/t:OtherTelephones//t:Number`), ['5625550100']);
    assert.equal(count(list, `${persona}/t:ImAddress`), 0);
  });

  it('reuses the contact with the same TEL URI', async () => {
    const team = await createGroup(mock.user1, 'Team');
    const first = await addTelContact(mock.user1, JOHN);
    const again = await addTelContact(mock.user1, {
      ...JOHN,
      telUri: 'TEL:5625550100',
      groupId: team,
    });
    assert.equal(again.contactId, first.contactId);
    const list = await itemList(mock.user1);
    assert.equal(count(list, `${ITEM_LIST}/t:Personas/t:Persona`), 1);
    assert.deepEqual(memberIds(list, 'Team'), [first.contactId]);
  });

  it('gives ErrorItemNotFound for a well-formed GroupId that names nothing', async () => {
    const team = await createGroup(mock.user1, 'Gone');
    expectSuccess(await mock.user1.call(removeImGroup(team)), 'RemoveImGroup');
    const reply = await mock.user1.call(addNewTelUriContactToGroup({ ...JOHN, groupId: team }));
    const path = expectError(reply, 'AddNewTelUriContactToGroup', 'ErrorItemNotFound');
    assert.equal(
      text(reply.doc, `${path}/m:MessageText`),
      'The specified object was not found in the store.',
    );
    assert.equal(count(reply.doc, `${path}/m:Persona`), 0);
    assert.equal(count(await itemList(mock.user1), `${ITEM_LIST}/t:Personas`), 0);
  });

  it('gives ErrorInvalidImGroupId for a non-group item, and the generic id errors', async () => {
    const { contactId } = await addTelContact(mock.user1, JOHN);
    const theirs = await createGroup(mock.user2, 'Theirs');
    const cases: Array<[string, string]> = [
      [contactId, 'ErrorInvalidImGroupId'],
      ['', 'ErrorInvalidIdEmpty'],
      ['AAMkAGQ1MjJjMTBk', 'ErrorInvalidIdMalformed'],
      [theirs, 'ErrorNonExistentMailbox'],
    ];
    for (const [groupId, code] of cases) {
      const reply = await mock.user1.call(addNewTelUriContactToGroup({ ...JOHN, groupId }));
      expectError(reply, 'AddNewTelUriContactToGroup', code);
    }
  });

  it('requires TelUriAddress, ImContactSipUriAddress and ImTelephoneNumber (schema)', async () => {
    const reply = await mock.user1.call(
      '<m:AddNewTelUriContactToGroup><m:TelUriAddress>tel:1</m:TelUriAddress>' +
        '<m:ImTelephoneNumber>1</m:ImTelephoneNumber></m:AddNewTelUriContactToGroup>',
    );
    assert.equal(reply.status, 500);
    assert.match(reply.text, /a:ErrorSchemaValidation/);
  });
});

describe('RemoveContactFromImList (policy remove-contact-from-im-list: docs)', () => {
  it('removes the contact from every group and deletes it', async () => {
    const [team, friends] = [
      await createGroup(mock.user1, 'Team'),
      await createGroup(mock.user1, 'Friends'),
    ];
    const { contactId } = await addContact(mock.user1, {
      imAddress: 'eve@contoso.com',
      groupId: team,
    });
    await mock.user1.call(addImContactToGroup(contactId, friends));
    const tagged = groupIdOfType(await itemList(mock.user1), 'IPM.DistList.MOC.Tagged');
    await mock.user1.call(addImContactToGroup(contactId, tagged));
    const stays = await addContact(mock.user1, { imAddress: 'fay@contoso.com', groupId: team });
    const reply = await mock.user1.call(removeContactFromImList(contactId));
    const path = expectSuccess(reply, 'RemoveContactFromImList');
    assert.deepEqual(childNames(reply.doc, path), ['ResponseCode']);
    const list = await itemList(mock.user1);
    for (const name of ['Team', 'Friends', 'Tagged']) {
      assert.equal(memberIds(list, name).includes(contactId), false, name);
    }
    assert.deepEqual(memberIds(list, 'Team'), [stays.contactId]);
    assert.deepEqual(texts(list, `${ITEM_LIST}/t:Personas/t:Persona/t:ImAddress`), [
      'fay@contoso.com',
    ]);
    const again = await mock.user1.call(removeContactFromImList(contactId));
    expectError(again, 'RemoveContactFromImList', 'ErrorInvalidImContactId');
  });

  it('removes a TEL URI contact too; the groups stay', async () => {
    const team = await createGroup(mock.user1, 'Team');
    const { contactId } = await addTelContact(mock.user1, { ...JOHN, groupId: team });
    expectSuccess(
      await mock.user1.call(removeContactFromImList(contactId)),
      'RemoveContactFromImList',
    );
    const list = await itemList(mock.user1);
    assert.equal(count(list, `${ITEM_LIST}/t:Personas`), 0);
    assert.deepEqual(memberIds(list, 'Team'), []);
  });

  it('checks the id: empty, malformed, foreign, then ErrorInvalidImContactId', async () => {
    const team = await createGroup(mock.user1, 'Team');
    const { contactId: theirs } = await addContact(mock.user2, { imAddress: 'x@contoso.com' });
    const cases: Array<[string, string]> = [
      ['', 'ErrorInvalidIdEmpty'],
      ['<CAF1234@mail.example.com>', 'ErrorInvalidIdMalformed'],
      [theirs, 'ErrorNonExistentMailbox'],
      [team, 'ErrorInvalidImContactId'],
    ];
    for (const [id, code] of cases) {
      expectError(
        await mock.user1.call(removeContactFromImList(id)),
        'RemoveContactFromImList',
        code,
      );
    }
  });
});
