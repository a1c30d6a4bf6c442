import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runSuite } from './run-suite.ts';

/**
 * The suite must fail against a server that deviates, naming what deviates. Each run points
 * the suite at the embedded mock with one deliberate deviation switched on.
 */
function failedScenarios(statuses: Map<string, string>): string[] {
  return [...statuses].filter(([, s]) => s === 'FAILED').map(([name]) => name);
}

describe('the suite against deliberately wrong servers', { concurrency: 2 }, () => {
  it('passes against the faithful embedded mock, with no warnings', async () => {
    const run = await runSuite({});
    assert.equal(run.code, 0, run.output.slice(-3000));
    assert.ok(run.statuses.size >= 20, `only ${run.statuses.size} scenarios ran`);
    assert.deepEqual(failedScenarios(run.statuses), []);
    assert.match(run.output, /Warnings \(recommended behaviour that differs\): 0/);
  });

  const deviations: Array<[string, RegExp]> = [
    ['persona-without-personaid', /t:PersonaId/],
    [
      'https-namespace-response',
      /\{https:\/\/schemas\.microsoft\.com\/exchange\/services\/2006\/messages\}/,
    ],
    ['no-server-version-info', /ServerVersionInfo/],
    ['display-name-ignored', /Persona DisplayName/],
  ];
  for (const [fault, naming] of deviations) {
    it(`fails against a mock with ${fault}, naming what deviates`, async () => {
      const run = await runSuite({ EWS_MOCK_FAULTS: fault });
      assert.equal(run.code, 1, run.output.slice(-3000));
      assert.ok(failedScenarios(run.statuses).length > 0, 'no scenario failed');
      assert.match(run.output, naming);
    });
  }

  it('warns, without failing, when the server duplicates a contact', async () => {
    const run = await runSuite({ EWS_MOCK_FAULTS: 'duplicate-contact' });
    assert.equal(run.code, 0, run.output.slice(-3000));
    assert.match(run.output, /a second add with the same IM address returns the same contact/);
  });
});
