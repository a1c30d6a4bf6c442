import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AccountsFileError, loadAccountsFile, parseAccounts } from '../mock/accounts-file.ts';
import { type MockServer, startMock } from '../mock/server.ts';
import { basic, postRaw } from '../mock/testkit/client.ts';
import { parseXml } from '../mock/testkit/dom.ts';
import { expectFault, expectSuccess } from '../mock/testkit/expect.ts';
import { envelope, getImItemList } from '../mock/testkit/requests.ts';
import { loadConfig } from '../support/config.ts';
import { closeTarget, openTarget } from '../support/target.ts';

const FILE_ACCOUNTS = [
  { username: 'alice@fabrikam.com', password: 'Al1ce-Pass' },
  { username: 'FABRIKAM\\bob', smtp: 'bob@fabrikam.com', password: 'B0b-Pass', token: 'tok-bob' },
  {
    username: 'robot@fabrikam.com',
    password: 'R0bot-Pass',
    mayImpersonate: ['alice@fabrikam.com'],
    note: 'service account',
  },
  { username: 'carol@fabrikam.com', token: 'tok-carol', imList: 'not-migrated' },
];

describe('mock accounts file', () => {
  it('reads an array or {accounts}, with defaults for smtp, token, SID and note', () => {
    const accounts = parseAccounts({ accounts: FILE_ACCOUNTS });
    assert.deepEqual(parseAccounts(FILE_ACCOUNTS), accounts);
    const [alice, bob, robot, carol] = accounts;
    assert.equal(alice?.smtp, 'alice@fabrikam.com');
    assert.match(alice?.token ?? '', /^mock-[0-9a-f]{24}$/);
    assert.equal(bob?.username, 'fabrikam\\bob');
    assert.equal(bob?.smtp, 'bob@fabrikam.com');
    assert.deepEqual(robot?.mayImpersonate, ['alice@fabrikam.com']);
    assert.equal(carol?.password, '');
    assert.equal(carol?.imList, 'not-migrated');
    assert.equal(new Set(accounts.map((a) => a.sid)).size, 4);
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['an empty list', [], /non-empty array/],
    ['no username', [{ password: 'x' }], /\[0\]: username is required/],
    ['a login that is no address', [{ username: 'bob' }], /no SMTP address: set smtp/],
    ['an unknown field', [{ username: 'a@fabrikam.com', pasword: 'x' }], /unknown field pasword/],
    [
      'two same addresses',
      [{ username: 'a@fabrikam.com' }, { username: 'A@fabrikam.com' }],
      /same username/,
    ],
    [
      'a stranger to impersonate',
      [{ username: 'a@fabrikam.com', mayImpersonate: ['z@fabrikam.com'] }],
      /may impersonate z@fabrikam\.com/,
    ],
    [
      'a bad imList',
      [{ username: 'a@fabrikam.com', imList: 'rolled-back' }],
      /imList must be one of/,
    ],
    ['a token with spaces', [{ username: 'a@fabrikam.com', token: 'a b' }], /token has characters/],
  ];
  for (const [what, data, message] of bad) {
    it(`refuses ${what}`, () => {
      assert.throws(
        () => parseAccounts(data),
        (e: unknown) => e instanceof AccountsFileError && message.test(e.message),
      );
    });
  }

  it('names the file when it is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-accounts-'));
    try {
      const file = join(dir, 'accounts.json');
      writeFileSync(file, '[{"username": ');
      assert.throws(() => loadAccountsFile(file), new RegExp(`accounts file ${file}: `));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('mock with an accounts file', () => {
  let server: MockServer;
  before(async () => {
    server = await startMock({ accounts: parseAccounts(FILE_ACCOUNTS) });
  });
  after(() => server.close());

  it('lists only those accounts and lets them in, each into its own mailbox', async () => {
    assert.deepEqual(
      server.accounts.map((a) => a.smtp),
      ['alice@fabrikam.com', 'bob@fabrikam.com', 'robot@fabrikam.com', 'carol@fabrikam.com'],
    );
    const reply = await postRaw(
      server.url,
      envelope(getImItemList()),
      basic('fabrikam\\bob', 'B0b-Pass'),
    );
    expectSuccess({ ...reply, doc: parseXml(reply.text) }, 'GetImItemList');
    const seeded = await postRaw(
      server.url,
      envelope(getImItemList()),
      basic('user1@contoso.com', 'Passw0rd-1'),
    );
    assert.equal(seeded.status, 401);
  });

  it('impersonates as the file says', async () => {
    const robot = basic('robot@fabrikam.com', 'R0bot-Pass');
    const as = (address: string) => envelope(getImItemList(), { impersonate: { value: address } });
    const allowed = await postRaw(server.url, as('alice@fabrikam.com'), robot);
    expectSuccess({ ...allowed, doc: parseXml(allowed.text) }, 'GetImItemList');
    const denied = await postRaw(server.url, as('bob@fabrikam.com'), robot);
    expectFault({ ...denied, doc: parseXml(denied.text) }, 'ErrorImpersonateUserDenied');
  });

  it('serves many mailboxes', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      username: `load${i}@fabrikam.com`,
      password: `P-${i}`,
    }));
    const big = await startMock({ accounts: parseAccounts(many) });
    try {
      const reply = await postRaw(
        big.url,
        envelope(getImItemList()),
        basic('load199@fabrikam.com', 'P-199'),
      );
      assert.equal(reply.status, 200);
    } finally {
      await big.close();
    }
  });
});

describe('embedded target with EWS_MOCK_ACCOUNTS', () => {
  it('gives the first, impersonator and second roles by the file order and rights', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-accounts-'));
    const file = join(dir, 'accounts.json');
    writeFileSync(file, JSON.stringify(FILE_ACCOUNTS));
    try {
      const target = await openTarget(loadConfig({ EWS_MOCK_ACCOUNTS: file }));
      assert.equal(target.accounts.first.mailbox, 'alice@fabrikam.com');
      assert.equal(target.accounts.impersonator?.username, 'robot@fabrikam.com');
      assert.equal(target.accounts.second?.mailbox, 'bob@fabrikam.com');
      assert.equal(target.accounts.second?.token, 'tok-bob');
    } finally {
      await closeTarget();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the seeded roles without a file', async () => {
    try {
      const target = await openTarget(loadConfig({}));
      assert.equal(target.accounts.first.username, 'user1@contoso.com');
      assert.equal(target.accounts.second?.username, 'user2@contoso.com');
      assert.equal(target.accounts.impersonator?.username, 'svc@contoso.com');
      assert.equal(target.caPem, undefined);
    } finally {
      await closeTarget();
    }
  });

  it('runs the mock as EWS_MOCK_AUTH, EWS_MOCK_TLS and EWS_MOCK_THROTTLE say', async () => {
    try {
      const env = { EWS_MOCK_AUTH: 'bearer', EWS_MOCK_TLS: '1', EWS_MOCK_THROTTLE: '1' };
      const target = await openTarget(loadConfig(env));
      assert.match(target.url, /^https:\/\/127\.0\.0\.1:/);
      assert.match(target.caPem ?? '', /BEGIN CERTIFICATE/);
      assert.equal(target.accounts.first.token, 'mock-token-user1');
    } finally {
      await closeTarget();
    }
  });
});
