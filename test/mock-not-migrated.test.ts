import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { MockClient } from '../mock/testkit/client.ts';
import { count, text } from '../mock/testkit/dom.ts';
import { expectError, expectFault, expectSuccess } from '../mock/testkit/expect.ts';
import { createGroup, itemList } from '../mock/testkit/flows.ts';
import * as req from '../mock/testkit/requests.ts';

const UNUSED_ID = 'AdOw0zmDtUTNgj/hnCy1wRgEAAAAAv+f';

describe('mock mailbox states: user3, whose IM list was never migrated', () => {
  let server: MockServer;
  let user3: MockClient;
  before(async () => {
    server = await startMock();
    user3 = MockClient.as(server, 'user3@contoso.com');
  });
  after(() => server.close());

  it('is a seeded account with password Passw0rd-3', () => {
    const account = server.accounts.find((a) => a.username === 'user3@contoso.com');
    assert.equal(account?.password, 'Passw0rd-3');
    assert.match(account?.note ?? '', /never migrated/);
  });

  it('answers every one of the 13 IM operations with ErrorFolderNotFound', async () => {
    const operations = req.everyOperation({ groupId: UNUSED_ID, contactId: '' });
    assert.equal(operations.length, 13);
    for (const [operation, body] of operations) {
      const reply = await user3.call(body);
      const path = expectError(reply, operation, 'ErrorFolderNotFound');
      assert.match(text(reply.doc, `${path}/m:MessageText`), /never migrated/);
      const payload = `${path}/m:Persona | ${path}/m:ImGroup | ${path}/m:ImItemList`;
      assert.equal(count(reply.doc, payload), 0, operation);
      assert.equal(count(reply.doc, '/soap:Envelope/soap:Header/t:ServerVersionInfo'), 1);
    }
  });

  it('stays not migrated after SetImListMigrationCompleted', async () => {
    await user3.call(req.setImListMigrationCompleted(true));
    const reply = await user3.call(req.getImItemList());
    expectError(reply, 'GetImItemList', 'ErrorFolderNotFound');
  });

  it('still gets SOAP faults for requests that fail before the operation runs', async () => {
    expectFault(await user3.call('<m:AddImGroup/>'), 'ErrorSchemaValidation');
    expectFault(
      await user3.call(req.getImItemList(), { version: null }),
      'ErrorIncorrectSchemaVersion',
    );
  });

  it('does not affect the migrated mailboxes', async () => {
    const user1 = MockClient.as(server, 'user1@contoso.com');
    await createGroup(user1, 'Team');
    expectSuccess(await user1.call(req.getImItemList()), 'GetImItemList');
    assert.equal(count(await itemList(user1), '//t:ImGroup'), 4);
  });
});
