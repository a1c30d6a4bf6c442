import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { basic, postRaw } from '../mock/testkit/client.ts';
import { parseXml } from '../mock/testkit/dom.ts';
import { expectSuccess } from '../mock/testkit/expect.ts';
import { envelope, getImItemList } from '../mock/testkit/requests.ts';

const REQUEST = envelope(getImItemList());

describe('mock Bearer profile', () => {
  let server: MockServer;
  before(async () => {
    server = await startMock({ auth: 'bearer' });
  });
  after(() => server.close());

  it('gives every seeded account a token of its own', () => {
    const tokens = server.accounts.map((a) => a.token);
    assert.equal(new Set(tokens).size, 4);
    assert.ok(tokens.every((t) => typeof t === 'string' && /^[A-Za-z0-9._~+/-]+=*$/.test(t)));
  });

  it('accepts an account token and acts in that account mailbox', async () => {
    const user2 = server.accounts.find((a) => a.username === 'user2@contoso.com');
    const reply = await postRaw(server.url, REQUEST, `Bearer ${user2?.token}`);
    expectSuccess({ ...reply, doc: parseXml(reply.text) }, 'GetImItemList');
  });

  it('answers no token with a bare Bearer challenge, and only Bearer', async () => {
    const reply = await postRaw(server.url, REQUEST);
    assert.equal(reply.status, 401);
    assert.equal(reply.headers.get('www-authenticate'), 'Bearer realm="Mock EWS"');
  });

  it('answers Basic credentials with the Bearer challenge: no other scheme works', async () => {
    const reply = await postRaw(server.url, REQUEST, basic('user1@contoso.com', 'Passw0rd-1'));
    assert.equal(reply.status, 401);
    assert.match(reply.headers.get('www-authenticate') ?? '', /^Bearer realm=/);
  });

  it('answers a wrong token with error="invalid_token", not echoing it', async () => {
    const reply = await postRaw(server.url, REQUEST, 'Bearer n0t-a-t0ken');
    assert.equal(reply.status, 401);
    const challenge = reply.headers.get('www-authenticate') ?? '';
    assert.match(challenge, /^Bearer realm="Mock EWS", error="invalid_token"/);
    assert.equal(`${challenge}${reply.text}`.includes('n0t-a-t0ken'), false);
  });
});

describe('mock Basic profile (the default)', () => {
  let server: MockServer;
  before(async () => {
    server = await startMock({ auth: 'basic' });
  });
  after(() => server.close());

  it('still accepts a password and refuses a token', async () => {
    const ok = await postRaw(server.url, REQUEST, basic('user1@contoso.com', 'Passw0rd-1'));
    expectSuccess({ ...ok, doc: parseXml(ok.text) }, 'GetImItemList');
    const token = await postRaw(server.url, REQUEST, 'Bearer mock-token-user1');
    assert.equal(token.status, 401);
    assert.equal(token.headers.get('www-authenticate'), 'Basic realm="Mock EWS"');
  });

  it('rejects an unknown profile name from an untyped caller', async () => {
    const options = { auth: 'kerberos' } as unknown as Parameters<typeof startMock>[0];
    await assert.rejects(startMock(options), /unknown mock auth profile 'kerberos'/);
  });
});
