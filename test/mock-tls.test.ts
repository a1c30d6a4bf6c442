import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { basic } from '../mock/testkit/client.ts';
import { Connection } from '../mock/testkit/connection.ts';
import { envelope, getImItemList } from '../mock/testkit/requests.ts';
import { cli, outputUntil } from './mock-cli-kit.ts';

const REQUEST = envelope(getImItemList());
const USER1 = basic('user1@contoso.com', 'Passw0rd-1');
describe('mock over HTTPS', () => {
  let server: MockServer;
  before(async () => {
    server = await startMock({ tls: true });
  });
  after(() => server.close());

  it('serves https://127.0.0.1 with a self-signed certificate for loopback names', () => {
    assert.match(server.url, /^https:\/\/127\.0\.0\.1:\d+\/EWS\/Exchange\.asmx$/);
    assert.ok(server.caPem);
    const cert = new X509Certificate(server.caPem);
    assert.equal(cert.issuer, cert.subject);
    assert.equal(cert.checkIP('127.0.0.1'), '127.0.0.1');
    assert.equal(cert.checkHost('localhost'), 'localhost');
  });

  it('is reachable by a client that trusts its caPem, also as localhost', async () => {
    for (const url of [server.url, server.url.replace('127.0.0.1', 'localhost')]) {
      const connection = new Connection(url, server.caPem);
      try {
        assert.equal((await connection.post(REQUEST, USER1)).status, 200);
      } finally {
        connection.close();
      }
    }
  });

  it('is refused by a client that trusts only the usual CAs', async () => {
    const connection = new Connection(server.url);
    try {
      await assert.rejects(connection.post(REQUEST, USER1), /self-signed certificate/);
    } finally {
      connection.close();
    }
  });

  it('makes a new certificate for every server', async () => {
    const other = await startMock({ tls: true });
    await other.close();
    assert.notEqual(other.caPem, server.caPem);
  });
});

describe('mock CLI --tls --cert-out', () => {
  it('writes the certificate a client can then trust', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-tls-'));
    const file = join(dir, 'mock-ca.pem');
    const child = cli(['--tls', '--cert-out', file]);
    try {
      const output = await outputUntil(child, /^TLS: .*\n/m);
      const url = /listening at (https:\/\/\S+)/.exec(output)?.[1];
      assert.ok(url, output);
      const connection = new Connection(url, readFileSync(file, 'utf8'));
      assert.equal((await connection.post(REQUEST, USER1)).status, 200);
      connection.close();
    } finally {
      child.kill('SIGTERM');
      await once(child, 'close');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
