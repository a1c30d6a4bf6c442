import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { type MockServer, startMock } from '../mock/server.ts';
import { MockClient } from '../mock/testkit/client.ts';
import { nodes, text } from '../mock/testkit/dom.ts';
import { expectFault, expectSuccess, FAULT, schemaPosition } from '../mock/testkit/expect.ts';
import {
  addImGroup,
  addNewImContactToGroup,
  envelope,
  getImItemList,
} from '../mock/testkit/requests.ts';
import { HTTPS_NS, NS } from '../support/xml/namespaces.ts';

const INCORRECT_VERSION =
  'The request is valid but does not specify the correct server version in the ' +
  'RequestServerVersion SOAP header.  Ensure that the RequestServerVersion SOAP header is set ' +
  'with the correct RequestServerVersionValue.';

let server: MockServer;
let user1: MockClient;
before(async () => {
  server = await startMock();
  user1 = MockClient.as(server, 'user1@contoso.com');
});
after(() => server.close());

/** Line and 1-based column of the name in `<prefix:name` within a request text. */
function locate(request: string, qname: string): { line: number; position: number } {
  const lines = request.split('\n');
  const line = lines.findIndex((l) => l.includes(`<${qname}`));
  assert.ok(line >= 0, `${qname} not in the request`);
  return { line: line + 1, position: (lines[line] ?? '').indexOf(`<${qname}`) + 2 };
}

describe('mock SOAP faults: shape', () => {
  it('has faultcode a:<Code> (a = types namespace), xml:lang and the detail', async () => {
    const reply = await user1.call('<m:AddNewImContactToGroup/>');
    expectFault(reply, 'ErrorSchemaValidation');
    const [faultcode] = nodes(reply.doc, `${FAULT}/faultcode`) as Element[];
    assert.equal(faultcode?.lookupNamespaceURI('a'), NS.t);
    const faultstring = `${FAULT}/faultstring`;
    assert.equal(text(reply.doc, `${faultstring}/@xml:lang`), 'en-US');
    assert.match(text(reply.doc, faultstring), /^The request failed schema validation: /);
    assert.equal(
      text(reply.doc, `${FAULT}/detail/e:Message`),
      'The request failed schema validation.',
    );
    const detail = nodes(reply.doc, `${FAULT}/detail/*`) as Element[];
    const names = detail.map((el) => `{${el.namespaceURI}}${el.localName}`);
    assert.deepEqual(names, [`{${NS.e}}ResponseCode`, `{${NS.e}}Message`, `{${NS.t}}MessageXml`]);
  });
});

describe('mock SOAP faults: schema validation', () => {
  it('reports a missing ImAddress at the operation element, naming ImAddress', async () => {
    const request = envelope(
      addNewImContactToGroup({ imAddress: 'x' }).replace(/<m:ImAddress>x<\/m:ImAddress>/, ''),
    );
    const reply = await user1.raw(request);
    assert.deepEqual(schemaPosition(reply), locate(request, 'm:AddNewImContactToGroup'));
    assert.match(text(reply.doc, `${FAULT}/detail/t:MessageXml/t:Violation`), /ImAddress/);
  });

  it('treats an https:// messages namespace as an unknown element (P01)', async () => {
    const request = envelope(getImItemList(), { messagesNs: HTTPS_NS.m });
    const reply = await user1.raw(request);
    assert.deepEqual(schemaPosition(reply), locate(request, 'm:GetImItemList'));
    assert.match(text(reply.doc, `${FAULT}/detail/t:MessageXml/t:Violation`), /https:\/\/schemas/);
  });

  it('reports an element of an unrelated namespace in the Body', async () => {
    const reply = await user1.call('<x:Ping xmlns:x="urn:example:other"/>');
    schemaPosition(reply);
    assert.match(text(reply.doc, `${FAULT}/faultstring`), /urn:example:other/);
  });

  it('faults a body that is not XML, with the parser line and column', async () => {
    const reply = await user1.raw('this is not XML');
    assert.deepEqual(schemaPosition(reply), { line: 1, position: 1 });
  });

  it('faults a raw & in a display name at its position (P12)', async () => {
    const request = envelope(
      '<m:AddImGroup><m:DisplayName>~!@#$%^&</m:DisplayName></m:AddImGroup>',
    );
    const reply = await user1.raw(request);
    const at = schemaPosition(reply);
    assert.equal(at.line, locate(request, 'm:AddImGroup').line);
    assert.ok(at.position > locate(request, 'm:DisplayName').position);
  });

  it('refuses a DOCTYPE without reading any external entity', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-xxe-'));
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-MARKER');
    const dtd = `<!DOCTYPE soap:Envelope [<!ENTITY x SYSTEM "${pathToFileURL(secret).href}">]>`;
    const request = envelope(addImGroup('PLACEHOLDER'))
      .replace('?>', `?>\n${dtd}`)
      .replace('PLACEHOLDER', '&x;');
    const reply = await user1.raw(request);
    assert.deepEqual(schemaPosition(reply), { line: 2, position: 1 });
    assert.match(text(reply.doc, `${FAULT}/detail/t:MessageXml/t:Violation`), /DTD/);
    assert.equal(reply.text.includes('TOP-SECRET-MARKER'), false);
  });

  it('faults a SOAP 1.2 envelope as a schema error naming the root', async () => {
    const request = envelope(getImItemList()).replace(
      NS.soap,
      'http://www.w3.org/2003/05/soap-envelope',
    );
    const reply = await user1.raw(request);
    assert.deepEqual(schemaPosition(reply), locate(request, 'soap:Envelope'));
    assert.match(text(reply.doc, `${FAULT}/faultstring`), /2003\/05\/soap-envelope/);
  });

  it('faults a Body with two elements', async () => {
    const reply = await user1.call(`${getImItemList()}${getImItemList()}`);
    schemaPosition(reply);
  });
});

