import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Pickle } from '@cucumber/messages';
import { type Config, type LiveTarget, loadConfig } from '../support/config.ts';
import {
  canAssign,
  parallelOption,
  parallelProblems,
  workerAccounts,
  workerIndex,
} from '../support/parallel.ts';

const LIVE = {
  EWS_URL: 'https://mail.contoso.com/EWS/Exchange.asmx',
  EWS_USERNAME: 'user1@contoso.com',
  EWS_PASSWORD: 'secret-1',
  EWS_SECOND_USERNAME: 'user2@contoso.com',
  EWS_SECOND_PASSWORD: 'secret-2',
};

function poolFile(mailboxes: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ews-pool-')), 'accounts.json');
  const accounts = mailboxes.map((m, i) => ({ username: m, password: `pool-secret-${i}` }));
  writeFileSync(file, JSON.stringify(accounts));
  return file;
}

function live(extra: Record<string, string> = {}): { config: Config; target: LiveTarget } {
  const config = loadConfig({ ...LIVE, ...extra });
  if (config.target.kind !== 'live') throw new Error('expected a live target');
  return { config, target: config.target };
}

function pickle(name: string, tags: string[]): Pickle {
  return {
    id: name,
    uri: 'features/x.feature',
    name,
    language: 'en',
    steps: [],
    tags: tags.map((t) => ({ name: t, astNodeId: t })),
    astNodeIds: [],
  };
}

describe('parallel runs: worker and mailbox', () => {
  it('knows the worker only in a parallel run', () => {
    assert.equal(workerIndex({ CUCUMBER_WORKER_ID: '1' }), undefined);
    assert.equal(workerIndex({ CUCUMBER_PARALLEL: 'true', CUCUMBER_WORKER_ID: '1' }), 1);
  });

  it('gives worker i the i-th EWS_ACCOUNTS mailbox and keeps the shared accounts', () => {
    const pool = ['pool1@contoso.com', 'pool2@contoso.com'];
    const { config, target } = live({ EWS_ACCOUNTS: poolFile(pool) });
    assert.equal(workerAccounts(config, target, undefined).first.mailbox, 'user1@contoso.com');
    const second = workerAccounts(config, target, 1);
    assert.equal(second.first.mailbox, 'pool2@contoso.com');
    assert.equal(second.second?.mailbox, 'user2@contoso.com');
    assert.equal(workerAccounts(config, target, 0).first.mailbox, 'pool1@contoso.com');
  });

  it('without EWS_ACCOUNTS, worker 0 takes the first account', () => {
    const { config, target } = live();
    assert.equal(workerAccounts(config, target, 0).first.mailbox, 'user1@contoso.com');
    assert.deepEqual(parallelProblems(config, 1), []);
  });
});

describe('parallel runs: usage errors', () => {
  it('refuses more workers than mailboxes, saying where to add them', () => {
    const pool = poolFile(['pool1@contoso.com', 'pool2@contoso.com']);
    const [problem] = parallelProblems(live({ EWS_ACCOUNTS: pool }).config, 3);
    assert.match(problem ?? '', /--parallel 3 needs 3 test mailboxes.*EWS_ACCOUNTS names 2/);
    assert.match(parallelProblems(live().config, 2)[0] ?? '', /but only one is configured/);
  });

  it('refuses a pool mailbox that is also a shared account, and EWS_IMPERSONATE', () => {
    const pool = poolFile(['pool1@contoso.com', 'user2@contoso.com']);
    const [shared] = parallelProblems(live({ EWS_ACCOUNTS: pool }).config, 2);
    assert.match(shared ?? '', /EWS_ACCOUNTS\[1\] \(user2@contoso.com\) is also the second/);
    const alone = live({ EWS_ACCOUNTS: pool, EWS_IMPERSONATE: 'room@contoso.com' }).config;
    assert.match(parallelProblems(alone, 2)[0] ?? '', /EWS_IMPERSONATE/);
  });

  it('lets the embedded mock run any number of workers, and checks the number', () => {
    const embedded = loadConfig({});
    assert.deepEqual(parallelOption(embedded, '4'), { workers: 4, problems: [] });
    for (const bad of ['0', 'two', '1.5', '-1']) {
      assert.match(parallelOption(embedded, bad).problems[0] ?? '', /whole number of workers/);
    }
  });
});

describe('parallel runs: scenarios on shared mailboxes', () => {
  const shared = pickle('a group of another mailbox', ['@SIG', '@needs-second-account']);
  const other = pickle('the second account changes something', ['@needs-second-account']);
  const own = pickle('a group of its own', ['@SIG', '@needs-impersonator']);

  it('starts a second-account scenario only while no other one runs', () => {
    assert.equal(canAssign(shared, [own]), true);
    assert.equal(canAssign(shared, [own, other]), false);
  });

  it('starts every other scenario at any time', () => {
    assert.equal(canAssign(own, [shared, other]), true);
  });
});
