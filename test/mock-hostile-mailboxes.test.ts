import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { decodeId, encodeId, type IdKind } from '../mock/state/ids.ts';
import { MockClient, type SoapReply } from '../mock/testkit/client.ts';
import { count, texts } from '../mock/testkit/dom.ts';
import { expectFault, responsePath } from '../mock/testkit/expect.ts';
import { addContact, addDistributionGroup, createGroup, ITEMS } from '../mock/testkit/flows.ts';
import * as req from '../mock/testkit/requests.ts';
import { assertNoLeak } from './hostile-http.ts';

/**
 * One account reaching into another's mailbox: by the other mailbox's ids, by impersonation
 * without rights, by ids forged with the other mailbox's GUID. Nothing of user2's mailbox is
 * read or changed, and no answer to user1 shows anything of it but what user1 sent.
 */
const SECRETS = /Secret|secret@fabrikam\.com|Support/;

let server: MockServer;
let user1: MockClient;
let user2: MockClient;
let theirs: { groupId: string; contactId: string; dgId: string; all: Set<string> };
let before2: string;

async function listText(client: MockClient): Promise<string> {
  return (await client.call(req.getImItemList())).text;
}

function idsIn(text: string): string[] {
  return [...text.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1] ?? '');
}

before(async () => {
  server = await startMock();
  user1 = MockClient.as(server, 'user1@contoso.com');
  user2 = MockClient.as(server, 'user2@contoso.com');
  const groupId = await createGroup(user2, 'Secret Family');
  const { contactId } = await addContact(user2, {
    imAddress: 'secret@fabrikam.com',
    displayName: 'Secret Person',
    groupId,
  });
  const dgId = await addDistributionGroup(user2, 'support@contoso.com', 'Support');
  before2 = await listText(user2);
  theirs = { groupId, contactId, dgId, all: new Set(idsIn(before2)) };
});
after(() => server.close());

/** The answer shows none of user2's names and none of user2's ids but those sent. */
function assertReveals(reply: SoapReply, request: string): void {
  assertNoLeak(reply);
  assert.doesNotMatch(reply.text, SECRETS);
  const sent = new Set(idsIn(request));
  const shown = idsIn(reply.text).filter((id) => theirs.all.has(id) && !sent.has(id));
  assert.deepEqual(shown, [], 'ids of the other mailbox in the answer');
}

/** ResponseClass, or "fault <code>". */
function outcome(reply: SoapReply, operation: string): string {
  if (reply.status === 500) return `fault ${texts(reply.doc, '//faultcode')[0]}`;
  const path = responsePath(operation);
  const [cls] = texts(reply.doc, `${path}/@ResponseClass`);
  const [code] = texts(reply.doc, `${path}/m:ResponseCode`);
  return `${cls} ${code}`;
}

describe('mock hostile input: one mailbox reaching into another', () => {
  it("refuses every operation on user2's ids, with ErrorNonExistentMailbox", async () => {
    const requests = [
      ...req.everyOperation({ groupId: theirs.groupId, contactId: theirs.contactId }),
      ['RemoveDistributionGroupFromImList', req.removeDistributionGroupFromImList(theirs.dgId)],
      ['SetImGroup', req.setImGroup(theirs.dgId, 'Mine now')],
    ] as Array<[string, string]>;
    const withIds = new Set(requests.filter(([, body]) => /Id="/.test(body)).map(([op]) => op));
    for (const [operation, body] of requests) {
      const reply = await user1.call(body);
      assertReveals(reply, body);
      if (operation === 'GetImItems') {
        assert.equal(outcome(reply, operation), 'Success NoError');
        assert.equal(count(reply.doc, `${ITEMS}/t:Groups/t:ImGroup`), 0);
        assert.equal(count(reply.doc, `${ITEMS}/t:Personas/t:Persona`), 0);
      } else if (withIds.has(operation)) {
        assert.equal(outcome(reply, operation), 'Error ErrorNonExistentMailbox', operation);
      }
    }
    assert.equal(await listText(user2), before2);
  });

  it('denies user1 impersonating user2, on every operation', async () => {
    const impersonate = { value: 'user2@contoso.com' };
    const ids = { groupId: theirs.groupId, contactId: theirs.contactId };
    for (const [, body] of req.everyOperation(ids)) {
      const reply = await user1.call(body, { impersonate });
      expectFault(reply, 'ErrorImpersonateUserDenied');
      assertReveals(reply, body);
    }
    const bySid = { kind: 'SID', value: 'S-1-5-21-1004336348-1177238915-682003330-1102' };
    const reply = await user1.call(req.removeImGroup(theirs.groupId), { impersonate: bySid });
    expectFault(reply, 'ErrorImpersonateUserDenied');
    assert.equal(await listText(user2), before2);
  });

  it("refuses ids forged with user2's mailbox GUID, whatever they name", async () => {
    const decoded = decodeId(theirs.groupId);
    assert.ok(decoded.ok);
    const guid = decoded.ref.mailboxGuid;
    const numbers = new Set([0, 0xffffffff]);
    for (const id of theirs.all) {
      const ref = decodeId(id);
      if (ref.ok) numbers.add(ref.ref.number);
    }
    const kinds: IdKind[] = ['folder', 'group', 'contact', 'persona'];
    const forged = kinds.flatMap((kind) =>
      [...numbers].map((number) => encodeId({ mailboxGuid: guid, kind, number })),
    );
    for (const id of forged) {
      const requests = req.everyOperation({ groupId: id, contactId: id });
      const sent = requests.filter(([, body]) => body.includes(id));
      const replies = await Promise.all(sent.map(([, body]) => user1.call(body)));
      sent.forEach(([operation, body], i) => {
        const reply = replies[i] as SoapReply;
        assertReveals(reply, body);
        const expected =
          operation === 'GetImItems' ? 'Success NoError' : 'Error ErrorNonExistentMailbox';
        assert.equal(outcome(reply, operation), expected, `${operation} ${id}`);
      });
    }
    assert.equal(await listText(user2), before2);
  });

  it('calls an id whose GUID was swapped without its checksum malformed', async () => {
    const mine = Buffer.from(await createGroup(user1, 'Mine'), 'base64');
    Buffer.from(theirs.groupId, 'base64').copy(mine, 1, 1, 17);
    const forged = mine.toString('base64');
    const reply = await user1.call(req.removeImGroup(forged));
    assert.equal(outcome(reply, 'RemoveImGroup'), 'Error ErrorInvalidIdMalformed');
    assert.equal(await listText(user2), before2);
  });
});
