import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { MockClient, type SoapReply } from '../mock/testkit/client.ts';
import { text, texts } from '../mock/testkit/dom.ts';
import { expectError, expectSuccess } from '../mock/testkit/expect.ts';
import { createGroup, ITEM_LIST, ITEMS, itemList, memberIds } from '../mock/testkit/flows.ts';
import type { EnvelopeOptions } from '../mock/testkit/requests.ts';
import * as req from '../mock/testkit/requests.ts';

/**
 * The mock under load, bounded in count and time, loopback only: many clients on the seeded
 * mailboxes at once (directly and through impersonation), every one mixing the operations.
 * Nothing is lost or duplicated, each client's reads show every write it completed, the
 * limits hold exactly when many race for the last places, and user3 stays not migrated.
 */
const CLIENTS_PER_CALLER = 3;
/** Steps per client; with two callers on user1, 6 clients make 24 of its 64 groups. */
const STEPS = 4;
const TIME_LIMIT_MS = 45_000;

/** A caller and the mailbox it acts in. */
interface Caller {
  username: string;
  mailbox: string;
  impersonate?: string;
}

const CALLERS: Caller[] = [
  { username: 'user1@contoso.com', mailbox: 'user1@contoso.com' },
  { username: 'user2@contoso.com', mailbox: 'user2@contoso.com' },
  { username: 'svc@contoso.com', mailbox: 'svc@contoso.com' },
  { username: 'svc@contoso.com', mailbox: 'user1@contoso.com', impersonate: 'user1@contoso.com' },
  { username: 'svc@contoso.com', mailbox: 'user2@contoso.com', impersonate: 'user2@contoso.com' },
];

interface Group {
  id: string;
  members: Set<string>;
}

const PERSONA = '/soap:Envelope/soap:Body/m:AddNewImContactToGroupResponse/m:Persona';

class LoadClient {
  /** What this client has made and not removed: its groups by name, with their members. */
  readonly model = new Map<string, Group>();
  /** IM address by contact id. */
  readonly addresses = new Map<string, string>();
  /** The group made at each step (renamed or not). */
  private readonly made: Group[] = [];
  private readonly options: EnvelopeOptions;

  constructor(
    private readonly client: MockClient,
    readonly caller: Caller,
    readonly tag: string,
  ) {
    this.options = caller.impersonate ? { impersonate: { value: caller.impersonate } } : {};
  }

  call(body: string): Promise<SoapReply> {
    return this.client.call(body, this.options);
  }

  private async addGroup(name: string): Promise<string> {
    const reply = await this.call(req.addImGroup(name));
    const path = expectSuccess(reply, 'AddImGroup');
    return text(reply.doc, `${path}/m:ImGroup/t:ExchangeStoreId/@Id`);
  }

  /** A new group with a new contact in it, then one more operation on what came before. */
  async step(n: number): Promise<void> {
    const name = `${this.tag}-g${n}`;
    const group: Group = { id: await this.addGroup(name), members: new Set() };
    this.model.set(name, group);
    this.made.push(group);
    const address = `${this.tag}-c${n}@fabrikam.com`;
    const body = req.addNewImContactToGroup({ imAddress: address, groupId: group.id });
    const added = await this.call(body);
    expectSuccess(added, 'AddNewImContactToGroup');
    const contactId = text(added.doc, `${PERSONA}/t:Attributions/t:Attribution/t:SourceId/@Id`);
    group.members.add(contactId);
    this.addresses.set(contactId, address);
    const previous = this.made[n - 1];
    if (previous) await this.mix(n, name, contactId, previous);
  }

  /** Into the previous group too; then a rename, a removal, or an empty group made and gone. */
  private async mix(n: number, name: string, contactId: string, previous: Group) {
    const reply = await this.call(req.addImContactToGroup(contactId, previous.id));
    expectSuccess(reply, 'AddImContactToGroup');
    previous.members.add(contactId);
    if (n % 3 === 1) await this.rename(name);
    if (n % 3 === 2) {
      const removed = await this.call(req.removeImContactFromGroup(contactId, previous.id));
      expectSuccess(removed, 'RemoveImContactFromGroup');
      previous.members.delete(contactId);
    }
    if (n % 3 === 0) {
      const id = await this.addGroup(`${this.tag}-empty${n}`);
      expectSuccess(await this.call(req.removeImGroup(id)), 'RemoveImGroup');
    }
  }

  private async rename(name: string): Promise<void> {
    const group = this.model.get(name) as Group;
    const renamed = `${name}-renamed`;
    expectSuccess(await this.call(req.setImGroup(group.id, renamed)), 'SetImGroup');
    this.model.delete(name);
    this.model.set(renamed, group);
  }

  /** Every write this client completed shows in a list read after it. */
  async checkReads(): Promise<void> {
    const reply = await this.call(req.getImItemList());
    expectSuccess(reply, 'GetImItemList');
    assert.deepEqual(ownGroups(reply.doc, `${this.tag}-`), modelGroups([this]));
    const ids = [...this.model.values()].map((g) => g.id);
    const items = await this.call(req.getImItems({ groupIds: ids }));
    expectSuccess(items, 'GetImItems');
    const names = texts(items.doc, `${ITEMS}/t:Groups/t:ImGroup/t:DisplayName`);
    assert.deepEqual(names.sort(), [...this.model.keys()].sort());
  }
}

