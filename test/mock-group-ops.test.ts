import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACCOUNTS, type Account } from '../mock/accounts.ts';
import { Deviations } from '../mock/faults.ts';
import { handleSoap } from '../mock/pipeline.ts';
import { resolvePolicies } from '../mock/policies.ts';
import { Store } from '../mock/state/store.ts';
import { childNames, count, text, texts } from '../mock/testkit/dom.ts';
import { expectError, expectSuccess } from '../mock/testkit/expect.ts';
import {
  addContact,
  addDistributionGroup,
  createGroup,
  DG_GROUP,
  groupIdOfType,
  groupNamed,
  ITEM_LIST,
  itemList,
  memberIds,
} from '../mock/testkit/flows.ts';
import { mockPerTest } from '../mock/testkit/per-test.ts';
import {
  addDistributionGroupToImList,
  addImGroup,
  envelope,
  removeDistributionGroupFromImList,
  removeImGroup,
  setImGroup,
  setImListMigrationCompleted,
} from '../mock/testkit/requests.ts';

const DG = 'IPM.DistList.MOC.DG';

const mock = mockPerTest();

/** The GroupType values of the groups in an item list, sorted. */
function groupTypes(list: Document): string[] {
  return texts(list, `${ITEM_LIST}/t:Groups/t:ImGroup/t:GroupType`).sort();
}

describe('AddDistributionGroupToImList', () => {
  it('adds a known DG: ImGroup with GroupType DG and SmtpAddress, in schema order', async () => {
    const reply = await mock.user1.call(addDistributionGroupToImList('Sales@Contoso.com', 'Sales'));
    expectSuccess(reply, 'AddDistributionGroupToImList');
    assert.deepEqual(childNames(reply.doc, DG_GROUP), [
      'DisplayName',
      'GroupType',
      'ExchangeStoreId',
      'SmtpAddress',
    ]);
    assert.equal(text(reply.doc, `${DG_GROUP}/t:DisplayName`), 'Sales');
    assert.equal(text(reply.doc, `${DG_GROUP}/t:GroupType`), DG);
    assert.equal(text(reply.doc, `${DG_GROUP}/t:SmtpAddress`), 'sales@contoso.com');
    const list = await itemList(mock.user1);
    assert.equal(text(list, `${groupNamed('Sales')}/t:GroupType`), DG);
    assert.equal(text(list, `${groupNamed('Sales')}/t:SmtpAddress`), 'sales@contoso.com');
  });

  it('names the entry after the request DisplayName (dg-display-name)', async () => {
    const reply = await mock.user1.call(
      addDistributionGroupToImList('support@contoso.com', 'Help'),
    );
    expectSuccess(reply, 'AddDistributionGroupToImList');
    assert.equal(text(reply.doc, `${DG_GROUP}/t:DisplayName`), 'Help');
  });

  it('returns the existing entry for the same SMTP address, unchanged', async () => {
    const first = await addDistributionGroup(mock.user1, 'sales@contoso.com', 'Sales');
    const reply = await mock.user1.call(addDistributionGroupToImList('SALES@contoso.com', 'Other'));
    expectSuccess(reply, 'AddDistributionGroupToImList');
    assert.equal(text(reply.doc, `${DG_GROUP}/t:ExchangeStoreId/@Id`), first);
    assert.equal(text(reply.doc, `${DG_GROUP}/t:DisplayName`), 'Sales');
    const list = await itemList(mock.user1);
    assert.equal(count(list, `${ITEM_LIST}/t:Groups/t:ImGroup[t:GroupType = '${DG}']`), 1);
  });

  const invalid: Array<[string, string]> = [
    ['an unknown DG', 'nobody@contoso.com'],
    ['a mailbox, not a DG', 'user2@contoso.com'],
    ['no @', 'sales.contoso.com'],
    ['a display-name form', 'Sales <sales@contoso.com>'],
    ['a single-label domain', 'sales@contoso'],
    ['surrounding spaces', ' sales@contoso.com '],
  ];
  for (const [what, address] of invalid) {
    it(`gives ErrorInvalidImDistributionGroupSmtpAddress for ${what}`, async () => {
      const reply = await mock.user1.call(addDistributionGroupToImList(address, 'X'));
      const path = expectError(
        reply,
        'AddDistributionGroupToImList',
        'ErrorInvalidImDistributionGroupSmtpAddress',
      );
      assert.equal(
        text(reply.doc, `${path}/m:MessageText`),
        'The specified IM distribution group SMTP address is invalid.',
      );
      assert.equal(count(reply.doc, `${path}/m:ImGroup`), 0);
    });
  }

  it('takes no members: adding a contact to the DG entry is ErrorInvalidImGroupId', async () => {
    const dg = await addDistributionGroup(mock.user1, 'sales@contoso.com', 'Sales');
    const reply = await mock.user1.call(
      `<m:AddNewImContactToGroup><m:ImAddress>a@contoso.com</m:ImAddress><m:GroupId Id="${dg}"/>` +
        '</m:AddNewImContactToGroup>',
    );
    expectError(reply, 'AddNewImContactToGroup', 'ErrorInvalidImGroupId');
  });
});

