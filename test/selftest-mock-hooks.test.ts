import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startMock } from '../mock/server.ts';
import { MockClient } from '../mock/testkit/client.ts';
import { count, nodes, text } from '../mock/testkit/dom.ts';
import { FAULT, responsePath } from '../mock/testkit/expect.ts';
import { addContact, createGroup } from '../mock/testkit/flows.ts';
import * as req from '../mock/testkit/requests.ts';
import { NS } from '../support/xml/namespaces.ts';

/**
 * The fault hooks of the mock's reply path (HTTP status, content type, SOAP header, fault
 * shape), seen on the wire; the self-test (suite-self.test.ts) shows that the suite notices
 * each of them. The faithful mock shows none.
 */
async function withMock(faults: string[], run: (user1: MockClient) => Promise<void>) {
  const server = await startMock({ faults });
  try {
    await run(MockClient.as(server, 'user1@contoso.com'));
  } finally {
    await server.close();
  }
}

const SCHEMA_FAULT = '<m:AddNewImContactToGroup/>';
const VERSION_INFO = '/soap:Envelope/soap:Header/t:ServerVersionInfo';

function unknownGroup(user1: MockClient, groupId: string) {
  return user1.call(req.removeImGroup(groupId));
}

describe('the fault hooks of the reply path', () => {
  it('fault-status-200 and error-status-500 swap the HTTP status of faults and errors', () =>
    withMock(['fault-status-200', 'error-status-500'], async (user1) => {
      const fault = await user1.call(SCHEMA_FAULT);
      assert.equal(fault.status, 200);
      assert.equal(count(fault.doc, FAULT), 1);
      const group = await createGroup(user1, 'Gone');
      await user1.call(req.removeImGroup(group));
      const error = await unknownGroup(user1, group);
      assert.equal(error.status, 500);
      assert.equal(text(error.doc, `${responsePath('RemoveImGroup')}/@ResponseClass`), 'Error');
    }));

  it('content-type-latin1 mislabels AddNewImContactToGroup only', () =>
    withMock(['content-type-latin1'], async (user1) => {
      const { reply } = await addContact(user1, { imAddress: 'zoe@contoso.com' });
      assert.equal(reply.headers.get('content-type'), 'text/xml; charset=iso-8859-1');
      const other = await user1.call(req.getImItemList());
      assert.equal(other.headers.get('content-type'), 'text/xml; charset=utf-8');
    }));

  it('server-version-wrong-type gives MajorVersion a value that is no xs:int', () =>
    withMock(['server-version-wrong-type'], async (user1) => {
      const reply = await user1.call(req.getImItemList());
      assert.equal(text(reply.doc, `${VERSION_INFO}/@MajorVersion`), '15.2');
      assert.equal(text(reply.doc, `${VERSION_INFO}/@Version`), 'V2017_07_11');
    }));

  it('success-without-response-code leaves ResponseCode out of Success only', () =>
    withMock(['success-without-response-code'], async (user1) => {
      const ok = await user1.call(req.getImItemList());
      assert.equal(count(ok.doc, `${responsePath('GetImItemList')}/m:ResponseCode`), 0);
      const error = await unknownGroup(user1, 'not-an-id');
      const code = text(error.doc, `${responsePath('RemoveImGroup')}/m:ResponseCode`);
      assert.equal(code, 'ErrorInvalidIdMalformed');
    }));

  it('fault-code-wrong-namespace and schema-fault-without-position change the fault', () =>
    withMock(['fault-code-wrong-namespace', 'schema-fault-without-position'], async (user1) => {
      const reply = await user1.call(SCHEMA_FAULT);
      const [code] = nodes(reply.doc, `${FAULT}/faultcode`) as Element[];
      assert.equal(code?.lookupNamespaceURI('a'), NS.m);
      const xml = `${FAULT}/detail/t:MessageXml`;
      assert.deepEqual(
        (nodes(reply.doc, `${xml}/*`) as Element[]).map((e) => e.localName),
        ['Violation'],
      );
    }));

  it('the faithful mock shows none of them', () =>
    withMock([], async (user1) => {
      const fault = await user1.call(SCHEMA_FAULT);
      assert.equal(fault.status, 500);
      const [code] = nodes(fault.doc, `${FAULT}/faultcode`) as Element[];
      assert.equal(code?.lookupNamespaceURI('a'), NS.t);
      assert.equal(count(fault.doc, `${FAULT}/detail/t:MessageXml/t:LineNumber`), 1);
      const error = await unknownGroup(user1, 'not-an-id');
      assert.equal(error.status, 200);
      assert.equal(error.headers.get('content-type'), 'text/xml; charset=utf-8');
      assert.equal(text(error.doc, `${VERSION_INFO}/@MajorVersion`), '15');
    }));
});
