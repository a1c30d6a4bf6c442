import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { count, nodes, text, texts } from '../mock/testkit/dom.ts';
import { expectError, expectSuccess } from '../mock/testkit/expect.ts';
import {
  addContact,
  createGroup,
  groupIdOfType,
  groupNamed,
  ITEM_LIST,
  itemList,
} from '../mock/testkit/flows.ts';
import { mockPerTest } from '../mock/testkit/per-test.ts';
import { addImGroup, envelope, removeImGroup } from '../mock/testkit/requests.ts';

const IM_GROUP = '/soap:Envelope/soap:Body/m:AddImGroupResponse/m:ImGroup';
const SYSTEM_TYPES = [
  'IPM.DistList.MOC.Favorites',
  'IPM.DistList.MOC.OtherContacts',
  'IPM.DistList.MOC.Tagged',
];

const mock = mockPerTest({ limits: { groups: 2 } });

describe('AddImGroup', () => {
  it('creates a user group with DisplayName, GroupType and ExchangeStoreId only', async () => {
    const reply = await mock.user1.call(addImGroup('MyCustomGroup'));
    expectSuccess(reply, 'AddImGroup');
    const children = (nodes(reply.doc, `${IM_GROUP}/*`) as Element[]).map((el) => el.localName);
    assert.deepEqual(children, ['DisplayName', 'GroupType', 'ExchangeStoreId']);
    assert.equal(text(reply.doc, `${IM_GROUP}/t:GroupType`), 'IPM.DistList.MOC.UserGroup');
    assert.notEqual(text(reply.doc, `${IM_GROUP}/t:ExchangeStoreId/@ChangeKey`), '');
  });

  it('returns the existing group for the same name in any case, without error', async () => {
    const first = await createGroup(mock.user1, 'Team');
    assert.equal(await createGroup(mock.user1, 'TEAM'), first);
    assert.equal(count(await itemList(mock.user1), `${ITEM_LIST}/t:Groups/t:ImGroup`), 4);
  });

  it('returns a system group of that name, and its members', async () => {
    const list = await itemList(mock.user1);
    const favorites = groupIdOfType(list, 'IPM.DistList.MOC.Favorites');
    const { contactId } = await addContact(mock.user1, {
      imAddress: 'a@contoso.com',
      groupId: favorites,
    });
    const reply = await mock.user1.call(addImGroup('favorites'));
    expectSuccess(reply, 'AddImGroup');
    assert.equal(text(reply.doc, `${IM_GROUP}/t:GroupType`), 'IPM.DistList.MOC.Favorites');
    assert.deepEqual(texts(reply.doc, `${IM_GROUP}/t:MemberCorrelationKey/t:ItemId/@Id`), [
      contactId,
    ]);
  });

  it('gives ErrorImGroupLimitReached beyond the user-group limit (2 here)', async () => {
    await createGroup(mock.user1, 'one');
    await createGroup(mock.user1, 'two');
    const reply = await mock.user1.call(addImGroup('three'));
    const path = expectError(reply, 'AddImGroup', 'ErrorImGroupLimitReached');
    assert.equal(count(reply.doc, `${path}/m:ImGroup`), 0);
  });

  it('rejects an empty DisplayName through the schema', async () => {
    const reply = await mock.user1.call(
      '<m:AddImGroup><m:DisplayName></m:DisplayName></m:AddImGroup>',
    );
    assert.equal(reply.status, 500);
    assert.match(reply.text, /a:ErrorSchemaValidation/);
  });
});

