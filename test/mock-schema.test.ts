import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { XmlDocument, XmlValidateError } from 'libxml2-wasm';
import { envelopeValidator, schemaCompileMs } from '../mock/schema/validator.ts';
import { type MockServer, startMock } from '../mock/server.ts';
import { MockClient, type SoapReply } from '../mock/testkit/client.ts';
import {
  addContact,
  addDistributionGroup,
  addTelContact,
  createGroup,
  groupIdOfType,
  itemList,
} from '../mock/testkit/flows.ts';
import * as req from '../mock/testkit/requests.ts';

/** Validates a response with the mock's own schema; returns the first problem, if any. */
function problemOf(xml: string): string | undefined {
  const doc = XmlDocument.fromString(xml);
  try {
    envelopeValidator().validate(doc);
    return undefined;
  } catch (error) {
    if (error instanceof XmlValidateError) return error.message;
    throw error;
  } finally {
    doc.dispose();
  }
}

function assertValid(reply: SoapReply, what: string): void {
  assert.equal(problemOf(reply.text), undefined, `${what}: ${reply.text}`);
}

describe('mock responses against the mock schema', () => {
  let server: MockServer;
  let user1: MockClient;
  let user2: MockClient;
  let svc: MockClient;
  before(async () => {
    server = await startMock({ limits: { groups: 1, contacts: 2 } });
    user1 = MockClient.as(server, 'user1@contoso.com');
    user2 = MockClient.as(server, 'user2@contoso.com');
    svc = MockClient.as(server, 'svc@contoso.com');
  });
  after(() => server.close());

  it('compiled the schema once, and quickly', () => {
    const ms = schemaCompileMs();
    assert.ok(ms !== undefined && ms < 5000, `compile took ${ms} ms`);
    assert.equal(envelopeValidator(), envelopeValidator());
  });

  it('validates every success response', async () => {
    const team = await createGroup(user1, 'Team');
    const withEmail = await addContact(user1, {
      imAddress: 'sip:a@contoso.com',
      displayName: 'A',
      groupId: team,
    });
    assertValid(withEmail.reply, 'AddNewImContactToGroup with e-mail');
    const plain = await addContact(user1, { imAddress: 'no-email', displayName: 'N' });
    assertValid(plain.reply, 'AddNewImContactToGroup without e-mail');
    assertValid(await user1.call(req.addImGroup('Team')), 'AddImGroup with members');
    assertValid(await user1.call(req.getImItemList()), 'GetImItemList');
    assertValid(await user2.call(req.getImItemList()), 'GetImItemList, no personas');
    const removed = await user1.call(req.removeImContactFromGroup(withEmail.contactId, team));
    assertValid(removed, 'RemoveImContactFromGroup');
    assertValid(await user1.call(req.removeImGroup(team)), 'RemoveImGroup');
  });

  it('validates every error response', async () => {
    const theirs = await createGroup(user2, 'Theirs');
    await addContact(user1, { imAddress: 'fills-the-limit@contoso.com' });
    const tagged = groupIdOfType(await itemList(user1), 'IPM.DistList.MOC.Tagged');
    const errors: Array<[string, string]> = [
      [
        'ErrorNonExistentMailbox',
        req.addNewImContactToGroup({ imAddress: 'x@y.z', groupId: theirs }),
      ],
      ['ErrorInvalidIdMalformed', req.removeImGroup('nope')],
      ['ErrorInvalidIdEmpty', req.removeImGroup('')],
      ['ErrorInvalidImContactId', req.removeImContactFromGroup(tagged, tagged)],
      ['ErrorImContactLimitReached', req.addNewImContactToGroup({ imAddress: 'third@y.z' })],
    ];
    for (const [code, body] of errors) {
      const reply = await user1.call(body);
      assert.match(reply.text, new RegExp(`<ResponseCode>${code}<`), code);
      assertValid(reply, code);
    }
    await createGroup(user1, 'fills the limit');
    const limit = await user1.call(req.addImGroup('one too many'));
    assert.match(limit.text, /ErrorImGroupLimitReached/);
    assertValid(limit, 'ErrorImGroupLimitReached');
  });

  it('validates every SOAP fault', async () => {
    const faults: Array<[string, Promise<SoapReply>]> = [
      ['ErrorSchemaValidation', user1.call('<m:AddNewImContactToGroup/>')],
      ['ErrorSchemaValidation', user1.raw('not xml')],
      ['ErrorIncorrectSchemaVersion', user1.call(req.getImItemList(), { version: null })],
      ['ErrorInvalidServerVersion', user1.call(req.getImItemList(), { version: 'Exchange2019' })],
      ['ErrorUnsupportedCulture', user1.call(req.getImItemList(), { culture: 'tlh' })],
      ['ErrorInvalidRequest', user1.call('<m:GetImItemz/>')],
      [
        'ErrorImpersonateUserDenied',
        user1.call(req.getImItemList(), { impersonate: { value: 'svc@contoso.com' } }),
      ],
      [
        'ErrorNonExistentMailbox',
        svc.call(req.getImItemList(), { impersonate: { value: 'x@contoso.com' } }),
      ],
    ];
    for (const [code, pending] of faults) {
      const reply = await pending;
      assert.match(reply.text, new RegExp(`a:${code}<`), code);
      assertValid(reply, code);
    }
  });

  it('tells the deviating responses apart: they do not validate', async () => {
    const tel = req.addNewTelUriContactToGroup({
      telUri: 'tel:1',
      sipUri: 'sip:t@x.y',
      phoneNumber: '1',
    });
    const cases: Array<[string, string]> = [
      ['persona-without-personaid', req.addNewImContactToGroup({ imAddress: 'a@contoso.com' })],
      ['https-namespace-response', req.addNewImContactToGroup({ imAddress: 'a@contoso.com' })],
      ['telurl-persona-out-of-order', tel],
    ];
    for (const [fault, body] of cases) {
      const deviating = await startMock({ faults: [fault] });
      try {
        const reply = await MockClient.as(deviating, 'user1@contoso.com').call(body);
        assert.notEqual(problemOf(reply.text), undefined, fault);
      } finally {
        await deviating.close();
      }
    }
  });
});

