import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FAULTS } from '../mock/faults.ts';
import { type MockServer, startMock } from '../mock/server.ts';
import { MockClient } from '../mock/testkit/client.ts';
import { count, nodes, text, texts } from '../mock/testkit/dom.ts';
import { addContact, ITEM_LIST, itemList, PERSONA } from '../mock/testkit/flows.ts';
import { addImGroup, addNewImContactToGroup } from '../mock/testkit/requests.ts';
import { HTTPS_NS, NS } from '../support/xml/namespaces.ts';

async function withMock(fault: string, run: (user1: MockClient) => Promise<void>): Promise<void> {
  const server: MockServer = await startMock({ faults: [fault] });
  try {
    await run(MockClient.as(server, 'user1@contoso.com'));
  } finally {
    await server.close();
  }
}

describe('mock deviations', () => {
  it('has a catalogue entry with a description for each deviation', () => {
    const names: string[] = FAULTS.map((f) => f.name);
    const tested = [
      'addimcontact-error-not-raised',
      'cleanup-noop',
      'dg-wrong-group-type',
      'display-name-ignored',
      'duplicate-contact',
      'getimitemlist-no-tagged-group',
      'getimitems-extra-group',
      'group-limit-off-by-one',
      'https-namespace-response',
      'migration-flag-fault',
      'no-server-version-info',
      'persona-without-personaid',
      'removecontact-keeps-membership',
      'removedg-removes-all',
      'setimgroup-no-rename',
      'telurl-persona-out-of-order',
    ];
    for (const name of tested) assert.ok(names.includes(name), name);
    assert.ok(FAULTS.every((f) => f.description.length > 10));
  });

  it('persona-without-personaid drops PersonaId from AddNewImContactToGroup only', () =>
    withMock('persona-without-personaid', async (user1) => {
      const { reply } = await addContact(user1, { imAddress: 'a@contoso.com' });
      assert.equal(count(reply.doc, `${PERSONA}/t:PersonaId`), 0);
      assert.equal(count(reply.doc, `${PERSONA}/t:PersonaType`), 1);
      const list = await itemList(user1);
      assert.equal(count(list, `${ITEM_LIST}/t:Personas/t:Persona/t:PersonaId`), 1);
    }));

  it('https-namespace-response moves the response message to the https:// namespaces', () =>
    withMock('https-namespace-response', async (user1) => {
      const reply = await user1.call(addImGroup('G'));
      assert.equal(reply.status, 200);
      assert.equal(count(reply.doc, '/soap:Envelope/soap:Body/m:AddImGroupResponse'), 0);
      const [message] = nodes(reply.doc, '/soap:Envelope/soap:Body/*') as Element[];
      assert.equal(message?.namespaceURI, HTTPS_NS.m);
      const names = message?.getElementsByTagNameNS(HTTPS_NS.t, 'DisplayName');
      assert.equal(names?.item(0)?.textContent, 'G');
      assert.equal(count(reply.doc, '/soap:Envelope/soap:Header/t:ServerVersionInfo'), 1);
    }));

  it('no-server-version-info sends responses without the SOAP header', () =>
    withMock('no-server-version-info', async (user1) => {
      const reply = await user1.call(addImGroup('G'));
      assert.equal(count(reply.doc, '/soap:Envelope/soap:Header'), 0);
      assert.equal(count(reply.doc, '/soap:Envelope/soap:Body/m:AddImGroupResponse'), 1);
    }));

  it('duplicate-contact creates a second contact for the same IM address', () =>
    withMock('duplicate-contact', async (user1) => {
      const first = await addContact(user1, { imAddress: 'dup@contoso.com' });
      const second = await addContact(user1, { imAddress: 'dup@contoso.com' });
      assert.notEqual(first.contactId, second.contactId);
      const list = await itemList(user1);
      assert.deepEqual(texts(list, `${ITEM_LIST}/t:Personas/t:Persona/t:ImAddress`), [
        'dup@contoso.com',
        'dup@contoso.com',
      ]);
    }));

  it('display-name-ignored names the persona after its IM address', () =>
    withMock('display-name-ignored', async (user1) => {
      const reply = await user1.call(
        addNewImContactToGroup({ imAddress: 'tsmith@contoso.com', displayName: 'Tony Smith' }),
      );
      assert.equal(text(reply.doc, `${PERSONA}/t:DisplayName`), 'tsmith@contoso.com');
    }));

  it('the faithful mock shows none of these deviations', async () => {
    const server = await startMock();
    try {
      const user1 = MockClient.as(server, 'user1@contoso.com');
      const reply = await user1.call(
        addNewImContactToGroup({ imAddress: 'tsmith@contoso.com', displayName: 'Tony Smith' }),
      );
      assert.equal(text(reply.doc, `${PERSONA}/t:DisplayName`), 'Tony Smith');
      assert.equal(count(reply.doc, `${PERSONA}/t:PersonaId`), 1);
      const [message] = nodes(reply.doc, '/soap:Envelope/soap:Body/*') as Element[];
      assert.equal(message?.namespaceURI, NS.m);
      assert.equal(count(reply.doc, '/soap:Envelope/soap:Header/t:ServerVersionInfo'), 1);
    } finally {
      await server.close();
    }
  });
});