describe('mock SOAP faults: RequestServerVersion', () => {
  for (const version of ['Exchange2019', 'Exchange2007_SP2', '15.2']) {
    it(`gives ErrorInvalidServerVersion for ${version}`, async () => {
      const reply = await user1.call(getImItemList(), { version });
      expectFault(reply, 'ErrorInvalidServerVersion');
      assert.equal(
        text(reply.doc, `${FAULT}/faultstring`),
        'The specified server version is invalid.',
      );
    });
  }

  for (const version of [null, 'Exchange2010_SP2', 'Exchange2007', 'Exchange2012']) {
    it(`gives ErrorIncorrectSchemaVersion for ${version ?? 'a missing header'}`, async () => {
      const reply = await user1.call(getImItemList(), { version });
      expectFault(reply, 'ErrorIncorrectSchemaVersion');
      assert.equal(text(reply.doc, `${FAULT}/faultstring`), INCORRECT_VERSION);
      assert.equal(text(reply.doc, `${FAULT}/detail/e:Message`), INCORRECT_VERSION);
      assert.equal(nodes(reply.doc, `${FAULT}/detail/t:MessageXml`).length, 0);
    });
  }

  it('prefers ErrorSchemaValidation when an old-version request is invalid anyway', async () => {
    const reply = await user1.call('<m:AddNewImContactToGroup/>', { version: 'Exchange2010_SP2' });
    expectFault(reply, 'ErrorSchemaValidation');
  });

  for (const version of ['Exchange2013_SP1', 'Exchange2016', 'V2018_01_08']) {
    it(`accepts ${version}`, async () => {
      expectSuccess(await user1.call(getImItemList(), { version }), 'GetImItemList');
    });
  }
});

describe('mock SOAP faults: MailboxCulture and TimeZoneContext', () => {
  it('rejects a culture that is not an xs:language through the schema', async () => {
    const reply = await user1.call(getImItemList(), { culture: 'en_US!' });
    schemaPosition(reply);
  });

  it('gives ErrorUnsupportedCulture for a well-formed culture it does not support', async () => {
    const reply = await user1.call(getImItemList(), { culture: 'tlh-KX' });
    expectFault(reply, 'ErrorUnsupportedCulture');
    assert.match(text(reply.doc, `${FAULT}/faultstring`), /tlh-KX/);
  });

  it('accepts supported cultures and uses the culture as the fault language', async () => {
    expectSuccess(await user1.call(getImItemList(), { culture: 'fr-FR' }), 'GetImItemList');
    expectSuccess(await user1.call(getImItemList(), { culture: 'de' }), 'GetImItemList');
    const reply = await user1.call(getImItemList(), { culture: 'de-DE', version: 'Exchange2010' });
    expectFault(reply, 'ErrorIncorrectSchemaVersion');
    assert.equal(text(reply.doc, `${FAULT}/faultstring/@xml:lang`), 'de-DE');
  });

  it('accepts and ignores a TimeZoneContext', async () => {
    const reply = await user1.call(getImItemList(), { timeZone: 'GMT Standard Time' });
    expectSuccess(reply, 'GetImItemList');
  });
});

const IM_OPERATIONS = [
  'AddDistributionGroupToImList',
  'AddImContactToGroup',
  'AddImGroup',
  'AddNewImContactToGroup',
  'AddNewTelUriContactToGroup',
  'GetImItemList',
  'GetImItems',
  'RemoveContactFromImList',
  'RemoveDistributionGroupFromImList',
  'RemoveImContactFromGroup',
  'RemoveImGroup',
  'SetImGroup',
  'SetImListMigrationCompleted',
];

describe('mock SOAP faults: unknown operations', () => {
  it('names an unknown messages-namespace operation and lists all 13 IM operations', async () => {
    const reply = await user1.call('<m:FooBar/>');
    expectFault(reply, 'ErrorInvalidRequest');
    const faultstring = text(reply.doc, `${FAULT}/faultstring`);
    assert.match(faultstring, /'FooBar'/);
    for (const op of IM_OPERATIONS) assert.ok(faultstring.includes(op), op);
  });

  it('validates the newer IM operations against the schema like the others', async () => {
    const reply = await user1.call(
      '<m:SetImGroup><m:NewDisplayName>x</m:NewDisplayName></m:SetImGroup>',
    );
    expectFault(reply, 'ErrorSchemaValidation');
    const missing = await user1.call(
      '<m:AddDistributionGroupToImList><m:SmtpAddress>a@b.c' +
        '</m:SmtpAddress></m:AddDistributionGroupToImList>',
    );
    expectFault(missing, 'ErrorSchemaValidation');
  });
});