describe('RemoveDistributionGroupFromImList', () => {
  it('removes only that DG entry', async () => {
    const sales = await addDistributionGroup(mock.user1, 'sales@contoso.com', 'Sales');
    await addDistributionGroup(mock.user1, 'support@contoso.com', 'Support');
    await createGroup(mock.user1, 'Team');
    const reply = await mock.user1.call(removeDistributionGroupFromImList(sales));
    const path = expectSuccess(reply, 'RemoveDistributionGroupFromImList');
    assert.deepEqual(childNames(reply.doc, path), ['ResponseCode']);
    const list = await itemList(mock.user1);
    assert.equal(count(list, groupNamed('Sales')), 0);
    assert.equal(count(list, groupNamed('Support')), 1);
    assert.equal(count(list, groupNamed('Team')), 1);
  });

  it('gives ErrorItemNotFound for an entry that was already removed (removed-dg)', async () => {
    const sales = await addDistributionGroup(mock.user1, 'sales@contoso.com', 'Sales');
    await mock.user1.call(removeDistributionGroupFromImList(sales));
    const reply = await mock.user1.call(removeDistributionGroupFromImList(sales));
    const path = expectError(reply, 'RemoveDistributionGroupFromImList', 'ErrorItemNotFound');
    assert.equal(
      text(reply.doc, `${path}/m:MessageText`),
      'The specified object was not found in the store.',
    );
  });

  it('gives ErrorInvalidImGroupId for a user group, a system group or a contact', async () => {
    const team = await createGroup(mock.user1, 'Team');
    const { contactId } = await addContact(mock.user1, {
      imAddress: 'a@contoso.com',
      groupId: team,
    });
    const other = groupIdOfType(await itemList(mock.user1), 'IPM.DistList.MOC.OtherContacts');
    for (const id of [team, other, contactId]) {
      const reply = await mock.user1.call(removeDistributionGroupFromImList(id));
      expectError(reply, 'RemoveDistributionGroupFromImList', 'ErrorInvalidImGroupId');
    }
    assert.equal(count(await itemList(mock.user1), groupNamed('Team')), 1);
  });

  it('checks the id generic-first', async () => {
    const theirs = await addDistributionGroup(mock.user2, 'sales@contoso.com', 'Sales');
    const cases: Array<[string, string]> = [
      ['', 'ErrorInvalidIdEmpty'],
      ['AAMkAGQ1MjJjMTBkLTc4Y2UtNDAAAQKAAA=', 'ErrorInvalidIdMalformed'],
      [theirs, 'ErrorNonExistentMailbox'],
    ];
    for (const [id, code] of cases) {
      const reply = await mock.user1.call(removeDistributionGroupFromImList(id));
      expectError(reply, 'RemoveDistributionGroupFromImList', code);
    }
  });

  it('RemoveImGroup does not remove a DG entry (ErrorInvalidImGroupId)', async () => {
    const sales = await addDistributionGroup(mock.user1, 'sales@contoso.com', 'Sales');
    expectError(
      await mock.user1.call(removeImGroup(sales)),
      'RemoveImGroup',
      'ErrorInvalidImGroupId',
    );
  });
});