describe('GetImItemList', () => {
  it('creates the three system groups on demand and leaves empty Personas out', async () => {
    const list = await itemList(mock.user1);
    assert.deepEqual(
      texts(list, `${ITEM_LIST}/t:Groups/t:ImGroup/t:GroupType`).sort(),
      SYSTEM_TYPES,
    );
    assert.equal(count(list, `${ITEM_LIST}/t:Personas`), 0);
    assert.equal(count(list, `${ITEM_LIST}/t:Groups/t:ImGroup/t:MemberCorrelationKey`), 0);
    const again = await itemList(mock.user1);
    assert.equal(count(again, `${ITEM_LIST}/t:Groups/t:ImGroup`), 3);
  });

  it('lists member ids and the personas of group members, correlated by SourceId', async () => {
    const team = await createGroup(mock.user1, 'Team');
    const a = await addContact(mock.user1, {
      imAddress: 'a@contoso.com',
      displayName: 'A',
      groupId: team,
    });
    const b = await addContact(mock.user1, { imAddress: 'b@contoso.com', displayName: 'B' });
    const list = await itemList(mock.user1);
    assert.deepEqual(texts(list, `${groupNamed('Team')}/t:MemberCorrelationKey/t:ItemId/@Id`), [
      a.contactId,
    ]);
    const sources = texts(
      list,
      `${ITEM_LIST}/t:Personas/t:Persona/t:Attributions/t:Attribution/t:SourceId/@Id`,
    );
    assert.deepEqual(sources, [a.contactId, b.contactId]);
    assert.deepEqual(texts(list, `${ITEM_LIST}/t:Personas/t:Persona/t:DisplayName`), ['A', 'B']);
  });

  it('accepts ExtendedProperties and ignores them', async () => {
    const body =
      '<m:GetImItemList><m:ExtendedProperties>' +
      '<t:ExtendedProperty PropertyTag="0x3001" PropertyType="String"/>' +
      '</m:ExtendedProperties></m:GetImItemList>';
    expectSuccess(await mock.user1.raw(envelope(body)), 'GetImItemList');
  });

  it('keeps mailboxes apart', async () => {
    await createGroup(mock.user1, 'Private to mock.user1');
    assert.equal(count(await itemList(mock.user2), groupNamed('Private to mock.user1')), 0);
  });
});

describe('RemoveImGroup', () => {
  it('removes a user group and deletes the contacts that were only in it', async () => {
    const [g1, g2] = [await createGroup(mock.user1, 'G1'), await createGroup(mock.user1, 'G2')];
    const only = await addContact(mock.user1, { imAddress: 'only@contoso.com', groupId: g1 });
    const both = await addContact(mock.user1, { imAddress: 'both@contoso.com', groupId: g1 });
    await addContact(mock.user1, { imAddress: 'both@contoso.com', groupId: g2 });
    const reply = await mock.user1.call(removeImGroup(g1));
    const path = expectSuccess(reply, 'RemoveImGroup');
    assert.deepEqual(
      (nodes(reply.doc, `${path}/*`) as Element[]).map((el) => el.localName),
      ['ResponseCode'],
    );
    const list = await itemList(mock.user1);
    assert.equal(count(list, groupNamed('G1')), 0);
    const sources = texts(
      list,
      `${ITEM_LIST}/t:Personas/t:Persona/t:Attributions/t:Attribution/t:SourceId/@Id`,
    );
    assert.deepEqual(sources, [both.contactId]);
    assert.notEqual(only.contactId, both.contactId);
  });

  it('gives ErrorInvalidImGroupId for a system group and for a group that is gone', async () => {
    const tagged = groupIdOfType(await itemList(mock.user1), 'IPM.DistList.MOC.Tagged');
    const system = await mock.user1.call(removeImGroup(tagged));
    const path = expectError(system, 'RemoveImGroup', 'ErrorInvalidImGroupId');
    assert.equal(
      text(system.doc, `${path}/m:MessageText`),
      'The specified Im Group Id is invalid.',
    );
    const gone = await createGroup(mock.user1, 'Short-lived');
    expectSuccess(await mock.user1.call(removeImGroup(gone)), 'RemoveImGroup');
    expectError(
      await mock.user1.call(removeImGroup(gone)),
      'RemoveImGroup',
      'ErrorInvalidImGroupId',
    );
  });

  it('gives ErrorInvalidIdMalformed for a malformed id', async () => {
    const reply = await mock.user1.call(
      removeImGroup('AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5hQoTbWAAAAAAQRAAA='),
    );
    const path = expectError(reply, 'RemoveImGroup', 'ErrorInvalidIdMalformed');
    assert.equal(text(reply.doc, `${path}/m:MessageText`), 'Id is malformed.');
  });

  it('gives ErrorNonExistentMailbox for a foreign group, and leaves it alone', async () => {
    const theirs = await createGroup(mock.user2, 'Theirs');
    expectError(
      await mock.user1.call(removeImGroup(theirs)),
      'RemoveImGroup',
      'ErrorNonExistentMailbox',
    );
    assert.equal(count(await itemList(mock.user2), groupNamed('Theirs')), 1);
  });
});
