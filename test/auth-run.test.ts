import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { runSuite } from './run-suite.ts';

/**
 * The suite logging in the ways servers demand: the embedded mock's NTLM profile with two
 * accounts (EWS_MOCK_AUTH=ntlm), a live server offering only Negotiate with a DOMAIN\user login
 * (EWS_AUTH=ntlm), and Bearer tokens (EWS_AUTH=bearer), a refused one explained before any
 * scenario. No NTLM message or password reaches the reports or the console.
 */
const SCENARIOS = [
  '--name',
  'sample request, with the group id',
  '--name',
  'An account with impersonation rights acts in the first mailbox',
];

function reportText(reports: string): string {
  return readFileSync(join(reports, 'cucumber.ndjson'), 'utf-8');
}

describe('the suite in each auth profile', { concurrency: 1 }, () => {
  let negotiate: MockServer;
  let bearer: MockServer;
  before(async () => {
    negotiate = await startMock({ auth: 'ntlm', ntlmScheme: 'Negotiate' });
    bearer = await startMock({ auth: 'bearer' });
  });
  after(async () => {
    await negotiate.close();
    await bearer.close();
  });

  it('passes with NTLM (embedded and live) and Bearer, and explains a refused token', async () => {
    const ntlmLive = {
      EWS_URL: negotiate.url,
      EWS_AUTH: 'ntlm',
      EWS_USERNAME: 'CONTOSO\\user1',
      EWS_PASSWORD: 'Passw0rd-1',
      EWS_MAILBOX: 'user1@contoso.com',
    };
    const bearerLive = {
      EWS_URL: bearer.url,
      EWS_AUTH: 'bearer',
      EWS_MAILBOX: 'user1@contoso.com',
    };
    const [ntlm, live, tokenLive, refused] = await Promise.all([
      runSuite({ EWS_MOCK_AUTH: 'ntlm' }, SCENARIOS),
      runSuite(ntlmLive, SCENARIOS.slice(0, 2)),
      runSuite({ ...bearerLive, EWS_TOKEN: 'mock-token-user1' }, SCENARIOS.slice(0, 2)),
      runSuite({ ...bearerLive, EWS_TOKEN: 'expired-token-0815' }, SCENARIOS.slice(0, 2)),
    ]);
    for (const run of [ntlm, live, tokenLive]) {
      assert.equal(run.code, 0, run.output.slice(-2000));
      assert.ok([...run.statuses.values()].every((s) => s === 'PASSED'));
    }
    const handshake = /challenge \(Type 2\) under (NTLM|Negotiate)/;
    assert.equal(handshake.exec(reportText(live.reports))?.[1], 'Negotiate');
    assert.equal(handshake.exec(reportText(ntlm.reports))?.[1], 'NTLM');
    for (const run of [ntlm, live]) {
      const all = `${run.output}${reportText(run.reports)}`;
      assert.ok(!/TlRMTVNT|Passw0rd/.test(all), 'an NTLM message or a password was shown');
    }
    assert.equal(refused.code, 2, refused.output.slice(-2000));
    assert.match(refused.output, /HTTP 401: the credentials were refused.*EWS_TOKEN/);
    assert.doesNotMatch(refused.output, /expired-token-0815/);
  });
});
