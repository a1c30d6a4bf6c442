import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startMock } from '../mock/server.ts';
import * as req from '../support/ews/requests.ts';
import { redact } from '../support/redact.ts';
import { parseChallenges } from '../support/soap/auth/challenge.ts';
import { explainUnauthorized } from '../support/soap/auth/explain.ts';
import { SoapClient } from '../support/soap/client.ts';
import { envelope } from '../support/soap/envelope.ts';

/** Reading WWW-Authenticate, explaining a 401, and Bearer tokens against the mock. */
const LIST = envelope({ version: 'Exchange2013' }, req.getImItemList());

describe('WWW-Authenticate challenges', () => {
  it('splits joined header lines into schemes, tokens and parameters', () => {
    const header =
      'Negotiate, NTLM TlRMTVNTUAACAAAA==, Basic realm="Mock, EWS", ' +
      'Bearer realm="x", error="invalid_token", error_description="expired"';
    const got = parseChallenges(header);
    assert.deepEqual(
      got.map((c) => c.scheme),
      ['Negotiate', 'NTLM', 'Basic', 'Bearer'],
    );
    assert.equal(got[1]?.token, 'TlRMTVNTUAACAAAA==');
    assert.equal(got[2]?.params.realm, 'Mock, EWS');
    assert.deepEqual(got[3]?.params, {
      realm: 'x',
      error: 'invalid_token',
      error_description: 'expired',
    });
    assert.deepEqual(parseChallenges(undefined), []);
  });

  it('explains which EWS_AUTH value selects what the server offers', () => {
    const ntlm = explainUnauthorized('Negotiate, NTLM', 'basic');
    assert.match(
      ntlm,
      /does not accept Basic \(EWS_AUTH=basic\)\. The server offers: Negotiate, NTLM\./,
    );
    assert.match(ntlm, /set EWS_AUTH=ntlm/);
    const bearer = explainUnauthorized('Bearer realm="x"', 'ntlm');
    assert.match(bearer, /does not accept NTLM.*set EWS_AUTH=bearer/);
    const refused = explainUnauthorized('Basic realm="Mock EWS"', 'basic');
    assert.match(refused, /credentials were refused\. The server offers: Basic\./);
    const kerberos = explainUnauthorized('Kerberos', 'basic');
    assert.match(kerberos, /none of them is one this suite speaks/);
    assert.match(explainUnauthorized(undefined, 'basic'), /without a WWW-Authenticate header/);
  });

  it("says why a token was refused, from the Bearer challenge's error", () => {
    const text = explainUnauthorized(
      'Bearer error="invalid_token", error_description="expired"',
      'bearer',
    );
    assert.match(text, /the token was refused: invalid_token, expired/);
    assert.match(text, /EWS_TOKEN/);
  });
});

describe('Bearer tokens against the mock', () => {
  it('are sent as Authorization: Bearer, and a refused one is explained', async () => {
    const server = await startMock({ auth: 'bearer' });
    const soap = new SoapClient({
      url: server.url,
      timeoutMs: 5000,
      insecureTls: false,
      auth: 'bearer',
    });
    const who = { username: 'user1@contoso.com', password: '', mailbox: 'user1@contoso.com' };
    const good = await soap.post({ ...who, token: 'mock-token-user1' }, 'GetImItemList', LIST);
    const bad = await soap.post(
      { ...who, username: 'x', token: 'not-a-valid-token-4711' },
      'GetImItemList',
      LIST,
    );
    await soap.dispose();
    await server.close();
    assert.equal(good.status, 200);
    assert.equal(good.requestHeaders.Authorization, '[Bearer, removed]');
    assert.equal(bad.status, 401);
    const problem = bad.reply.kind === 'not-soap' ? bad.reply.problem : '';
    assert.match(problem, /credentials were refused.*Bearer.*EWS_TOKEN/);
    // The strategy registered the token as a secret: it is removed wherever it appears.
    assert.equal(redact('seen: not-a-valid-token-4711'), 'seen: [removed]');
  });
});
