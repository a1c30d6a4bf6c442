import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseCommandLine, UsageError } from '../mock/cli-options.ts';
import { postRaw } from '../mock/testkit/client.ts';
import { envelope, getImItemList } from '../mock/testkit/requests.ts';
import { cli, outputUntil } from './mock-cli-kit.ts';

describe('mock CLI auth, throttle and accounts flags', () => {
  it('--auth bearer --accounts FILE --throttle: prints the tokens and serves them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-cli-'));
    const file = join(dir, 'accounts.json');
    writeFileSync(file, JSON.stringify([{ username: 'dana@fabrikam.com', token: 'tok-dana' }]));
    const child = cli([
      '--auth',
      'bearer',
      '--accounts',
      file,
      '--throttle',
      '--throttle-budget',
      '5',
    ]);
    try {
      const output = await outputUntil(child, /^Throttling: .*\n/m);
      assert.match(output, /^ {2}dana@fabrikam\.com {2}token tok-dana {2}\(/m);
      assert.match(output, /Throttling: 5 requests per mailbox per 1000 ms/);
      const url = /listening at (\S+)/.exec(output)?.[1] ?? '';
      const reply = await postRaw(url, envelope(getImItemList()), 'Bearer tok-dana');
      assert.equal(reply.status, 200);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'close');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--auth ntlm --ntlm-scheme negotiate: offers Negotiate alone', async () => {
    const child = cli(['--auth', 'ntlm', '--ntlm-scheme', 'negotiate']);
    try {
      const output = await outputUntil(child, /^NTLM offered as: .*\n/m);
      assert.match(output, /NTLMv2; log in as the username, or as CONTOSO\\user1/);
      const url = /listening at (\S+)/.exec(output)?.[1] ?? '';
      const reply = await postRaw(url, envelope(getImItemList()));
      assert.equal(reply.headers.get('www-authenticate'), 'Negotiate');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'close');
    }
  });

  const usageErrors: Array<[string, string[], RegExp]> = [
    ['an unknown profile', ['--auth', 'kerberos'], /--auth must be one of basic, ntlm, bearer/],
    ['--ntlm-scheme without NTLM', ['--ntlm-scheme', 'ntlm'], /--ntlm-scheme needs --auth ntlm/],
    ['a bad NTLM scheme', ['--auth', 'ntlm', '--ntlm-scheme', 'x'], /--ntlm-scheme must be/],
    ['--throttle-budget alone', ['--throttle-budget', '3'], /need --throttle/],
    ['a zero budget', ['--throttle', '--throttle-budget', '0'], /at least 1/],
    ['--cert-out without --tls', ['--cert-out', 'x.pem'], /--cert-out needs --tls/],
    ['a missing accounts file', ['--accounts', '/nonexistent/accounts.json'], /accounts file/],
  ];
  for (const [what, args, message] of usageErrors) {
    it(`refuses ${what} as a usage error`, () => {
      assert.throws(
        () => parseCommandLine(args),
        (e) => e instanceof UsageError && message.test(e.message),
      );
    });
  }

  it('turns the flags into startMock options', () => {
    const { options, certOut } = parseCommandLine([
      ...['--auth', 'ntlm', '--ntlm-scheme', 'Negotiate', '--tls', '--cert-out', 'ca.pem'],
      ...['--throttle', '--throttle-window', '2000', '--throttle-backoff', '0'],
    ]);
    assert.equal(options.auth, 'ntlm');
    assert.equal(options.ntlmScheme, 'Negotiate');
    assert.equal(options.tls, true);
    assert.equal(certOut, 'ca.pem');
    assert.deepEqual(options.throttle, {
      budget: undefined,
      windowMs: 2000,
      backoffMs: 0,
      unavailableEvery: undefined,
    });
  });
});
