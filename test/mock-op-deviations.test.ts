import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type MockOptions, startMock } from '../mock/server.ts';
import { MockClient } from '../mock/testkit/client.ts';
import { count, nodes, text, texts } from '../mock/testkit/dom.ts';
import { expectError, expectFault, expectSuccess } from '../mock/testkit/expect.ts';
import {
  addContact,
  addDistributionGroup,
  addTelContact,
  createGroup,
  DG_GROUP,
  groupNamed,
  ITEM_LIST,
  ITEMS,
  imItems,
  itemList,
  memberIds,
  TEL_PERSONA,
} from '../mock/testkit/flows.ts';
import * as req from '../mock/testkit/requests.ts';

async function withMock(
  options: MockOptions,
  run: (user1: MockClient) => Promise<void>,
): Promise<void> {
  const server = await startMock(options);
  try {
    await run(MockClient.as(server, 'user1@contoso.com'));
  } finally {
    await server.close();
  }
}

describe('mock deviations of the newer operations', () => {
  it('addimcontact-error-not-raised: Success for an id that names no contact', () =>
    withMock({ faults: ['addimcontact-error-not-raised'] }, async (user1) => {
      const team = await createGroup(user1, 'Team');
      const reply = await user1.call(req.addImContactToGroup(team, team));
      expectSuccess(reply, 'AddImContactToGroup');
      assert.deepEqual(memberIds(await itemList(user1), 'Team'), []);
      const malformed = await user1.call(req.addImContactToGroup('bad', team));
      expectError(malformed, 'AddImContactToGroup', 'ErrorInvalidIdMalformed');
    }));

  it('telurl-persona-out-of-order: DisplayNameFirstLast comes before DisplayName', () =>
    withMock({ faults: ['telurl-persona-out-of-order'] }, async (user1) => {
      const tel = { telUri: 'tel:1', sipUri: 'sip:t@contoso.com', phoneNumber: '1' };
      const { reply } = await addTelContact(user1, tel);
      const names = (nodes(reply.doc, `${TEL_PERSONA}/*`) as Element[]).map((el) => el.localName);
      assert.deepEqual(names.slice(3, 5), ['DisplayNameFirstLast', 'DisplayName']);
    }));

  it('dg-wrong-group-type: the response says UserGroup, the stored entry is a DG', () =>
    withMock({ faults: ['dg-wrong-group-type'] }, async (user1) => {
      const reply = await user1.call(req.addDistributionGroupToImList('sales@contoso.com', 'S'));
      expectSuccess(reply, 'AddDistributionGroupToImList');
      assert.equal(text(reply.doc, `${DG_GROUP}/t:GroupType`), 'IPM.DistList.MOC.UserGroup');
      const list = await itemList(user1);
      assert.equal(text(list, `${groupNamed('S')}/t:GroupType`), 'IPM.DistList.MOC.DG');
    }));

  it('getimitems-extra-group: a group nobody asked for comes back too', () =>
    withMock({ faults: ['getimitems-extra-group'] }, async (user1) => {
      const team = await createGroup(user1, 'Team');
      const doc = await imItems(user1, { groupIds: [team] });
      const names = texts(doc, `${ITEMS}/t:Groups/t:ImGroup/t:DisplayName`);
      assert.equal(names.length, 2);
      assert.equal(names[0], 'Team');
      const none = await imItems(user1, {});
      assert.equal(count(none, `${ITEMS}/t:Groups/t:ImGroup`), 1);
    }));

  it('getimitemlist-no-tagged-group: GetImItemList lists no Tagged group', () =>
    withMock({ faults: ['getimitemlist-no-tagged-group'] }, async (user1) => {
      const types = texts(await itemList(user1), `${ITEM_LIST}/t:Groups/t:ImGroup/t:GroupType`);
      assert.ok(types.includes('IPM.DistList.MOC.Favorites'));
      assert.ok(!types.includes('IPM.DistList.MOC.Tagged'));
    }));

  it('removecontact-keeps-membership: Success, but the contact stays in its groups', () =>
    withMock({ faults: ['removecontact-keeps-membership'] }, async (user1) => {
      const team = await createGroup(user1, 'Team');
      const { contactId } = await addContact(user1, { imAddress: 'a@contoso.com', groupId: team });
      const reply = await user1.call(req.removeContactFromImList(contactId));
      expectSuccess(reply, 'RemoveContactFromImList');
      const list = await itemList(user1);
      assert.deepEqual(memberIds(list, 'Team'), [contactId]);
      assert.equal(count(list, `${ITEM_LIST}/t:Personas/t:Persona`), 1);
    }));

  it('removedg-removes-all: removing one DG entry removes the other DG entries too', () =>
    withMock({ faults: ['removedg-removes-all'] }, async (user1) => {
      const sales = await addDistributionGroup(user1, 'sales@contoso.com', 'Sales');
      await addDistributionGroup(user1, 'support@contoso.com', 'Support');
      await createGroup(user1, 'Team');
      const reply = await user1.call(req.removeDistributionGroupFromImList(sales));
      expectSuccess(reply, 'RemoveDistributionGroupFromImList');
      const list = await itemList(user1);
      assert.equal(count(list, groupNamed('Support')), 0);
      assert.equal(count(list, groupNamed('Team')), 1);
    }));

  it('setimgroup-no-rename: Success, but the group keeps its old name', () =>
    withMock({ faults: ['setimgroup-no-rename'] }, async (user1) => {
      const team = await createGroup(user1, 'Team');
      expectSuccess(await user1.call(req.setImGroup(team, 'Renamed')), 'SetImGroup');
      const list = await itemList(user1);
      assert.equal(count(list, groupNamed('Team')), 1);
      assert.equal(count(list, groupNamed('Renamed')), 0);
    }));

  it('migration-flag-fault: SetImListMigrationCompleted answers a SOAP fault', () =>
    withMock({ faults: ['migration-flag-fault'] }, async (user1) => {
      const reply = await user1.call(req.setImListMigrationCompleted(true));
      expectFault(reply, 'ErrorInternalServerError');
      expectSuccess(await user1.call(req.getImItemList()), 'GetImItemList');
    }));

  it('cleanup-noop: RemoveImGroup and RemoveImContactFromGroup change nothing', () =>
    withMock({ faults: ['cleanup-noop'] }, async (user1) => {
      const team = await createGroup(user1, 'Team');
      const { contactId } = await addContact(user1, { imAddress: 'a@contoso.com', groupId: team });
      const removed = await user1.call(req.removeImContactFromGroup(contactId, team));
      expectSuccess(removed, 'RemoveImContactFromGroup');
      expectSuccess(await user1.call(req.removeImGroup(team)), 'RemoveImGroup');
      const list = await itemList(user1);
      assert.deepEqual(memberIds(list, 'Team'), [contactId]);
      const notGroup = await user1.call(req.removeImGroup(contactId));
      expectError(notGroup, 'RemoveImGroup', 'ErrorInvalidImGroupId');
    }));

  it('group-limit-off-by-one: one group more than the limit (3 with a limit of 2)', () =>
    withMock({ faults: ['group-limit-off-by-one'], limits: { groups: 2 } }, async (user1) => {
      for (const name of ['one', 'two', 'three']) await createGroup(user1, name);
      const reply = await user1.call(req.addImGroup('four'));
      expectError(reply, 'AddImGroup', 'ErrorImGroupLimitReached');
      const dg = await user1.call(req.addDistributionGroupToImList('sales@contoso.com', 'S'));
      expectError(dg, 'AddDistributionGroupToImList', 'ErrorImGroupLimitReached');
    }));

  it('group-limit-off-by-one: 65 user groups at the default limit', () =>
    withMock({ faults: ['group-limit-off-by-one'] }, async (user1) => {
      for (let n = 1; n <= 65; n += 1) await createGroup(user1, `group ${n}`);
      const reply = await user1.call(req.addImGroup('group 66'));
      expectError(reply, 'AddImGroup', 'ErrorImGroupLimitReached');
    }));
});
