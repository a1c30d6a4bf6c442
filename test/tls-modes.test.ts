import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import * as req from '../support/ews/requests.ts';
import { SoapClient } from '../support/soap/client.ts';
import { envelope } from '../support/soap/envelope.ts';
import { explainTransportError, TRUSTED_CA_FILE } from '../support/soap/transport-error.ts';
import { runSuite, type SuiteRun } from './run-suite.ts';

/**
 * TLS in its three modes against the mock over HTTPS: verified by default (an unknown CA
 * stops the run, naming EWS_CA_FILE and EWS_INSECURE_TLS), a private CA from EWS_CA_FILE (the
 * launcher runs itself again with NODE_EXTRA_CA_CERTS), and EWS_INSECURE_TLS=1, which the
 * report marks. The embedded mock over HTTPS is verified too.
 */
const ACCOUNT = { EWS_USERNAME: 'user1@contoso.com', EWS_PASSWORD: 'Passw0rd-1' };
const ONE = ['--name', 'ServerVersionInfo'];

function tlsOf(run: SuiteRun): string {
  const report = JSON.parse(readFileSync(join(run.reports, 'conformance.json'), 'utf-8'));
  return `${report.target.tls} ${report.target.url}`;
}

const WHO = { username: 'user1@contoso.com', password: 'Passw0rd-1', mailbox: 'user1@contoso.com' };
const LIST = envelope({ version: 'Exchange2013' }, req.getImItemList());

async function post(url: string, insecureTls: boolean) {
  const soap = new SoapClient({ url, timeoutMs: 5000, insecureTls });
  try {
    return await soap.post(WHO, 'GetImItemList', LIST);
  } finally {
    await soap.dispose();
  }
}

function problemOf(x: { reply: { kind: string; problem?: string } }): string {
  return x.reply.kind === 'not-soap' ? (x.reply.problem ?? '') : '';
}

describe('TLS modes', () => {
  let server: MockServer;
  let caFile: string;
  before(async () => {
    server = await startMock({ tls: true });
    caFile = join(mkdtempSync(join(tmpdir(), 'ews-tls-')), 'mock-ca.pem');
    writeFileSync(caFile, server.caPem ?? '');
  });
  after(() => server.close());

  it('refuses an unknown CA, naming EWS_CA_FILE and EWS_INSECURE_TLS', async () => {
    const refused = await post(server.url, false);
    assert.equal(refused.status, 0);
    assert.match(
      problemOf(refused),
      /certificate is not trusted: .*EWS_CA_FILE.*EWS_INSECURE_TLS=1/,
    );
    assert.equal((await post(server.url, true)).status, 200);
  });

  it('says when even the CA of EWS_CA_FILE did not help', () => {
    process.env[TRUSTED_CA_FILE] = '/etc/contoso/ca.pem';
    const text = explainTransportError(new Error('self-signed certificate'), server.url, 1000);
    delete process.env[TRUSTED_CA_FILE];
    assert.match(
      text,
      /not trusted, not even with the CA of EWS_CA_FILE \(\/etc\/contoso\/ca\.pem\)/,
    );
  });

  it('trusts EWS_CA_FILE, marks EWS_INSECURE_TLS=1, and verifies the embedded mock', async () => {
    const live = { EWS_URL: server.url, ...ACCOUNT };
    const [withCa, insecure, embedded] = await Promise.all([
      runSuite({ ...live, EWS_CA_FILE: caFile }, ONE),
      runSuite({ ...live, EWS_INSECURE_TLS: '1' }, ONE),
      runSuite({ EWS_MOCK_TLS: '1' }, ONE),
    ]);
    assert.equal(withCa.code, 0, withCa.output.slice(-1500));
    assert.match(tlsOf(withCa), /^verified https:/);
    assert.equal(insecure.code, 0, insecure.output.slice(-1500));
    assert.match(tlsOf(insecure), /^insecure https:/);
    const html = readFileSync(join(insecure.reports, 'conformance.html'), 'utf-8');
    assert.match(html, /class="tls-insecure"/);
    assert.equal(embedded.code, 0, embedded.output.slice(-1500));
    assert.match(tlsOf(embedded), /^verified https:\/\/127\.0\.0\.1/);
  });
});
