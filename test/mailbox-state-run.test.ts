import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startMock } from '../mock/server.ts';
import { runSuite } from './run-suite.ts';

/**
 * A mailbox whose IM list was never migrated (pitfall P15; the mock's user3@contoso.com): the
 * preflight says so and the run goes on, every IM scenario ends "cannot tell" with that reason,
 * nothing fails, and the run's exit code is 0.
 */
interface Judged {
  id: string;
  verdict: string;
  reason?: string;
  scenarios: Array<{ status: string }>;
}

describe('a mailbox whose IM list was never migrated', () => {
  it('makes the IM scenarios "cannot tell", with the reason, not failures', async () => {
    const server = await startMock();
    const run = await runSuite(
      { EWS_URL: server.url, EWS_USERNAME: 'user3@contoso.com', EWS_PASSWORD: 'Passw0rd-3' },
      ['--name', 'a group named MyCustomGroup', '--name', 'example: no arguments'],
    );
    await server.close();
    assert.equal(run.code, 0, run.output.slice(-2000));
    assert.match(run.output, /warn: the IM list of user3@contoso\.com was never migrated/);
    assert.match(run.output, /Scenarios: 2 \(2 cannot tell\)/);
    assert.match(run.output, /cannot tell \(2 scenarios\): the IM list of user3@contoso\.com/);
    const report = JSON.parse(readFileSync(join(run.reports, 'conformance.json'), 'utf-8'));
    const own = (report.requirements as Judged[]).filter(
      (r) => /^(AIG|GIIL)-/.test(r.id) && r.scenarios.some((s) => s.status === 'FAILED'),
    );
    assert.ok(own.length >= 2);
    for (const r of own) {
      assert.equal(r.verdict, 'cannot tell', r.id);
      assert.match(r.reason ?? '', /never migrated .*ErrorFolderNotFound, pitfall P15/);
    }
  });
});
