import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { XmlDocument, XmlValidateError } from 'libxml2-wasm';
import { envelopeValidator, schemaCompileMs } from '../mock/schema/validator.ts';
import { type MockServer, startMock } from '../mock/server.ts';
import { MockClient, type SoapReply } from '../mock/testkit/client.ts';
import { addContact, createGroup, groupIdOfType, itemList } from '../mock/testkit/flows.ts';
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
      ['ErrorInvalidRequest', user1.call('<m:GetImItems/>')],
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
    for (const fault of ['persona-without-personaid', 'https-namespace-response']) {
      const deviating = await startMock({ faults: [fault] });
      try {
        const client = MockClient.as(deviating, 'user1@contoso.com');
        const reply = await client.call(req.addNewImContactToGroup({ imAddress: 'a@contoso.com' }));
        assert.notEqual(problemOf(reply.text), undefined, fault);
      } finally {
        await deviating.close();
      }
    }
  });
});