/** The response's ResponseCode is `code` (NoError for success) and it validates. */
function assertValidWith(reply: SoapReply, operation: string, code: string): void {
  const found = new RegExp(`<${operation}Response [^>]*>.*<ResponseCode>${code}</ResponseCode>`);
  assert.match(reply.text, found, `${operation} ${code}`);
  assertValid(reply, `${operation} ${code}`);
}

describe('mock responses of every operation against the mock schema', () => {
  let server: MockServer;
  let user1: MockClient;
  let user2: MockClient;
  let user3: MockClient;
  const tel = {
    telUri: 'tel:5625550100',
    sipUri: 'sip:john@contoso.com',
    phoneNumber: '5625550100',
  };
  before(async () => {
    server = await startMock({ limits: { groups: 3, contacts: 3 } });
    user1 = MockClient.as(server, 'user1@contoso.com');
    user2 = MockClient.as(server, 'user2@contoso.com');
    user3 = MockClient.as(server, 'user3@contoso.com');
  });
  after(() => server.close());

  it('validates the success responses of all 13 operations', async () => {
    const team = await createGroup(user1, 'Team');
    const ann = await addContact(user1, { imAddress: 'ann@contoso.com', groupId: team });
    assertValidWith(ann.reply, 'AddNewImContactToGroup', 'NoError');
    const john = await addTelContact(user1, { ...tel, groupId: team });
    assertValidWith(john.reply, 'AddNewTelUriContactToGroup', 'NoError');
    const other = await user1.call(req.addNewTelUriContactToGroup({ ...tel, telUri: 'tel:2' }));
    assertValidWith(other, 'AddNewTelUriContactToGroup', 'NoError');
    const dgReply = await user1.call(req.addDistributionGroupToImList('sales@contoso.com', 'S'));
    assertValidWith(dgReply, 'AddDistributionGroupToImList', 'NoError');
    const dg = await addDistributionGroup(user1, 'sales@contoso.com', 'S');
    const friends = await createGroup(user1, 'Friends');
    const ok: Array<[string, string]> = [
      ['AddImContactToGroup', req.addImContactToGroup(ann.contactId, friends)],
      ['AddImContactToGroup', req.addImContactToGroup(john.contactId)],
      ['AddImGroup', req.addImGroup('Team')],
      ['GetImItemList', req.getImItemList()],
      [
        'GetImItems',
        req.getImItems({
          contactIds: [ann.contactId, john.contactId, 'junk'],
          groupIds: [team, dg, friends],
          extendedProperties: ['0x3001'],
        }),
      ],
      ['GetImItems', req.getImItems({})],
      ['SetImGroup', req.setImGroup(friends, 'Pals')],
      ['SetImListMigrationCompleted', req.setImListMigrationCompleted(true)],
      ['RemoveImContactFromGroup', req.removeImContactFromGroup(ann.contactId, friends)],
      ['RemoveContactFromImList', req.removeContactFromImList(john.contactId)],
      ['RemoveDistributionGroupFromImList', req.removeDistributionGroupFromImList(dg)],
      ['RemoveImGroup', req.removeImGroup(friends)],
    ];
    for (const [operation, body] of ok) {
      assertValidWith(await user1.call(body), operation, 'NoError');
    }
  });

  it('validates each documented error response of the newer operations', async () => {
    const team = await createGroup(user2, 'Team');
    const sales = await addDistributionGroup(user2, 'sales@contoso.com', 'Sales');
    const { contactId } = await addContact(user2, { imAddress: 'a@contoso.com', groupId: team });
    const favorites = groupIdOfType(await itemList(user2), 'IPM.DistList.MOC.Favorites');
    await user2.call(req.removeDistributionGroupFromImList(sales));
    const errors: Array<[string, string, string]> = [
      ['AddImContactToGroup', 'ErrorInvalidImContactId', req.addImContactToGroup(team, team)],
      [
        'AddImContactToGroup',
        'ErrorInvalidImGroupId',
        req.addImContactToGroup(contactId, contactId),
      ],
      [
        'AddNewTelUriContactToGroup',
        'ErrorItemNotFound',
        req.addNewTelUriContactToGroup({ ...tel, groupId: sales }),
      ],
      [
        'AddNewTelUriContactToGroup',
        'ErrorInvalidIdMalformed',
        req.addNewTelUriContactToGroup({ ...tel, groupId: 'x' }),
      ],
      [
        'AddDistributionGroupToImList',
        'ErrorInvalidImDistributionGroupSmtpAddress',
        req.addDistributionGroupToImList('nobody@contoso.com', 'N'),
      ],
      ['RemoveContactFromImList', 'ErrorInvalidImContactId', req.removeContactFromImList(team)],
      ['RemoveContactFromImList', 'ErrorInvalidIdEmpty', req.removeContactFromImList('')],
      [
        'RemoveDistributionGroupFromImList',
        'ErrorItemNotFound',
        req.removeDistributionGroupFromImList(sales),
      ],
      [
        'RemoveDistributionGroupFromImList',
        'ErrorInvalidImGroupId',
        req.removeDistributionGroupFromImList(team),
      ],
      ['SetImGroup', 'ErrorImGroupDisplayNameAlreadyExists', req.setImGroup(team, 'Team')],
      ['SetImGroup', 'ErrorInvalidImGroupId', req.setImGroup(favorites, 'F')],
      [
        'SetImGroup',
        'ErrorNonExistentMailbox',
        req.setImGroup(await createGroup(user1, 'Mine'), 'F'),
      ],
    ];
    for (const [operation, code, body] of errors) {
      assertValidWith(await user2.call(body), operation, code);
    }
  });

  it('validates the limit errors of the TEL URI and DG operations', async () => {
    const svc = MockClient.as(server, 'svc@contoso.com');
    for (const n of [1, 2, 3]) await addTelContact(svc, { ...tel, telUri: `tel:${n}` });
    const contacts = await svc.call(req.addNewTelUriContactToGroup({ ...tel, telUri: 'tel:4' }));
    assertValidWith(contacts, 'AddNewTelUriContactToGroup', 'ErrorImContactLimitReached');
    for (const name of ['a', 'b', 'c']) await createGroup(svc, name);
    const groups = await svc.call(req.addDistributionGroupToImList('sales@contoso.com', 'S'));
    assertValidWith(groups, 'AddDistributionGroupToImList', 'ErrorImGroupLimitReached');
  });

  it("validates the not-migrated mailbox's error for all 13 operations", async () => {
    for (const [operation, body] of req.everyOperation({ groupId: '', contactId: '' })) {
      assertValidWith(await user3.call(body), operation, 'ErrorFolderNotFound');
    }
  });

  it('validates the SOAP fault of migration-flag-fault', async () => {
    const deviating = await startMock({ faults: ['migration-flag-fault'] });
    try {
      const client = MockClient.as(deviating, 'user1@contoso.com');
      const reply = await client.call(req.setImListMigrationCompleted(false));
      assert.match(reply.text, /a:ErrorInternalServerError</);
      assertValid(reply, 'migration-flag-fault');
    } finally {
      await deviating.close();
    }
  });
});
