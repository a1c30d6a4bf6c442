import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { Cleanup } from '../support/cleanup.ts';
import type { ImApi } from '../support/ews/im-api.ts';
import { mailboxApi } from '../support/mailbox-api.ts';
import {
  carriesPrefix,
  namePrefix,
  parseRunName,
  uniqueName,
  workerId,
} from '../support/run-names.ts';
import { SoapClient } from '../support/soap/client.ts';
import { ACCOUNT_ENV, Account, launch, pictures, USER1 } from './live-run-kit.ts';
import { picture } from './mailbox-helpers.ts';

/**
 * The cleanup registry of a scenario (support/cleanup.ts) and `npm run cleanup`
 * (bin/cleanup.ts): names carry the run and the worker; only what did not exist before is
 * registered; what is removed is checked; what is left is named with its id; leftovers of
 * earlier runs are found by their prefix alone, the young ones left alone.
 */
const RUN = 'ewsct-20261203t104300-3f9a1c';

describe('the names a run gives what it creates', () => {
  it('carry the run prefix and the worker', () => {
    assert.equal(workerId({ CUCUMBER_WORKER_ID: '3' }), 3);
    assert.equal(workerId({}), 0);
    const w1 = namePrefix(RUN, 1);
    assert.equal(uniqueName(w1, 'Friends'), `${RUN}-w1 Friends`);
    assert.equal(uniqueName(w1, 'tony@contoso.com'), `${RUN}-w1.tony@contoso.com`);
  });

  it('are recognised by run or by worker, never by a longer worker number', () => {
    assert.ok(carriesPrefix(`${RUN}-w1 Friends`, RUN));
    assert.ok(carriesPrefix(`sip:${RUN}-w1.tony@contoso.com`, namePrefix(RUN, 1)));
    assert.ok(!carriesPrefix(`${RUN}-w10 Friends`, namePrefix(RUN, 1)));
    assert.ok(!carriesPrefix(`My ${RUN}-w1 Friends`, RUN));
    assert.ok(!carriesPrefix('Friends', RUN));
  });

  it('tell when their run started', () => {
    const run = parseRunName(`${RUN}-w0 Friends`);
    assert.equal(run?.prefix, RUN);
    assert.equal(run?.startedAt.toISOString(), '2026-12-03T10:43:00.000Z');
    assert.equal(parseRunName('mytest-w0 Friends'), undefined, 'a custom prefix has no time');
  });
});

describe("a scenario's cleanup registry", () => {
  let mock: MockServer;
  let client: SoapClient;
  let im: ImApi;
  let user: Account;
  before(async () => {
    mock = await startMock();
    client = new SoapClient({ url: mock.url, timeoutMs: 10_000, insecureTls: false });
    im = mailboxApi(client, 'Exchange2013', { account: USER1 });
    user = new Account(mock.url, USER1);
  });
  after(async () => {
    await user.close();
    await client.dispose();
    await mock.close();
  });

  it('removes what the scenario created, and nothing that existed before', async () => {
    const family = await user.addGroup('Family');
    await user.addContact('pat@fabrikam.com', 'Pat Kim', family);
    const before = picture(await user.list());
    const prefix = namePrefix(RUN, 0);
    const cleanup = new Cleanup(im, prefix);
    await cleanup.ensureSnapshot('first');
    const ours = await user.addGroup(uniqueName(prefix, 'Friends'));
    cleanup.registerGroup('first', ours);
    cleanup.registerGroup('first', await user.addGroup('Family'));
    cleanup.registerContact('first', await user.addContact('pat@fabrikam.com', 'Pat Kim', ours));
    const theirs = uniqueName(prefix, 'tony@contoso.com');
    cleanup.registerContact('first', await user.addContact(theirs, 'Tony', family));
    await user.addGroup(uniqueName(prefix, 'Answer lost'));
    assert.ok(!cleanup.preexisting('first', ours));
    assert.ok(cleanup.preexisting('first', family));
    assert.deepEqual(await cleanup.run(), []);
    assert.deepEqual(picture(await user.list()), before);
    assert.deepEqual(cleanup.describe(), [], 'the registry is empty');
  });

  it('keeps everything with EWS_KEEP_DATA and says what it kept', async () => {
    const prefix = namePrefix(RUN, 0);
    const cleanup = new Cleanup(im, prefix);
    await cleanup.ensureSnapshot('first');
    const kept = await user.addGroup(uniqueName(prefix, 'Kept'));
    cleanup.registerGroup('first', kept);
    assert.deepEqual(cleanup.keep(), [`first mailbox: groups ${kept.id}; contacts none`]);
    assert.deepEqual(await cleanup.run(), []);
    assert.ok((await user.list()).groups.some((g) => g.id.id === kept.id));
    await user.call('RemoveImGroup', [['GroupId', kept]]);
  });

  it('names what a removal that did not work left, with its id', async () => {
    const broken = await startMock({ faults: ['cleanup-noop'] });
    const brokenClient = new SoapClient({ url: broken.url, timeoutMs: 10_000, insecureTls: false });
    const cleanup = new Cleanup(mailboxApi(brokenClient, 'Exchange2013', { account: USER1 }), RUN);
    await cleanup.ensureSnapshot('first');
    const owner = new Account(broken.url, USER1);
    const stuck = await owner.addGroup(uniqueName(`${RUN}-w0`, 'Stuck'));
    await owner.close();
    cleanup.registerGroup('first', stuck);
    const left = await cleanup.run();
    assert.deepEqual(left, [
      `first mailbox: cleanup left group "${RUN}-w0 Stuck" ${stuck.id} behind`,
    ]);
    await brokenClient.dispose();
    await broken.close();
  });
});

