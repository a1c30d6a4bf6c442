import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseAccounts } from '../mock/accounts-file.ts';
import type { AuthScheme } from '../mock/auth/profile.ts';
import { startMock } from '../mock/server.ts';
import { filesUnder, type Launch, launch } from './live-run-kit.ts';

/**
 * Passwords, tokens and NTLM messages never reach a report, a log, an attachment or an error
 * message. The suite runs with recognisable secrets in each authentication profile, against the
 * embedded mock and against a standalone one as a live server, with failing scenarios (a
 * deviation), refused logins (a wrong secret for the second account: 401 inside scenarios, and
 * for the first account: the 401 before any scenario); then every file under the reports folder
 * and all console output are searched for the secrets, the Basic tokens that carry them, and
 * NTLM messages.
 */
const ACCOUNTS = [
  {
    username: 'alice@contoso.com',
    password: 'S3cret-canary-alice-pw',
    token: 'S3cretCanaryAliceToken01',
  },
  {
    username: 'bob@contoso.com',
    password: 'S3cret-canary-bob-pw',
    token: 'S3cretCanaryBobToken02',
  },
  {
    username: 'svc@contoso.com',
    password: 'S3cret-canary-svc-pw',
    token: 'S3cretCanarySvcToken03',
    mayImpersonate: ['alice@contoso.com', 'bob@contoso.com'],
  },
];
const WRONG = { password: 'S3cret-canary-wrong-pw', token: 'S3cretCanaryWrongToken04' };

const TAGS = '@SIG or @needs-second-account or @needs-impersonator';
const FAULTS = ['setimgroup-no-rename'];

function base64(text: string): string {
  return Buffer.from(text).toString('base64');
}

/** Every form a secret could leak in. */
function forbidden(): string[] {
  const basic = ACCOUNTS.flatMap((a) => {
    const user = a.username.split('@')[0] ?? '';
    return [`${a.username}:${a.password}`, `CONTOSO\\${user}:${a.password}`].map(base64);
  });
  const secrets = ACCOUNTS.flatMap((a) => [a.password, a.token]);
  return [...secrets, WRONG.password, WRONG.token, ...basic, 'S3cret-canary', 'TlRMTVNT'];
}

/** Text as a person or a tool may read it: JSON escapes undone, base64 attachments decoded. */
function readable(text: string): string {
  const unescaped = text
    .replace(/\\\//g, '/')
    .replace(/\\u([0-9a-f]{4})/gi, (_m, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  const decoded = [
    ...unescaped.matchAll(/"body":"([A-Za-z0-9+/=]{16,})","contentEncoding":"BASE64"/g),
  ]
    .map((m) => Buffer.from(m[1] ?? '', 'base64').toString('utf-8'))
    .join('\n');
  return `${unescaped}\n${decoded}`;
}

function leaks(runs: readonly Launch[]): string[] {
  const texts = runs.flatMap((r) => [
    { path: 'console output', text: r.output },
    ...filesUnder(r.reports).filter((f) => !f.path.includes('schema-cache')),
  ]);
  return texts.flatMap(({ path, text }) => {
    const seen = readable(text);
    return forbidden()
      .filter((s) => seen.includes(s))
      .map((s) => `${path}: ${s}`);
  });
}

function accountsFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ews-secrets-'));
  const path = join(dir, 'accounts.json');
  writeFileSync(path, JSON.stringify(ACCOUNTS));
  return path;
}

/** The live settings of a profile: the first two accounts, the impersonator, a wrong secret. */
function liveEnv(auth: AuthScheme, url: string, wrong: 'first' | 'second') {
  const [alice, bob, svc] = ACCOUNTS;
  const env: Record<string, string> = { EWS_URL: url, EWS_AUTH: auth };
  const roles = [
    ['EWS_', alice],
    ['EWS_SECOND_', bob],
    ['EWS_IMPERSONATOR_', svc],
  ] as const;
  for (const [prefix, a] of roles) {
    if (!a) continue;
    const bad = (prefix === 'EWS_') === (wrong === 'first');
    const user = a.username.split('@')[0] ?? '';
    env[`${prefix}USERNAME`] = auth === 'ntlm' ? `CONTOSO\\${user}` : a.username;
    env[`${prefix}MAILBOX`] = a.username;
    if (auth === 'bearer') env[`${prefix}TOKEN`] = bad ? WRONG.token : a.token;
    else env[`${prefix}PASSWORD`] = bad ? WRONG.password : a.password;
  }
  return env;
}

async function profileRuns(auth: AuthScheme): Promise<Launch[]> {
  const mock = await startMock({ auth, accounts: parseAccounts(ACCOUNTS), faults: FAULTS });
  const embedded = {
    EWS_MOCK_AUTH: auth,
    EWS_MOCK_ACCOUNTS: accountsFile(),
    EWS_MOCK_FAULTS: FAULTS.join(','),
  };
  const runs = await Promise.all([
    launch('conformance', embedded, ['--tags', TAGS]),
    launch('conformance', liveEnv(auth, mock.url, 'second'), ['--tags', TAGS]),
    launch('conformance', liveEnv(auth, mock.url, 'first'), ['--tags', '@SIG']),
  ]);
  await mock.close();
  return runs;
}

describe('no secret in any report, log or message', { concurrency: 1 }, () => {
  it('the search finds a planted secret in each of its forms', () => {
    const reports = mkdtempSync(join(tmpdir(), 'ews-planted-'));
    const [alice] = ACCOUNTS;
    const basic = base64(`${alice?.username}:${alice?.password}`);
    const body = base64(`token ${alice?.token}, padded to be long enough`);
    writeFileSync(join(reports, 'a.html'), `{"text":"${basic.replace(/\//g, '\\/')}"}`);
    writeFileSync(join(reports, 'b.ndjson'), `{"body":"${body}","contentEncoding":"BASE64"}`);
    const planted = { code: 0, output: 'www-authenticate: NTLM TlRMTVNTUAACAAAA', reports };
    const found = leaks([{ ...planted, statuses: new Map() }]);
    const where = [...new Set(found.map((f) => f.split(': ')[0]))].sort();
    assert.deepEqual(where, [join(reports, 'a.html'), join(reports, 'b.ndjson'), 'console output']);
  });

  for (const auth of ['basic', 'ntlm', 'bearer'] as const) {
    it(`with ${auth} authentication`, async () => {
      const [embedded, live, refused] = await profileRuns(auth);
      assert.equal(embedded?.code, 1, embedded?.output.slice(-2000));
      assert.equal(live?.code, 1, live?.output.slice(-2000));
      assert.match(live?.output ?? '', /401/, 'the second account was refused inside scenarios');
      assert.equal(refused?.code, 2, refused?.output.slice(-2000));
      assert.match(refused?.output ?? '', /401/);
      assert.deepEqual(leaks([embedded, live, refused].flatMap((r) => (r ? [r] : []))), []);
    });
  }
});
