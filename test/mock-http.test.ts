import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { basic, MockClient, postRaw } from '../mock/testkit/client.ts';
import { text } from '../mock/testkit/dom.ts';
import { expectSuccess } from '../mock/testkit/expect.ts';
import { addImGroup, envelope, getImItemList } from '../mock/testkit/requests.ts';
import { NS } from '../support/xml/namespaces.ts';

describe('mock HTTP layer', () => {
  let server: MockServer;
  before(async () => {
    server = await startMock();
  });
  after(() => server.close());

  it('listens on 127.0.0.1 at /EWS/Exchange.asmx and lists its four accounts', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/EWS\/Exchange\.asmx$/);
    const names = server.accounts.map((a) => a.username);
    assert.deepEqual(names, [
      'user1@contoso.com',
      'user2@contoso.com',
      'svc@contoso.com',
      'user3@contoso.com',
    ]);
  });

  it('answers a request without credentials with 401 and a Basic challenge', async () => {
    const reply = await postRaw(server.url, envelope(getImItemList()));
    assert.equal(reply.status, 401);
    assert.match(reply.headers.get('www-authenticate') ?? '', /^Basic realm="[^"]+"$/);
    assert.match(reply.headers.get('content-type') ?? '', /^text\/plain/);
  });

  it('answers a wrong password with 401 and does not echo it', async () => {
    const reply = await postRaw(
      server.url,
      envelope(getImItemList()),
      basic('user1@contoso.com', 'Wr0ng-Secret'),
    );
    assert.equal(reply.status, 401);
    assert.equal(reply.text.includes('Wr0ng-Secret'), false);
  });

  it('rejects non-Basic schemes with 401', async () => {
    const reply = await postRaw(server.url, envelope(getImItemList()), 'Bearer abc.def');
    assert.equal(reply.status, 401);
  });

  it('answers GET on the endpoint with 405 and Allow: POST', async () => {
    const response = await fetch(server.url);
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST');
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
  });

  it('answers other paths with 404 in plain text', async () => {
    const response = await fetch(server.url.replace('Exchange.asmx', 'Other.asmx'), {
      method: 'POST',
    });
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
  });

  it('answers a body over 1 MiB with 413', async () => {
    const big = envelope(addImGroup('x'.repeat(1024 * 1024 + 10)));
    const reply = await postRaw(server.url, big, basic('user1@contoso.com', 'Passw0rd-1'));
    assert.equal(reply.status, 413);
  });

  it('serves its schema files without authentication', async () => {
    const base = server.url.replace('Exchange.asmx', '');
    for (const [file, namespace] of [
      ['messages.xsd', NS.m],
      ['types.xsd', NS.t],
      ['soap-envelope.xsd', NS.soap],
    ]) {
      const response = await fetch(`${base}${file}`);
      assert.equal(response.status, 200, file);
      assert.match(response.headers.get('content-type') ?? '', /^text\/xml/);
      assert.ok((await response.text()).includes(`targetNamespace="${namespace}"`), file);
    }
  });

  it('sends SOAP responses as text/xml; charset=utf-8', async () => {
    const reply = await MockClient.as(server, 'user1@contoso.com').call(getImItemList());
    expectSuccess(reply, 'GetImItemList');
    assert.equal(reply.headers.get('content-type'), 'text/xml; charset=utf-8');
  });

  it('parses a UTF-16 request with a BOM', async () => {
    const xml = envelope(addImGroup('Grüße'));
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(xml.replace('utf-8', 'utf-16'), 'utf16le'),
    ]);
    const client = MockClient.as(server, 'user1@contoso.com');
    const reply = await client.raw(new Uint8Array(utf16));
    const path = expectSuccess(reply, 'AddImGroup');
    assert.equal(text(reply.doc, `${path}/m:ImGroup/t:DisplayName`), 'Grüße');
  });
});

describe('mock servers', () => {
  it('give each startMock a fresh state', async () => {
    const [a, b] = await Promise.all([startMock(), startMock()]);
    try {
      await MockClient.as(a, 'user1@contoso.com').call(addImGroup('Only in A'));
      const reply = await MockClient.as(b, 'user1@contoso.com').call(getImItemList());
      assert.equal(reply.text.includes('Only in A'), false);
      assert.notEqual(a.url, b.url);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('reject an unknown fault name, listing the known ones', async () => {
    await assert.rejects(startMock({ faults: ['no-such-fault'] }), (error: Error) => {
      assert.match(error.message, /no-such-fault/);
      assert.match(error.message, /persona-without-personaid/);
      return true;
    });
  });
});
