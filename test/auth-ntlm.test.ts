import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import type { Credentials } from '../support/config.ts';
import * as req from '../support/ews/requests.ts';
import { formatExchange } from '../support/report/exchange-text.ts';
import { type Posted, SoapClient } from '../support/soap/client.ts';
import { envelope } from '../support/soap/envelope.ts';

/**
 * The NTLM handshake of support/soap/auth against the mock's NTLM profile, which checks the
 * NTLMv2 response against the account's password with its own code (mock/auth/ntlmv2.ts): the
 * client's messages come from @ewsjs/ntlm-client, so the two sides share nothing.
 */
const USER1: Credentials = {
  username: 'user1@contoso.com',
  password: 'Passw0rd-1',
  mailbox: 'user1@contoso.com',
};
const LIST = envelope({ version: 'Exchange2013' }, req.getImItemList());

function client(server: MockServer): SoapClient {
  return new SoapClient({ url: server.url, timeoutMs: 5000, insecureTls: false, auth: 'ntlm' });
}

function assertListed(x: Posted): void {
  assert.equal(x.status, 200, x.reply.kind === 'not-soap' ? x.reply.problem : x.responseText);
  assert.equal(x.reply.kind, 'response');
}

function assertNoMessages(x: Posted): void {
  const shown = formatExchange({
    ...x,
    account: 'first',
    mailbox: 'first',
    claimed: false,
    phase: 'setup',
  });
  assert.doesNotMatch(shown, /TlRMTVNT/, 'no NTLM message in the report');
  assert.doesNotMatch(shown, /Passw0rd/);
}

describe('NTLM against a server that offers Negotiate and NTLM', () => {
  let server: MockServer;
  before(async () => {
    server = await startMock({ auth: 'ntlm' });
  });
  after(() => server.close());

  it('logs in with Type 1, the challenge and Type 3, then reuses the connection', async () => {
    const soap = client(server);
    const first = await soap.post(USER1, 'GetImItemList', LIST);
    const second = await soap.post(USER1, 'GetImItemList', LIST);
    await soap.dispose();
    assertListed(first);
    assert.deepEqual(
      first.attempts?.map((a) => a.status),
      [401],
    );
    assert.match(first.attempts?.[0]?.note ?? '', /challenge \(Type 2\) under NTLM/);
    assert.equal(first.requestHeaders.Authorization, '[NTLM, removed]');
    assertListed(second);
    assert.equal(second.attempts, undefined, 'the logged-in connection needs no handshake');
    assertNoMessages(first);
  });

  it('takes DOMAIN\\user names and keeps simultaneous requests apart', async () => {
    const soap = client(server);
    const who = { ...USER1, username: 'CONTOSO\\user1', domain: 'CONTOSO' };
    const all = await Promise.all(
      Array.from({ length: 6 }, () => soap.post(who, 'GetImItemList', LIST)),
    );
    await soap.dispose();
    for (const x of all) assertListed(x);
  });

  it('explains a refused password in plain words, naming the NTLM settings', async () => {
    const soap = client(server);
    const x = await soap.post({ ...USER1, password: 'Wr0ng-pass' }, 'GetImItemList', LIST);
    await soap.dispose();
    assert.equal(x.status, 401);
    assert.equal(x.reply.kind, 'not-soap');
    const problem = x.reply.kind === 'not-soap' ? x.reply.problem : '';
    assert.match(problem, /credentials were refused\. The server offers: Negotiate, NTLM\./);
    assert.match(problem, /EWS_AUTH=ntlm.*EWS_DOMAIN/);
    assertNoMessages(x);
  });
});

describe('NTLM against a server that offers only Negotiate', () => {
  let server: MockServer;
  before(async () => {
    server = await startMock({ auth: 'ntlm', ntlmScheme: 'Negotiate' });
  });
  after(() => server.close());

  it('sends the NTLM messages under the Negotiate scheme', async () => {
    const soap = client(server);
    const x = await soap.post(USER1, 'GetImItemList', LIST);
    await soap.dispose();
    assertListed(x);
    const notes = x.attempts?.map((a) => a.note) ?? [];
    assert.match(notes[0] ?? '', /offers Negotiate, not NTLM/);
    assert.match(notes[1] ?? '', /under Negotiate/);
    assert.equal(x.requestHeaders.Authorization, '[Negotiate, removed]');
    assertNoMessages(x);
  });
});

describe('Basic credentials against the NTLM profile', () => {
  it('are refused with a 401 that says which EWS_AUTH to set', async () => {
    const server = await startMock({ auth: 'ntlm' });
    const soap = new SoapClient({ url: server.url, timeoutMs: 5000, insecureTls: false });
    const x = await soap.post(USER1, 'GetImItemList', LIST);
    await soap.dispose();
    await server.close();
    const problem = x.reply.kind === 'not-soap' ? x.reply.problem : '';
    assert.match(problem, /does not accept Basic \(EWS_AUTH=basic\)/);
    assert.match(problem, /set EWS_AUTH=ntlm/);
  });
});
