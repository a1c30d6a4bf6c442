import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startMock } from '../mock/server.ts';
import { runSuite } from './run-suite.ts';

/**
 * The suite against throttling mocks: the embedded throttling profile (EWS_MOCK_THROTTLE=1)
 * only slows a bulk scenario down, and a server whose budget is spent for good makes the
 * scenario "cannot tell", never a pass or a failure, and the run does not fail.
 */
interface Judged {
  id: string;
  verdict: string;
  reason?: string;
  scenarios: Array<{ status: string }>;
}

const ACCOUNT = { EWS_USERNAME: 'user1@contoso.com', EWS_PASSWORD: 'Passw0rd-1' };

describe('the suite under throttling', () => {
  it('passes against the throttling profile, waiting as the server asks', async () => {
    const started = Date.now();
    const run = await runSuite({ EWS_MOCK_THROTTLE: '1' }, [
      '--name',
      'One group more than the limit is refused',
    ]);
    const took = Date.now() - started;
    assert.equal(run.code, 0, run.output.slice(-2000));
    assert.deepEqual([...run.statuses.values()], ['PASSED']);
    const stream = readFileSync(join(run.reports, 'cucumber.ndjson'), 'utf-8');
    const waited = /(ErrorServerBusy fault \(BackOffMilliseconds|HTTP 503 \(Retry-After:) \d+\)/;
    assert.match(stream, new RegExp(`${waited.source}: waiting \\d+ ms`));
    assert.ok(took < 60_000, `took ${took} ms`);
  });

  it('ends a scenario the throttling kept from running "cannot tell"', async () => {
    // One request per mailbox in ten minutes: the preflight's; then the server stays busy.
    const server = await startMock({ throttle: { budget: 1, windowMs: 600_000 } });
    const run = await runSuite({ EWS_URL: server.url, ...ACCOUNT, EWS_TIMEOUT_MS: '400' }, [
      '--name',
      'example: no arguments',
    ]);
    await server.close();
    assert.equal(run.code, 0, run.output.slice(-2000));
    assert.match(run.output, /Scenarios: 1 \(1 cannot tell\)/);
    assert.match(run.output, /cannot tell .*: the server was still busy after 4 tries/);
    const report = JSON.parse(readFileSync(join(run.reports, 'conformance.json'), 'utf-8'));
    const ran = (report.requirements as Judged[]).filter((r) =>
      r.scenarios.some((x) => x.status === 'FAILED'),
    );
    assert.ok(ran.every((r) => r.verdict !== 'fail' && r.verdict !== 'warning'));
    const own = ran.filter((r) => r.id.startsWith('GIIL-'));
    assert.ok(own.length > 0);
    for (const r of own) {
      assert.equal(r.verdict, 'cannot tell', r.id);
      assert.match(r.reason ?? '', /^the server was still busy after 4 tries/);
    }
  });
});