describe('SetImGroup', () => {
  it('renames a user group; the new name is visible in GetImItemList', async () => {
    const team = await createGroup(mock.user1, 'Team');
    const { contactId } = await addContact(mock.user1, {
      imAddress: 'a@contoso.com',
      groupId: team,
    });
    const before = await itemList(mock.user1);
    const oldKey = text(before, `${groupNamed('Team')}/t:ExchangeStoreId/@ChangeKey`);
    const reply = await mock.user1.call(setImGroup(team, 'Renamed'));
    const path = expectSuccess(reply, 'SetImGroup');
    assert.deepEqual(childNames(reply.doc, path), ['ResponseCode']);
    const list = await itemList(mock.user1);
    assert.equal(count(list, groupNamed('Team')), 0);
    assert.equal(text(list, `${groupNamed('Renamed')}/t:ExchangeStoreId/@Id`), team);
    assert.notEqual(text(list, `${groupNamed('Renamed')}/t:ExchangeStoreId/@ChangeKey`), oldKey);
    assert.deepEqual(memberIds(list, 'Renamed'), [contactId]);
    expectSuccess(await mock.user1.call(addImGroup('Team')), 'AddImGroup');
    assert.equal(count(await itemList(mock.user1), `${ITEM_LIST}/t:Groups/t:ImGroup`), 5);
  });

  it('gives ErrorImGroupDisplayNameAlreadyExists for its own name, in any case', async () => {
    const team = await createGroup(mock.user1, 'Team');
    for (const name of ['Team', 'TEAM']) {
      const reply = await mock.user1.call(setImGroup(team, name));
      const path = expectError(reply, 'SetImGroup', 'ErrorImGroupDisplayNameAlreadyExists');
      assert.equal(
        text(reply.doc, `${path}/m:MessageText`),
        'An IM group with the specified display name already exists.',
      );
    }
  });

  it("gives the same code for another group's name, a system group's or a DG's", async () => {
    const team = await createGroup(mock.user1, 'Team');
    await createGroup(mock.user1, 'Friends');
    await itemList(mock.user1);
    await addDistributionGroup(mock.user1, 'sales@contoso.com', 'Sales');
    for (const name of ['Friends', 'favorites', 'Sales']) {
      const reply = await mock.user1.call(setImGroup(team, name));
      expectError(reply, 'SetImGroup', 'ErrorImGroupDisplayNameAlreadyExists');
    }
    assert.equal(count(await itemList(mock.user1), groupNamed('Team')), 1);
  });

  it('gives ErrorInvalidImGroupId for a system group, a DG entry or a contact', async () => {
    const list = await itemList(mock.user1);
    const favorites = groupIdOfType(list, 'IPM.DistList.MOC.Favorites');
    const dg = await addDistributionGroup(mock.user1, 'sales@contoso.com', 'Sales');
    const { contactId } = await addContact(mock.user1, { imAddress: 'a@contoso.com' });
    for (const id of [favorites, dg, contactId]) {
      expectError(
        await mock.user1.call(setImGroup(id, 'New')),
        'SetImGroup',
        'ErrorInvalidImGroupId',
      );
    }
  });

  it('checks the id generic-first', async () => {
    const theirs = await createGroup(mock.user2, 'Theirs');
    const cases: Array<[string, string]> = [
      ['', 'ErrorInvalidIdEmpty'],
      ['bad', 'ErrorInvalidIdMalformed'],
      [theirs, 'ErrorNonExistentMailbox'],
    ];
    for (const [id, code] of cases) {
      expectError(await mock.user1.call(setImGroup(id, 'New')), 'SetImGroup', code);
    }
  });
});

describe('SetImListMigrationCompleted', () => {
  it('accepts every xs:boolean spelling and changes nothing visible', async () => {
    await createGroup(mock.user1, 'Team');
    const before = await itemList(mock.user1);
    for (const value of [true, false, '1', '0', ' true ']) {
      const reply = await mock.user1.call(setImListMigrationCompleted(value));
      const path = expectSuccess(reply, 'SetImListMigrationCompleted');
      assert.deepEqual(childNames(reply.doc, path), ['ResponseCode']);
    }
    assert.deepEqual(groupTypes(await itemList(mock.user1)), groupTypes(before));
  });

  it('stores the flag per mailbox (visible only to the mock itself)', () => {
    const store = new Store();
    const context = { store, deviations: Deviations.none(), policies: resolvePolicies() };
    const [first, second] = ACCOUNTS;
    assert.ok(first && second);
    const send = (account: Account, value: string) =>
      handleSoap(Buffer.from(envelope(setImListMigrationCompleted(value))), account, context);
    assert.equal(store.mailbox(first.smtp).migrationCompleted, undefined);
    assert.equal(send(first, 'true').code, 'NoError');
    assert.equal(send(second, '0').code, 'NoError');
    assert.equal(store.mailbox(first.smtp).migrationCompleted, true);
    assert.equal(store.mailbox(second.smtp).migrationCompleted, false);
    send(first, ' false ');
    assert.equal(store.mailbox(first.smtp).migrationCompleted, false);
  });

  it('rejects a value that is no xs:boolean through the schema', async () => {
    const reply = await mock.user1.call(setImListMigrationCompleted('yes'));
    assert.equal(reply.status, 500);
    assert.match(reply.text, /a:ErrorSchemaValidation/);
  });
});
