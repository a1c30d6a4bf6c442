import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Mailbox, picture } from './mailbox-helpers.ts';
import { runSuite } from './run-suite.ts';

/**
 * The suite against a server it reaches over EWS_URL, as it would a live one: a standalone
 * mock process gives the same verdicts as the embedded run; configuration and usage errors
 * exit 2 before anything is sent; refused credentials are explained in plain words.
 */
const ROOT = new URL('..', import.meta.url).pathname;

function startStandaloneMock(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock/cli.ts', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (d: Buffer) => {
      seen += d.toString();
      const url = /listening at (\S+)/.exec(seen)?.[1];
      if (url) resolve({ url, child });
    });
    child.on('exit', (code) => reject(new Error(`mock exited with ${code}: ${seen}`)));
  });
}

/** The opt-in scenarios too, so that the live run covers what the embedded run covers. */
const OPT_INS = {
  EWS_DG_ADDRESS: 'sales@contoso.com',
  EWS_SECOND_DG_ADDRESS: 'support@contoso.com',
  EWS_LIMITS: '1',
  EWS_MIGRATION_FLAG: '1',
};

const ACCOUNTS = {
  EWS_USERNAME: 'user1@contoso.com',
  EWS_PASSWORD: 'Passw0rd-1',
  EWS_SECOND_USERNAME: 'user2@contoso.com',
  EWS_SECOND_PASSWORD: 'Passw0rd-2',
  EWS_IMPERSONATOR_USERNAME: 'svc@contoso.com',
  EWS_IMPERSONATOR_PASSWORD: 'Passw0rd-svc',
};

describe('the suite against a server named by EWS_URL', { concurrency: 1 }, () => {
  let mock: { url: string; child: ChildProcess };
  before(async () => {
    mock = await startStandaloneMock();
  });
  after(() => {
    mock.child.kill('SIGTERM');
  });

  it("gives the embedded run's verdicts and changes nothing else", async () => {
    const users = [
      new Mailbox(mock.url, { username: 'user1@contoso.com', password: 'Passw0rd-1', mailbox: '' }),
      new Mailbox(mock.url, { username: 'user2@contoso.com', password: 'Passw0rd-2', mailbox: '' }),
    ];
    for (const user of users) {
      const family = await user.addGroup('Family');
      await user.addContact('pat@fabrikam.com', 'Pat Kim', family);
    }
    const before = await Promise.all(users.map(async (u) => picture(await u.list())));
    const [embedded, live] = await Promise.all([
      runSuite({}),
      runSuite({ EWS_URL: mock.url, ...ACCOUNTS, ...OPT_INS }),
    ]);
    assert.equal(live.code, 0, live.output.slice(-3000));
    assert.ok(embedded.statuses.size > 0);
    assert.deepEqual([...live.statuses].sort(), [...embedded.statuses].sort());
    const after = await Promise.all(users.map(async (u) => picture(await u.list())));
    await Promise.all(users.map((u) => u.close()));
    assert.deepEqual(after, before);
  });

  it('skips, each with its reason, what the configuration does not allow', async () => {
    const run = await runSuite({
      EWS_URL: mock.url,
      EWS_USERNAME: 'user1@contoso.com',
      EWS_PASSWORD: 'Passw0rd-1',
    });
    assert.equal(run.code, 0, run.output.slice(-3000));
    const skipped = [...run.statuses].filter(([, s]) => s === 'SKIPPED').map(([name]) => name);
    const reasons = [
      /set EWS_SECOND_USERNAME and EWS_SECOND_PASSWORD/,
      /set EWS_IMPERSONATOR_USERNAME and EWS_IMPERSONATOR_PASSWORD/,
      /set EWS_DG_ADDRESS/,
      /set EWS_LIMITS=1/,
      /set EWS_MIGRATION_FLAG=1/,
    ];
    for (const reason of reasons) assert.match(run.output, reason);
    const explained = run.output.split('\n').filter((l) => l.trim().startsWith('skipped '));
    assert.equal(explained.length, skipped.length, 'every skipped scenario has its reason');
    assert.ok(skipped.length >= reasons.length);
  });

  it('explains refused credentials and never prints the password', async () => {
    const run = await runSuite(
      { EWS_URL: mock.url, EWS_USERNAME: 'user1@contoso.com', EWS_PASSWORD: 'Wr0ng-pass' },
      ['--name', 'ServerVersionInfo'],
    );
    assert.equal(run.code, 2);
    assert.match(run.output, /HTTP 401: the credentials were refused\. The server offers: Basic/);
    assert.doesNotMatch(run.output, /Wr0ng-pass/);
  });
});

describe('usage and configuration errors', () => {
  it('exit 2 before anything is sent', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/EWS/Exchange.asmx`;
    const noUser = await runSuite({ EWS_URL: url });
    const badVersion = await runSuite({ EWS_URL: url, ...ACCOUNTS, EWS_VERSION: 'Exchange2019' });
    const badFlag = await runSuite({ EWS_URL: url, ...ACCOUNTS }, ['--colour']);
    server.close();
    assert.equal(noUser.code, 2);
    assert.match(noUser.output, /EWS_USERNAME and EWS_PASSWORD are needed/);
    assert.equal(badVersion.code, 2);
    assert.match(badVersion.output, /"Exchange2019" is not in the schema's list/);
    assert.equal(badFlag.code, 2);
    assert.match(badFlag.output, /usage: npm run conformance/);
    assert.equal(requests, 0);
  });

  it('exit 2 for an unusable server, in plain words, never leaking the credentials', async () => {
    const token = Buffer.from(`${ACCOUNTS.EWS_USERNAME}:${ACCOUNTS.EWS_PASSWORD}`).toString(
      'base64',
    );
    const dead = createServer((req) => req.socket.destroy());
    const html = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><title>Outlook</title><body>Sign in</body></html>');
    });
    const urls = await Promise.all(
      [dead, html].map(async (server) => {
        await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
        return `http://127.0.0.1:${(server.address() as AddressInfo).port}/EWS/Exchange.asmx`;
      }),
    );
    const [reset, login] = await Promise.all(
      urls.map((url) => runSuite({ EWS_URL: url ?? '', ...ACCOUNTS })),
    );
    dead.close();
    html.close();
    assert.equal(reset?.code, 2);
    assert.match(reset?.output ?? '', /closed the connection without answering/);
    assert.equal(login?.code, 2);
    assert.match(login?.output ?? '', /forms login/);
    for (const run of [reset, login]) {
      assert.doesNotMatch(run?.output ?? '', new RegExp(token));
      assert.doesNotMatch(run?.output ?? '', /Passw0rd/);
    }
  });

  it('exit 2 for a bad tag expression and an unwritable reports folder', async () => {
    const tags = await runSuite({}, ['--tags', 'and or']);
    assert.equal(tags.code, 2);
    assert.match(tags.output, /is not a tag expression/);
    const reports = await runSuite({ EWS_REPORTS_DIR: '/dev/null/reports' });
    assert.equal(reports.code, 2);
    assert.match(reports.output, /cannot be written/);
  });

  it('exit 2 when no scenario matches the filter', async () => {
    const run = await runSuite({}, ['--tags', '@no-such-tag']);
    assert.equal(run.code, 2);
    assert.match(run.output, /no scenario ran/);
  });
});
