import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { FAULTS } from '../mock/faults.ts';
import type { MockServer } from '../mock/server.ts';
import { MockClient } from '../mock/testkit/client.ts';
import { expectSuccess } from '../mock/testkit/expect.ts';
import { getImItemList } from '../mock/testkit/requests.ts';
import { cli } from './mock-cli-kit.ts';

async function finish(
  child: ChildProcess,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (d: Buffer) => {
      buffered += d.toString();
      const end = buffered.indexOf('\n');
      if (end >= 0) resolve(buffered.slice(0, end));
    });
    child.once('close', () => reject(new Error(`CLI ended before printing: ${buffered}`)));
  });
}

describe('mock CLI', () => {
  it('prints the URL first, serves requests and stops cleanly on SIGTERM', async () => {
    const child = cli(['--port', '0']);
    const done = finish(child);
    const line = await firstLine(child);
    const match =
      /^Mock EWS server listening at (http:\/\/127\.0\.0\.1:\d+\/EWS\/Exchange\.asmx)$/.exec(line);
    assert.ok(match?.[1], line);
    const server = { url: match[1], accounts: [], close: async () => {} } satisfies MockServer;
    const account = { username: 'user1@contoso.com', password: 'Passw0rd-1', smtp: '', note: '' };
    const reply = await new MockClient(server, account).call(getImItemList());
    expectSuccess(reply, 'GetImItemList');
    child.kill('SIGTERM');
    const { code, stdout } = await done;
    assert.equal(code, 0);
    const names = [
      'user1@contoso.com',
      'user2@contoso.com',
      'svc@contoso.com',
      'user3@contoso.com',
    ];
    for (const name of [...names, 'sales@contoso.com', 'support@contoso.com']) {
      assert.ok(stdout.includes(name), name);
    }
    assert.match(stdout, /user3@contoso\.com {2}password Passw0rd-3 {2}\(.*never migrated/);
  });

  const usageErrors: Array<[string, string[], RegExp]> = [
    ['an unknown flag', ['--bogus'], /bogus/],
    ['a bad port', ['--port', 'eighty'], /--port must be an integer/],
    ['a port out of range', ['--port', '70000'], /--port must be an integer/],
    ['an unknown fault', ['--fault', 'nope'], /known faults: .*duplicate-contact/],
    ['an unknown policy', ['--policy', 'member-check=maybe'], /known policies: .*member-check/],
    ['a policy without a value', ['--policy', 'member-check'], /unknown mock policy/],
  ];
  for (const [what, args, message] of usageErrors) {
    it(`exits 2 with a clear message for ${what}`, async () => {
      const { code, stderr } = await finish(cli(args));
      assert.equal(code, 2);
      assert.match(stderr, message);
    });
  }

  it('lists the faults and prints help', async () => {
    const faults = await finish(cli(['--list-faults']));
    assert.equal(faults.code, 0);
    assert.match(faults.stdout, /^persona-without-personaid\t/m);
    assert.equal(faults.stdout.trim().split('\n').length, FAULTS.length);
    const help = await finish(cli(['--help']));
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: npm run mock/);
    assert.match(help.stdout, /member-check=srv\|docs/);
  });
});
