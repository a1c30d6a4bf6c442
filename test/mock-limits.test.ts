import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ResponseError } from '../mock/errors.ts';
import { type MockServer, startMock } from '../mock/server.ts';
import { DEFAULT_LIMITS, Mailbox } from '../mock/state/mailbox.ts';
import { MockClient } from '../mock/testkit/client.ts';
import { count } from '../mock/testkit/dom.ts';
import { expectError, expectSuccess } from '../mock/testkit/expect.ts';
import {
  addContact,
  addDistributionGroup,
  addTelContact,
  createGroup,
  ITEM_LIST,
  itemList,
} from '../mock/testkit/flows.ts';
import * as req from '../mock/testkit/requests.ts';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function user1With(limits: { groups?: number; contacts?: number } = {}) {
  server = await startMock({ limits });
  return MockClient.as(server, 'user1@contoso.com');
}

function tel(n: number) {
  return { telUri: `tel:555000${n}`, sipUri: `sip:t${n}@contoso.com`, phoneNumber: `555000${n}` };
}

describe('mock limits: groups (user groups and DG entries)', () => {
  it('allows exactly the configured number of user groups (3 here)', async () => {
    const user1 = await user1With({ groups: 3 });
    await itemList(user1);
    for (const name of ['one', 'two', 'three']) await createGroup(user1, name);
    const reply = await user1.call(req.addImGroup('four'));
    const path = expectError(reply, 'AddImGroup', 'ErrorImGroupLimitReached');
    assert.equal(count(reply.doc, `${path}/m:ImGroup`), 0);
    assert.equal(count(await itemList(user1), `${ITEM_LIST}/t:Groups/t:ImGroup`), 6);
  });

  it('counts DG entries against the same limit, both ways', async () => {
    const user1 = await user1With({ groups: 3 });
    await createGroup(user1, 'one');
    await createGroup(user1, 'two');
    await addDistributionGroup(user1, 'sales@contoso.com', 'Sales');
    const dg = await user1.call(req.addDistributionGroupToImList('support@contoso.com', 'Support'));
    expectError(dg, 'AddDistributionGroupToImList', 'ErrorImGroupLimitReached');
    expectError(
      await user1.call(req.addImGroup('three')),
      'AddImGroup',
      'ErrorImGroupLimitReached',
    );
    const existing = await user1.call(req.addDistributionGroupToImList('sales@contoso.com', 'S'));
    expectSuccess(existing, 'AddDistributionGroupToImList');
    expectSuccess(await user1.call(req.addImGroup('one')), 'AddImGroup');
  });

  it('frees a place when a user group or DG entry is removed', async () => {
    const user1 = await user1With({ groups: 2 });
    const one = await createGroup(user1, 'one');
    const sales = await addDistributionGroup(user1, 'sales@contoso.com', 'Sales');
    expectSuccess(await user1.call(req.removeImGroup(one)), 'RemoveImGroup');
    await addDistributionGroup(user1, 'support@contoso.com', 'Support');
    await user1.call(req.removeDistributionGroupFromImList(sales));
    await createGroup(user1, 'two');
    expectError(await user1.call(req.addImGroup('x')), 'AddImGroup', 'ErrorImGroupLimitReached');
  });

  it('allows 64 user groups by default, refuses the 65th; a DG takes a place', async () => {
    const user1 = await user1With();
    const ids: string[] = [];
    for (let n = 1; n <= 64; n += 1) ids.push(await createGroup(user1, `group ${n}`));
    expectError(
      await user1.call(req.addImGroup('group 65')),
      'AddImGroup',
      'ErrorImGroupLimitReached',
    );
    const list = await itemList(user1);
    assert.equal(count(list, `${ITEM_LIST}/t:Groups/t:ImGroup`), 64 + 3);
    expectSuccess(await user1.call(req.removeImGroup(ids[0] ?? '')), 'RemoveImGroup');
    await addDistributionGroup(user1, 'sales@contoso.com', 'Sales');
    const dg = await user1.call(req.addDistributionGroupToImList('support@contoso.com', 'Support'));
    expectError(dg, 'AddDistributionGroupToImList', 'ErrorImGroupLimitReached');
  });
});

describe('mock limits: contacts', () => {
  it('counts IM and TEL URI contacts together, exactly (3 here)', async () => {
    const user1 = await user1With({ contacts: 3 });
    await addContact(user1, { imAddress: 'a@contoso.com' });
    await addTelContact(user1, tel(1));
    await addContact(user1, { imAddress: 'b@contoso.com' });
    const byTel = await user1.call(req.addNewTelUriContactToGroup(tel(2)));
    const path = expectError(byTel, 'AddNewTelUriContactToGroup', 'ErrorImContactLimitReached');
    assert.equal(count(byTel.doc, `${path}/m:Persona`), 0);
    const byIm = await user1.call(req.addNewImContactToGroup({ imAddress: 'c@contoso.com' }));
    expectError(byIm, 'AddNewImContactToGroup', 'ErrorImContactLimitReached');
    await addTelContact(user1, tel(1));
    await addContact(user1, { imAddress: 'A@contoso.com' });
  });

  it('frees a place when RemoveContactFromImList deletes a contact', async () => {
    const user1 = await user1With({ contacts: 1 });
    const { contactId } = await addTelContact(user1, tel(1));
    expectSuccess(
      await user1.call(req.removeContactFromImList(contactId)),
      'RemoveContactFromImList',
    );
    await addTelContact(user1, tel(2));
  });

  it('allows 1000 contacts by default and refuses the 1001st (state level)', () => {
    const mailbox = new Mailbox('user1@contoso.com', '11111111-2222-4333-8444-555555555555');
    assert.equal(mailbox.limits.contacts, DEFAULT_LIMITS.contacts);
    for (let n = 0; n < 999; n += 1) mailbox.createContact(`c${n}@contoso.com`, `C${n}`);
    mailbox.createTelContact(tel(1));
    assert.throws(
      () => mailbox.createTelContact(tel(2)),
      (error: unknown) =>
        error instanceof ResponseError && error.code === 'ErrorImContactLimitReached',
    );
    assert.equal(mailbox.contacts.size, 1000);
  });
});
