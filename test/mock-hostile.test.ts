import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { type MockServer, startMock } from '../mock/server.ts';
import { basic, MockClient } from '../mock/testkit/client.ts';
import { expectError, expectSuccess } from '../mock/testkit/expect.ts';
import {
  addImGroup,
  envelope,
  getImItemList,
  getImItems,
  setImGroup,
} from '../mock/testkit/requests.ts';
import {
  expectFaultCode,
  expectPlain,
  expectSchemaFault,
  type RawReply,
  type RawRequest,
  send,
  soap,
  XML_TYPE,
} from './hostile-http.ts';

/**
 * The mock under hostile requests: each is answered with the SOAP fault or HTTP status a real
 * EWS server gives (mock/README.md "Hostile input"), quickly, without a stack trace, and none
 * of them changes a mailbox.
 */
/** Generous: a hang, not a busy machine, is what it must catch (answers take milliseconds). */
const BOUND_MS = 10_000;
const AUTH = { Authorization: basic('user1@contoso.com', 'Passw0rd-1') };
const OK = envelope(getImItemList());

let server: MockServer;
let user1: MockClient;
let user2: MockClient;
let snapshot: string[];

async function lists(): Promise<string[]> {
  const replies = await Promise.all([user1.call(getImItemList()), user2.call(getImItemList())]);
  return replies.map((reply) => reply.text);
}

before(async () => {
  server = await startMock();
  user1 = MockClient.as(server, 'user1@contoso.com');
  user2 = MockClient.as(server, 'user2@contoso.com');
  expectSuccess(await user1.call(addImGroup('Family')), 'AddImGroup');
  snapshot = await lists();
});
after(() => server.close());

/** Sends as user1 with the XML content type unless `spec` says otherwise. */
async function hostile(body: string | Uint8Array, spec: RawRequest = {}): Promise<RawReply> {
  const reply = await send(server.url, {
    body,
    ...spec,
    headers: { ...XML_TYPE, ...AUTH, ...spec.headers },
  });
  assert.ok(reply.ms < BOUND_MS, `answered after ${reply.ms} ms`);
  return reply;
}

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return order === 'le' ? le : le.swap16();
}

describe('mock hostile input: bytes, types and encodings', () => {
  it('faults a body that is not XML, truncated or empty, at the parser position', async () => {
    expectSchemaFault(await hostile('this is not XML'), /Start tag expected/);
    expectSchemaFault(await hostile(OK.slice(0, 120)), /expected|Couldn't find end/);
    expectSchemaFault(await hostile(''), /Document is empty/);
    expectSchemaFault(await hostile(Buffer.alloc(64)), /Document is empty|Char 0x0/);
  });

  it('answers a missing or non-XML content type with 415', async () => {
    const noType = await send(server.url, { body: Buffer.from(OK), headers: AUTH });
    expectPlain(noType, 415, /content type '' was not the expected type 'text\/xml/);
    for (const type of ['application/json', 'application/soap+xml; charset=utf-8', 'text/plain']) {
      const reply = await hostile(OK, { headers: { 'Content-Type': type } });
      expectPlain(reply, 415, /415 Unsupported Media Type/);
    }
  });

  it('answers a charset other than UTF-8 or UTF-16 with 415', async () => {
    const reply = await hostile(OK, {
      headers: { 'Content-Type': 'text/xml; charset=iso-8859-1' },
    });
    expectPlain(reply, 415, /charset=iso-8859-1/);
  });

  it('reads the body in the charset it names: UTF-8 bytes sent as UTF-16 fault', async () => {
    const reply = await hostile(OK, { headers: { 'Content-Type': 'text/xml; charset=utf-16' } });
    expectSchemaFault(reply, /.+/);
  });

  it('faults a declaration naming another encoding than the document has', async () => {
    const latin = OK.replace('encoding="utf-8"', 'encoding="iso-8859-1"');
    const reply = await hostile(latin);
    const parsed = expectSchemaFault(reply, /declaration 'iso-8859-1' does not match .* 'utf-8'/);
    assert.ok(parsed.text.includes('Line 1, position'));
    const swapped = utf16(OK, 'le');
    expectSchemaFault(await hostile(swapped), /declaration 'utf-8' .* 'utf-16le'/);
  });

  it('faults bytes that are not valid in the encoding', async () => {
    const latin1 = Buffer.from(envelope(addImGroup('Grüße')), 'latin1');
    expectSchemaFault(await hostile(latin1), /Invalid bytes in character encoding/);
    const surrogate = Buffer.concat([
      Buffer.from(OK.slice(0, 60)),
      Buffer.from([0xed, 0xa0, 0x80]),
    ]);
    expectSchemaFault(await hostile(surrogate), /Invalid bytes|Char 0x/);
  });

  for (const [what, value] of [
    ['a raw control character', 'a\u0001b'],
    ['a raw U+FFFE', 'a\ufffeb'],
  ]) {
    it(`faults ${what}, which XML 1.0 forbids`, async () => {
      const request = envelope(addImGroup('PLACEHOLDER')).replace('PLACEHOLDER', value ?? '');
      expectSchemaFault(await hostile(request), /Char/);
    });
  }

  it('faults character references to forbidden characters', async () => {
    for (const ref of ['&#1;', '&#xFFFF;', '&#xD800;', '&#0;']) {
      const request = envelope(addImGroup('X')).replace('>X<', `>${ref}<`);
      expectSchemaFault(await hostile(request), /xmlParseCharRef|invalid xmlChar|Char/);
    }
  });

  it('accepts a byte-order mark, which decides the encoding', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(OK)]);
    expectSuccess(soap(await hostile(bom)), 'GetImItemList');
    const declared = OK.replace('encoding="utf-8"', 'encoding="utf-16"');
    expectSuccess(soap(await hostile(utf16(declared, 'be'))), 'GetImItemList');
    const type = { 'Content-Type': 'text/xml; charset=utf-16' };
    expectSuccess(soap(await hostile(utf16(declared, 'le'), { headers: type })), 'GetImItemList');
  });
});

