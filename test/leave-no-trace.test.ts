import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import {
  ACCOUNT_ENV,
  filesUnder,
  type Launch,
  launch,
  OPT_IN_ENV,
  pictures,
  RecordingProxy,
  SEEDED_NAMES,
  seedUser1,
  seedUser2,
} from './live-run-kit.ts';

/**
 * The suite never changes, renames or removes what it did not create, and removes what it
 * did: a standalone mock seeded with two users' own IM lists, the whole suite run against it
 * as a live server, then runs that fail part-way (deviations, an answer lost on the way) and
 * runs interrupted by SIGINT and SIGTERM; each time both mailboxes must equal the seed. The
 * reports must show none of the users' own names (privacy.ts).
 */
async function seeded(faults: string[] = []) {
  const mock = await startMock({ faults });
  await seedUser1(mock.url);
  await seedUser2(mock.url);
  return { mock, seed: await pictures(mock.url) };
}

function tail(run: Launch): string {
  return run.output.slice(-3000);
}

const live = (url: string) => ({ EWS_URL: url, ...ACCOUNT_ENV, ...OPT_IN_ENV });

/** Sends the signal while the nth AddNewImContactToGroup is at the server, its answer held. */
function interruptAt(n: number, signal: NodeJS.Signals, child: () => ChildProcess | undefined) {
  return async (op: string, count: number) => {
    if (op !== 'AddNewImContactToGroup' || count !== n) return 'forward' as const;
    child()?.kill(signal);
    await new Promise((r) => setTimeout(r, 300));
    return 'forward' as const;
  };
}

describe('the suite leaves no trace', { concurrency: 1 }, () => {
  let mock: MockServer;
  let seed: string[][];
  before(async () => {
    ({ mock, seed } = await seeded());
  });
  after(() => mock.close());

  it('the whole suite changes nothing it did not create, and shows none of it', async () => {
    const run = await launch('conformance', live(mock.url));
    assert.equal(run.code, 0, tail(run));
    assert.ok(run.statuses.size > 80, 'the whole suite ran');
    assert.deepEqual(await pictures(mock.url), seed);
    const files = filesUnder(run.reports).filter((f) => !f.path.includes('schema-cache'));
    for (const name of SEEDED_NAMES) {
      const showing = files.filter((f) => f.text.includes(name)).map((f) => f.path);
      assert.deepEqual(showing, [], `"${name}" is shown`);
      assert.ok(!run.output.includes(name), `"${name}" is printed`);
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} mid-scenario removes what the run created, then exits`, async () => {
      let child: ChildProcess | undefined;
      const proxy = await new RecordingProxy(
        mock.url,
        interruptAt(3, signal, () => child),
      ).start();
      const run = await launch('conformance', live(proxy.url), ['--tags', '@ANICTG'], (c) => {
        child = c;
      });
      await proxy.close();
      assert.equal(run.code, signal === 'SIGINT' ? 130 : 143, tail(run));
      assert.match(run.output, new RegExp(`interrupted \\(${signal}\\): removing what the run`));
      const after = proxy.operations.slice(proxy.operations.lastIndexOf('AddNewImContactToGroup'));
      assert.ok(
        after.some((op) => op.startsWith('Remove')),
        'cleanup ran after the signal',
      );
      assert.deepEqual(await pictures(mock.url), seed);
    });
  }

  it('EWS_KEEP_DATA=1 keeps the run’s data and says so; npm run cleanup removes it', async () => {
    const run = await launch('conformance', { ...live(mock.url), EWS_KEEP_DATA: '1' }, [
      '--tags',
      '@AIG',
    ]);
    assert.equal(run.code, 0, tail(run));
    const said = /EWS_KEEP_DATA=1: what \d+ scenario\(s\) created was kept.*--run (\S+)/.exec(
      run.output,
    );
    assert.ok(said, tail(run));
    assert.notDeepEqual(await pictures(mock.url), seed, 'the data is still there');
    const prefix = said[1] ?? '';
    const cleanup = await launch('cleanup', live(mock.url), ['--run', prefix]);
    assert.equal(cleanup.code, 0, cleanup.output);
    assert.match(cleanup.output, /removed the \d+ entries of 1 run/);
    assert.deepEqual(await pictures(mock.url), seed);
  });
});

describe('a run that fails part-way leaves no trace', () => {
  it('with deviating answers and an answer lost on the way', async () => {
    const { mock, seed } = await seeded(['display-name-ignored', 'duplicate-contact']);
    const lost = new Set<string>();
    const lose = (op: string, count: number, status: number) => {
      const creates = op === 'AddImGroup' || op === 'AddNewImContactToGroup';
      if (!creates || count < 6 || status !== 200 || lost.has(op)) return 'forward' as const;
      lost.add(op);
      return 'lose-answer' as const;
    };
    const proxy = await new RecordingProxy(mock.url, lose).start();
    const tags = '(@ANICTG and not @limits) or @AIG or @RICFG or @RIG';
    const run = await launch('conformance', live(proxy.url), ['--tags', tags]);
    await proxy.close();
    assert.equal(run.code, 1, tail(run));
    assert.ok([...run.statuses.values()].includes('FAILED'));
    assert.deepEqual(await pictures(mock.url), seed);
    await mock.close();
  });
});
