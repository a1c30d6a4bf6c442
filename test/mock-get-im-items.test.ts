import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { MockClient } from '../mock/testkit/client.ts';
import { count, nodes, text, texts } from '../mock/testkit/dom.ts';
import { expectSuccess } from '../mock/testkit/expect.ts';
import {
  addContact,
  addDistributionGroup,
  addTelContact,
  createGroup,
  ITEMS,
  imItems,
} from '../mock/testkit/flows.ts';
import { addImGroup, getImItems, removeImContactFromGroup } from '../mock/testkit/requests.ts';

const GROUPS = `${ITEMS}/t:Groups/t:ImGroup`;
const PERSONAS = `${ITEMS}/t:Personas/t:Persona`;

describe('GetImItems', () => {
  let server: MockServer;
  let user1: MockClient;
  let ids: { team: string; friends: string; dg: string; ann: string; bob: string; tel: string };
  let theirs: { group: string; contact: string };
  before(async () => {
    server = await startMock();
    user1 = MockClient.as(server, 'user1@contoso.com');
    const user2 = MockClient.as(server, 'user2@contoso.com');
    const team = await createGroup(user1, 'Team');
    const friends = await createGroup(user1, 'Friends');
    const dg = await addDistributionGroup(user1, 'sales@contoso.com', 'Sales');
    const ann = (await addContact(user1, { imAddress: 'ann@contoso.com', groupId: team }))
      .contactId;
    const bob = (await addContact(user1, { imAddress: 'bob@contoso.com', groupId: friends }))
      .contactId;
    const tel = (
      await addTelContact(user1, { telUri: 'tel:1', sipUri: 'sip:t@contoso.com', phoneNumber: '1' })
    ).contactId;
    ids = { team, friends, dg, ann, bob, tel };
    theirs = {
      group: await createGroup(user2, 'Theirs'),
      contact: (await addContact(user2, { imAddress: 'x@contoso.com' })).contactId,
    };
  });
  after(() => server.close());

  it('returns exactly the requested groups and personas, in request order', async () => {
    const doc = await imItems(user1, {
      contactIds: [ids.bob, ids.ann],
      groupIds: [ids.dg, ids.team],
    });
    assert.deepEqual(texts(doc, `${GROUPS}/t:DisplayName`), ['Sales', 'Team']);
    assert.deepEqual(texts(doc, `${PERSONAS}/t:ImAddress`), ['bob@contoso.com', 'ann@contoso.com']);
    assert.equal(
      text(doc, `${GROUPS}[t:DisplayName = 'Team']/t:MemberCorrelationKey/t:ItemId/@Id`),
      ids.ann,
    );
    assert.equal(
      text(doc, `${GROUPS}[t:DisplayName = 'Sales']/t:SmtpAddress`),
      'sales@contoso.com',
    );
  });

  it('returns the persona of a TEL URI contact in its own shape', async () => {
    const doc = await imItems(user1, { contactIds: [ids.tel] });
    assert.equal(count(doc, `${ITEMS}/t:Groups`), 0);
    assert.equal(text(doc, `${PERSONAS}/t:DisplayNameFirstLast`), '1');
    assert.equal(text(doc, `${PERSONAS}/t:Attributions/t:Attribution/t:SourceId/@Id`), ids.tel);
  });

  it('silently skips empty, malformed, foreign, unknown and wrong-kind ids', async () => {
    const unusable = ['', 'not an id', 'AAMkAGQ1MjJjMTBk', theirs.group, theirs.contact];
    const doc = await imItems(user1, {
      contactIds: [...unusable, ids.team, ids.ann],
      groupIds: [...unusable, ids.ann, ids.friends],
    });
    assert.deepEqual(texts(doc, `${GROUPS}/t:DisplayName`), ['Friends']);
    assert.deepEqual(texts(doc, `${PERSONAS}/t:ImAddress`), ['ann@contoso.com']);
  });

  it('ignores change keys and returns a thing asked for twice once', async () => {
    const stale = { id: ids.team, changeKey: 'AAAAAAAAAAA=' };
    const doc = await imItems(user1, {
      contactIds: [{ id: ids.ann, changeKey: 'garbage' }, ids.ann],
      groupIds: [stale, ids.team],
    });
    assert.deepEqual(texts(doc, `${GROUPS}/t:DisplayName`), ['Team']);
    assert.equal(count(doc, PERSONAS), 1);
  });

  it('leaves empty Groups and Personas out; skips ids that name nothing now', async () => {
    const temp = await addContact(user1, { imAddress: 'temp@contoso.com', groupId: ids.team });
    await user1.call(removeImContactFromGroup(temp.contactId, ids.team));
    const reply = await user1.call(getImItems({ contactIds: [temp.contactId], groupIds: ['x'] }));
    const path = expectSuccess(reply, 'GetImItems');
    assert.deepEqual(
      (nodes(reply.doc, `${path}/*`) as Element[]).map((el) => el.localName),
      ['ResponseCode', 'ImItemList'],
    );
    assert.equal(count(reply.doc, `${ITEMS}/*`), 0);
    const none = await imItems(user1, {});
    assert.equal(count(none, `${ITEMS}/*`), 0);
  });

  it('accepts ExtendedProperties and leaves the missing properties out', async () => {
    const doc = await imItems(user1, { groupIds: [ids.team], extendedProperties: ['0x3001'] });
    assert.equal(count(doc, `${GROUPS}/t:ExtendedProperties`), 0);
    assert.equal(count(doc, GROUPS), 1);
  });

  it('skips OccurrenceItemId and the other non-ItemId kinds', async () => {
    const reply = await user1.call(
      `<m:GetImItems><m:GroupIds><t:OccurrenceItemId RecurringMasterId="${ids.team}" ` +
        `InstanceIndex="1"/><t:ItemId Id="${ids.friends}"/></m:GroupIds></m:GetImItems>`,
    );
    expectSuccess(reply, 'GetImItems');
    assert.deepEqual(texts(reply.doc, `${GROUPS}/t:DisplayName`), ['Friends']);
  });

  it('creates no system groups (only GetImItemList does)', async () => {
    const fresh = await startMock();
    try {
      const client = MockClient.as(fresh, 'user1@contoso.com');
      const team = await createGroup(client, 'Team');
      await imItems(client, { groupIds: [team] });
      const reply = await client.call(addImGroup('Favorites'));
      const path = expectSuccess(reply, 'AddImGroup');
      assert.equal(text(reply.doc, `${path}/m:ImGroup/t:GroupType`), 'IPM.DistList.MOC.UserGroup');
    } finally {
      await fresh.close();
    }
  });

  it('rejects an empty ContactIds list through the schema', async () => {
    const reply = await user1.call('<m:GetImItems><m:ContactIds/></m:GetImItems>');
    assert.equal(reply.status, 500);
    assert.match(reply.text, /a:ErrorSchemaValidation/);
  });
});