describe('npm run cleanup', () => {
  let mock: MockServer;
  let user: Account;
  const now = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15).toLowerCase();
  const young = `ewsct-${now}-00aa11`;
  const live = () => ({ EWS_URL: mock.url, ...ACCOUNT_ENV });
  before(async () => {
    mock = await startMock();
    user = new Account(mock.url, USER1);
    const family = await user.addGroup('Family');
    await user.addContact('pat@fabrikam.com', 'Pat Kim', family);
    const old = await user.addGroup(`${RUN}-w0 Friends`);
    await user.addContact(`${RUN}-w0.tony@contoso.com`, `${RUN}-w0 Tony`, old);
    await user.addContact(`${RUN}-w1.anne@contoso.com`, 'Anne', family);
    await user.addGroup(`${young}-w0 Friends`);
  });
  after(async () => {
    await user.close();
    await mock.close();
  });

  const names = async () => (await pictures(mock.url))[0]?.join('\n') ?? '';

  it('--dry-run lists what earlier runs left and removes nothing', async () => {
    const seen = await names();
    const run = await launch('cleanup', live(), ['--dry-run']);
    assert.equal(run.code, 0, run.output);
    assert.match(run.output, new RegExp(`run ${RUN} \\(started 2026-12-03T10:43:00.000Z\\):`));
    assert.match(run.output, new RegExp(`group "${RUN}-w0 Friends"`));
    assert.match(run.output, new RegExp(`contact ${RUN}-w1.anne@contoso.com`));
    assert.match(
      run.output,
      new RegExp(`run ${young} .*: left alone, it is less than an hour old`),
    );
    assert.doesNotMatch(run.output, /Family|Pat Kim/, "the user's own entries are not listed");
    assert.equal(await names(), seen);
  });

  it('removes runs older than an hour, a younger one only when --run names it', async () => {
    const run = await launch('cleanup', live());
    assert.equal(run.code, 0, run.output);
    assert.match(run.output, /removed the 3 entries of 1 run/);
    const left = await names();
    assert.doesNotMatch(left, new RegExp(RUN));
    assert.match(left, new RegExp(`${young}-w0 Friends`));
    assert.match(left, /Family/);
    assert.match(left, /persona pat@fabrikam.com Pat Kim/);
    const named = await launch('cleanup', live(), ['--run', young.slice('ewsct-'.length)]);
    assert.equal(named.code, 0, named.output);
    assert.doesNotMatch(await names(), /ewsct-/);
    const again = await launch('cleanup', live());
    assert.match(again.output, /nothing left by earlier runs/);
  });

  it('exit 1 when something could not be removed', async () => {
    const broken = await startMock({ faults: ['cleanup-noop'] });
    const owner = new Account(broken.url, USER1);
    await owner.addGroup(`${RUN}-w0 Stuck`);
    await owner.close();
    const run = await launch('cleanup', { ...live(), EWS_URL: broken.url });
    await broken.close();
    assert.equal(run.code, 1, run.output);
    assert.match(run.output, new RegExp(`could not remove group "${RUN}-w0 Stuck" \\S+`));
  });

  it('exit 2 for usage, configuration and connection problems', async () => {
    const usage = await Promise.all([
      launch('cleanup', live(), ['--run', 'not a run!']),
      launch('cleanup', live(), ['--colour']),
      launch('cleanup', live(), ['leftover']),
      launch('cleanup', {}),
      launch('cleanup', { ...live(), EWS_PASSWORD: 'Wr0ng-pass' }),
    ]);
    for (const run of usage) assert.equal(run.code, 2, run.output);
    assert.match(usage[0]?.output ?? '', /neither a run id .* nor a prefix/);
    assert.match(usage[1]?.output ?? '', /usage: npm run cleanup/);
    assert.match(usage[3]?.output ?? '', /needs EWS_URL/);
    assert.match(usage[4]?.output ?? '', /401/);
    assert.doesNotMatch(usage[4]?.output ?? '', /Wr0ng-pass/);
  });
});

describe('a cleanup that fails fails the scenario', () => {
  it('names what was left, with ids, in the failure and an attachment', async () => {
    const run = await launch('conformance', { EWS_MOCK_FAULTS: 'cleanup-noop' }, [
      '--name',
      'MyCustomGroup',
    ]);
    assert.equal(run.code, 1, run.output.slice(-2000));
    assert.match(
      run.output,
      /first mailbox: cleanup left group "ewsct-\S+-w0 MyCustomGroup" \S+ behind/,
    );
    const ndjson = readFileSync(`${run.reports}/cucumber.ndjson`, 'utf-8');
    assert.match(ndjson, /"fileName":"cleanup-left.txt"/);
  });
});