describe('mock hostile input: DOCTYPE and entities', () => {
  it('refuses a DOCTYPE with an external entity, reading no file and no URL', async () => {
    let fetched = 0;
    const web = createServer((_req, res) => {
      fetched += 1;
      res.end('<!ENTITY y "WEB-MARKER">');
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const dtdUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}/evil.dtd`;
    const secret = join(mkdtempSync(join(tmpdir(), 'mock-hostile-')), 'secret.txt');
    writeFileSync(secret, 'FILE-MARKER');
    const doctype =
      `<!DOCTYPE soap:Envelope SYSTEM "${dtdUrl}" [<!ENTITY x SYSTEM ` +
      `"${pathToFileURL(secret).href}"><!ENTITY % p SYSTEM "${dtdUrl}"> %p;]>`;
    const request = envelope(addImGroup('PLACEHOLDER'))
      .replace('?>', `?>\n${doctype}`)
      .replace('PLACEHOLDER', '&x;&y;');
    const reply = await hostile(request);
    web.close();
    expectSchemaFault(reply, /DTD is prohibited/);
    assert.doesNotMatch(reply.text, /FILE-MARKER|WEB-MARKER/);
    assert.equal(fetched, 0);
  });

  it('refuses an entity expansion bomb at once', async () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    );
    const doctype = `<!DOCTYPE soap:Envelope [<!ENTITY l0 "lol">${levels.join('')}]>`;
    const request = envelope(addImGroup('PLACEHOLDER'))
      .replace('?>', `?>${doctype}`)
      .replace('PLACEHOLDER', '&l9;');
    expectSchemaFault(await hostile(request), /DTD is prohibited/);
  });

  it('faults an entity that is not declared', async () => {
    const request = envelope(addImGroup('X')).replace('>X<', '>&secret;<');
    expectSchemaFault(await hostile(request), /Entity 'secret' not defined/);
  });

  it('refuses XInclude and processing instructions', async () => {
    const include =
      '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/hostname"/>';
    const request = envelope(addImGroup('X')).replace('>X<', `>${include}<`);
    expectSchemaFault(await hostile(request), /Element content is not allowed/);
    const pi = OK.replace('<soap:Body>', '<soap:Body><?xml-stylesheet href="a.xsl"?>');
    expectSchemaFault(await hostile(pi), /Processing instructions/);
  });
});

describe('mock hostile input: size and shape', () => {
  it('answers a body over 1 MiB with 413 and closes the connection', async () => {
    const reply = await hostile(envelope(addImGroup('x'.repeat(3 * 1024 * 1024))));
    expectPlain(reply, 413, /the limit is 1048576 bytes/);
    assert.equal(reply.headers.get('connection'), 'close');
    const huge = await hostile(Buffer.alloc(40 * 1024 * 1024, 0x20));
    expectPlain(huge, 413, /Payload Too Large/);
  });

  it('faults nesting deeper than 256 levels', async () => {
    const deep = `<m:GetImItemList>${'<a>'.repeat(300)}${'</a>'.repeat(300)}</m:GetImItemList>`;
    expectSchemaFault(await hostile(envelope(deep)), /Excessive depth/);
  });

  it('faults a name longer than 50,000 characters', async () => {
    const name = `<m:${'N'.repeat(60_000)}/>`;
    expectSchemaFault(await hostile(envelope(name)), /Name too long/);
  });

  it('validates long values and thousands of elements like any request', async () => {
    const many = `<m:GetImItemList>${'<x/>'.repeat(100_000)}</m:GetImItemList>`;
    expectSchemaFault(await hostile(envelope(many)), /This element is not expected/);
    const attrs = Array.from({ length: 20_000 }, (_, i) => `a${i}="1"`).join(' ');
    expectSchemaFault(await hostile(envelope(`<m:GetImItemList ${attrs}/>`)), /attribute 'a0'/);
    const ids = Array.from({ length: 5000 }, () => 'AAAA');
    const reply = await hostile(envelope(getImItems({ contactIds: ids })));
    expectSuccess(soap(reply), 'GetImItems');
    const value = 'v'.repeat(900_000);
    const long = await hostile(envelope(setImGroup('AAAA', value)));
    expectError(soap(long), 'SetImGroup', 'ErrorInvalidIdMalformed');
  });
});

describe('mock hostile input: methods, paths and envelopes', () => {
  for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    it(`answers ${method} with 405 and Allow: POST`, async () => {
      const reply = await hostile(method === 'GET' ? '' : OK, { method });
      expectPlain(reply, 405, /use POST/);
      assert.equal(reply.headers.get('allow'), 'POST');
    });
  }

  it('answers unknown paths with 404 and a target that is no URL with 400', async () => {
    expectPlain(await hostile(OK, { path: '/EWS/Other.asmx' }), 404, /POST \/EWS\/Exchange\.asmx/);
    expectPlain(await hostile(OK, { path: '/../../etc/passwd' }), 404, /404 Not Found/);
    expectPlain(await hostile(OK, { path: 'http://[' }), 400, /400 Bad Request/);
  });

  it('faults a SOAP 1.2 envelope, two operations and an unknown operation', async () => {
    const soap12 = OK.replace(
      'http://schemas.xmlsoap.org/soap/envelope/',
      'http://www.w3.org/2003/05/soap-envelope',
    );
    expectSchemaFault(await hostile(soap12), /2003\/05\/soap-envelope/);
    const two = envelope(`${getImItemList()}${addImGroup('Twice')}`);
    expectSchemaFault(await hostile(two), /exactly one element/);
    const unknown = await hostile(envelope('<m:DeleteEverything/>'));
    expectFaultCode(unknown, 'ErrorInvalidRequest');
  });

  it('faults SOAP headers of the wrong type', async () => {
    const headers: Array<[string, string]> = [
      [
        '<t:RequestServerVersion Version="Exchange2013"/>',
        '<t:RequestServerVersion>x</t:RequestServerVersion>',
      ],
      [
        '<t:RequestServerVersion Version="Exchange2013"/>',
        '<t:RequestServerVersion Version="Exchange2013"><t:X/></t:RequestServerVersion>',
      ],
    ];
    for (const [from, to] of headers) {
      expectSchemaFault(await hostile(OK.replace(from, to)), /RequestServerVersion/);
    }
    const culture = envelope(getImItemList(), { culture: 'en-US' }).replace(
      'en-US</t:MailboxCulture>',
      '<t:Culture>en-US</t:Culture></t:MailboxCulture>',
    );
    expectSchemaFault(await hostile(culture), /MailboxCulture/);
    const sid = envelope(getImItemList(), { impersonate: { kind: 'Nickname', value: 'u2' } });
    expectSchemaFault(await hostile(sid), /Nickname/);
  });
});

describe('mock hostile input: nothing changed', () => {
  it('left both mailboxes as they were, and still answers', async () => {
    assert.deepEqual(await lists(), snapshot);
  });
});