/** `name: member ids` of the groups in an item list whose names start with the prefix. */
function ownGroups(doc: Document, prefix: string): string[] {
  const groups = `${ITEM_LIST}/t:Groups/t:ImGroup[starts-with(t:DisplayName, '${prefix}')]`;
  return texts(doc, `${groups}/t:DisplayName`)
    .map((name) => `${name}: ${memberIds(doc, name).sort().join(' ')}`)
    .sort();
}

function modelGroups(clients: LoadClient[]): string[] {
  return clients
    .flatMap((c) => [...c.model].map(([name, g]) => `${name}: ${[...g.members].sort().join(' ')}`))
    .sort();
}

/** The mailbox holds exactly its clients' groups and members, each contact once. */
async function checkMailbox(owner: MockClient, clients: LoadClient[]): Promise<void> {
  const list = await itemList(owner);
  const mailbox = owner.account.username;
  assert.deepEqual(ownGroups(list, 'L'), modelGroups(clients), mailbox);
  const shown = texts(list, `${ITEM_LIST}/t:Personas/t:Persona/t:ImAddress`);
  assert.equal(new Set(shown).size, shown.length, `${mailbox}: a contact twice`);
  const kept = new Set(
    clients.flatMap((c) =>
      [...c.model.values()].flatMap((g) => [...g.members].map((id) => c.addresses.get(id))),
    ),
  );
  assert.deepEqual(shown.filter((a) => a.startsWith('L')).sort(), [...kept].sort(), mailbox);
}

describe('mock under load', () => {
  let server: MockServer;
  before(async () => {
    server = await startMock();
  });
  after(() => server.close());

  it('loses and duplicates nothing with many clients on many mailboxes', {
    timeout: TIME_LIMIT_MS,
  }, async () => {
    const clients = CALLERS.flatMap((caller, c) =>
      Array.from(
        { length: CLIENTS_PER_CALLER },
        (_, i) => new LoadClient(MockClient.as(server, caller.username), caller, `L${c}x${i}`),
      ),
    );
    const user3 = MockClient.as(server, 'user3@contoso.com');
    const notMigrated = Array.from({ length: 10 }, () => user3.call(req.addImGroup('Never')));
    await Promise.all(
      clients.map(async (client) => {
        for (let n = 0; n < STEPS; n += 1) {
          await client.step(n);
          await client.checkReads();
        }
      }),
    );
    for (const reply of await Promise.all(notMigrated)) {
      expectError(reply, 'AddImGroup', 'ErrorFolderNotFound');
    }
    for (const mailbox of new Set(CALLERS.map((c) => c.mailbox))) {
      const owners = clients.filter((c) => c.caller.mailbox === mailbox);
      await checkMailbox(MockClient.as(server, mailbox), owners);
    }
  });
});

describe('mock limits under a race for the last places', () => {
  let server: MockServer;
  before(async () => {
    server = await startMock({ limits: { contacts: 30 } });
  });
  after(() => server.close());

  it('allows exactly 64 user groups, never 65, however many ask at once', async () => {
    const user1 = MockClient.as(server, 'user1@contoso.com');
    const svc = MockClient.as(server, 'svc@contoso.com');
    const impersonate = { value: 'user1@contoso.com' };
    const replies = await Promise.all(
      Array.from({ length: 90 }, (_, i) =>
        i % 2 === 0
          ? user1.call(req.addImGroup(`Race ${i}`))
          : svc.call(req.addImGroup(`Race ${i}`), { impersonate }),
      ),
    );
    const codes = replies.map((r) => texts(r.doc, '//m:ResponseCode')[0]);
    assert.equal(codes.filter((c) => c === 'NoError').length, 64);
    assert.equal(codes.filter((c) => c === 'ErrorImGroupLimitReached').length, 26);
    const list = await itemList(user1);
    const userGroups = texts(
      list,
      `${ITEM_LIST}/t:Groups/t:ImGroup[t:GroupType = 'IPM.DistList.MOC.UserGroup']/t:DisplayName`,
    );
    assert.equal(userGroups.length, 64);
    assert.equal(new Set(userGroups).size, 64);
  });

  it('allows exactly the contact limit, however many ask at once', async () => {
    const user2 = MockClient.as(server, 'user2@contoso.com');
    const groupId = await createGroup(user2, 'Crowd');
    const replies = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        user2.call(req.addNewImContactToGroup({ imAddress: `crowd${i}@fabrikam.com`, groupId })),
      ),
    );
    const codes = replies.map((r) => texts(r.doc, '//m:ResponseCode')[0]);
    assert.equal(codes.filter((c) => c === 'NoError').length, 30);
    assert.equal(codes.filter((c) => c === 'ErrorImContactLimitReached').length, 15);
    const list = await itemList(user2);
    assert.equal(texts(list, `${ITEM_LIST}/t:Personas/t:Persona`).length, 30);
    const late = await user2.call(
      req.addNewImContactToGroup({ imAddress: 'late@fabrikam.com', groupId }),
    );
    expectError(late, 'AddNewImContactToGroup', 'ErrorImContactLimitReached');
  });
});
