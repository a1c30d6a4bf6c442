import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runSuite } from './run-suite.ts';

/**
 * `npm run conformance -- --parallel 2` against the embedded mock gives every requirement the
 * verdict a serial run gives it (limit scenarios left out: they take most of a run's time and
 * run in a worker's own mock like any other scenario). A live run with more workers than
 * mailboxes stops with a usage error before anything is sent.
 */
const TAGS = ['--tags', 'not @limits'];

interface Verdicts {
  code: number | null;
  statuses: Map<string, string>;
  verdicts: Map<string, string>;
  workers: Set<string>;
  output: string;
}

async function run(args: string[]): Promise<Verdicts> {
  const reports = mkdtempSync(join(tmpdir(), 'ews-parallel-'));
  const { code, statuses, output } = await runSuite({ EWS_REPORTS_DIR: reports }, args);
  const report = JSON.parse(readFileSync(join(reports, 'conformance.json'), 'utf-8')) as {
    requirements: Array<{ id: string; verdict: string }>;
  };
  const verdicts = new Map(report.requirements.map((r) => [r.id, r.verdict]));
  const ndjson = readFileSync(join(reports, 'cucumber.ndjson'), 'utf-8');
  const workers = new Set([...ndjson.matchAll(/"workerId":"([0-9]+)"/g)].map((m) => m[1] ?? ''));
  return { code, statuses, verdicts, workers, output };
}

describe('parallel runs against the embedded mock', () => {
  it('give the same verdict per requirement as a serial run', async () => {
    const [serial, parallel] = await Promise.all([run(TAGS), run([...TAGS, '--parallel', '2'])]);
    assert.equal(serial.code, 0, serial.output.slice(-2000));
    assert.equal(parallel.code, 0, parallel.output.slice(-2000));
    assert.deepEqual(parallel.workers, new Set(['0', '1']), 'both workers ran scenarios');
    assert.ok(serial.verdicts.size > 100, `only ${serial.verdicts.size} requirements judged`);
    assert.deepEqual(parallel.verdicts, serial.verdicts);
    assert.deepEqual(parallel.statuses, serial.statuses);
  });
});

describe('parallel runs against a live server', () => {
  it('refuse more workers than mailboxes with exit code 2, sending nothing', async () => {
    const env = {
      // Port 9 (discard) on loopback: had anything been sent, the run would say it failed.
      EWS_URL: 'http://127.0.0.1:9/EWS/Exchange.asmx',
      EWS_USERNAME: 'user1@contoso.com',
      EWS_PASSWORD: 'not-used-1',
    };
    const result = await runSuite(env, ['--parallel', '2']);
    assert.equal(result.code, 2, result.output);
    assert.match(result.output, /--parallel 2 needs 2 test mailboxes/);
    assert.doesNotMatch(result.output, /cannot be tested/);
  });
});
