import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { parseNdjson } from '../support/report/conformance-scenarios.ts';
import { withImpersonation } from '../support/soap/impersonation.ts';
import { runSuite } from './run-suite.ts';

/**
 * A whole run through a service account (EWS_IMPERSONATE): every request of the first account
 * carries ExchangeImpersonation and X-AnchorMailbox for the mailbox under test, exact request
 * bytes included; an account without the right stops the run before any scenario (exit 2).
 * The mock's svc@contoso.com may impersonate user1 and user2, not user3.
 */
const T = 'http://schemas.microsoft.com/exchange/services/2006/types';
const SERVICE = { EWS_USERNAME: 'svc@contoso.com', EWS_PASSWORD: 'Passw0rd-svc' };

describe('the ExchangeImpersonation block in exact request bytes', () => {
  const block =
    `<t:ExchangeImpersonation xmlns:t="${T}"><t:ConnectingSID>` +
    '<t:PrimarySmtpAddress>user1@contoso.com</t:PrimarySmtpAddress></t:ConnectingSID>' +
    '</t:ExchangeImpersonation>';
  const at = (xml: string) => withImpersonation(xml, 'user1@contoso.com');

  it('goes first into the header, which is made when missing or empty', () => {
    assert.equal(
      at('<s:Envelope xmlns:s="x"><s:Header><t:A/></s:Header><s:Body/></s:Envelope>'),
      `<s:Envelope xmlns:s="x"><s:Header>${block}<t:A/></s:Header><s:Body/></s:Envelope>`,
    );
    assert.equal(
      at('<Envelope><Header /><Body/></Envelope>'),
      `<Envelope><Header>${block}</Header><Body/></Envelope>`,
    );
    assert.equal(
      at('<?xml version="1.0"?><soap:Envelope a="1"><soap:Body/></soap:Envelope>'),
      '<?xml version="1.0"?><soap:Envelope a="1">' +
        `<soap:Header>${block}</soap:Header><soap:Body/></soap:Envelope>`,
    );
  });

  it('leaves a request alone that impersonates already or is no envelope', () => {
    const own = `<s:Envelope><s:Header>${block}</s:Header></s:Envelope>`;
    assert.equal(at(own), own);
    assert.equal(at('not xml at all'), 'not xml at all');
  });
});

describe('a run through a service account', { concurrency: 1 }, () => {
  let server: MockServer;
  before(async () => {
    server = await startMock();
  });
  after(() => server.close());

  it('stops with exit 2 when the account may not impersonate the mailbox', async () => {
    const run = await runSuite(
      { EWS_URL: server.url, ...SERVICE, EWS_IMPERSONATE: 'user3@contoso.com' },
      ['--name', 'ServerVersionInfo'],
    );
    assert.equal(run.code, 2, run.output.slice(-1500));
    const right = 'the right to impersonate user3@contoso\\.com \\(ApplicationImpersonation\\)';
    assert.match(run.output, new RegExp(`svc@contoso\\.com lacks ${right}`));
  });

  it('routes every request of the first account to the mailbox under test', async () => {
    const run = await runSuite(
      { EWS_URL: server.url, ...SERVICE, EWS_IMPERSONATE: 'user1@contoso.com' },
      ['--name', 'sample request, with the group id', '--name', 'a group named MyCustomGroup'],
    );
    assert.equal(run.code, 0, run.output.slice(-2000));
    assert.deepEqual([...run.statuses.values()], ['PASSED', 'PASSED']);
    const stream = parseNdjson(readFileSync(join(run.reports, 'cucumber.ndjson'), 'utf-8'));
    const requests = stream
      .map((e) => e.attachment)
      .filter((a) => a?.fileName?.endsWith('first).txt'))
      .map((a) => (a?.body ?? '').split('\n< HTTP')[0] ?? '');
    assert.ok(requests.length >= 6, `${requests.length} requests`);
    for (const r of requests) {
      assert.match(r, /X-AnchorMailbox: user1@contoso\.com/);
      assert.match(r, /<t:PrimarySmtpAddress>user1@contoso\.com<\/t:PrimarySmtpAddress>/);
    }
  });
});
