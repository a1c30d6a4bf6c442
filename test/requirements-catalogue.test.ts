import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CheckFailure, Checks, expectEqual } from '../support/checks.ts';
import { OPERATIONS } from '../support/ews/operations.ts';
import { PERSONA_ELEMENTS } from '../support/expectations/persona-elements.ts';
import {
  catalogueProblems,
  coverageProblems,
  featureScenarios,
  scenariosOf,
  tagProblems,
} from '../support/requirements/audit.ts';
import { CATALOGUE, REQUIREMENTS, requirement } from '../support/requirements/catalogue.ts';
import { personaKey, requirementFor } from '../support/requirements/resolve.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SCENARIOS = featureScenarios(join(ROOT, 'features'));

/** The suite's code outside the catalogue, where every-message requirements are checked. */
function code(): string {
  const files = ['support', 'steps'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf-8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('catalogue.ts'))
      .map((f) => join(ROOT, dir, f)),
  );
  return files.map((f) => readFileSync(f, 'utf-8')).join('\n');
}

describe('the requirement catalogue', () => {
  it('has well-formed, unique ids, each of its operation, with a one-line statement', () => {
    assert.deepEqual(catalogueProblems(CATALOGUE), []);
    assert.equal(REQUIREMENTS.length, CATALOGUE.length);
  });

  it('has requirements for every operation and for every message', () => {
    for (const code of ['EWS', ...OPERATIONS.map((o) => o.code)]) {
      assert.ok(
        CATALOGUE.some((e) => e.id.startsWith(`${code}-`)),
        `no requirement for ${code}`,
      );
    }
  });

  it('finds a requirement by id, and names an unknown id', () => {
    assert.equal(requirement('EWS-R001').verifiedBy, 'every-message');
    assert.throws(() => requirement('ANICTG-R999'), /"ANICTG-R999"/);
  });

  it('maps each row of the expected-element table to one requirement of its level', () => {
    for (const row of PERSONA_ELEMENTS) {
      const e = requirementFor('AddNewImContactToGroup', personaKey(row.path), []);
      assert.equal(e.level, row.level, `${row.path}: ${e.id} is ${e.level}`);
    }
  });

  it('catches problems in the catalogue itself', () => {
    const [good] = CATALOGUE;
    assert.ok(good);
    const bad = [good, { ...good }, { ...good, id: 'EWS-R1' }, { ...good, id: 'AIG-R001' }];
    const problems = catalogueProblems(bad).join('\n');
    assert.match(problems, /EWS-R001: listed twice/);
    assert.match(problems, /EWS-R1: not <CODE>-R<3 digits>/);
    assert.match(problems, /AIG-R001: operation \*/);
  });
});

describe('the scenario tags', () => {
  it('name only catalogue ids, of their own operation, and no check twice', () => {
    assert.deepEqual(tagProblems(SCENARIOS, CATALOGUE), []);
  });

  it('leave no required requirement unverified', () => {
    assert.deepEqual(coverageProblems(SCENARIOS, CATALOGUE, code()), []);
  });

  it('are caught when unknown, malformed, foreign or ambiguous', () => {
    const feature = [
      '@AIG',
      'Feature: f',
      '  @AIG-R999 @AIG-R01 @SIG-R001',
      '  Scenario: s',
      '    Given x',
      '  @AIG-R006 @AIG-R007',
      '  Scenario: t',
      '    Given x',
    ].join('\n');
    const problems = tagProblems(scenariosOf('f.feature', feature), CATALOGUE).join('\n');
    assert.match(problems, /@AIG-R999 is not a catalogue id/);
    assert.match(problems, /@AIG-R01 is not a catalogue id/);
    assert.match(problems, /SIG-R001 belongs to SetImGroup/);
    assert.match(problems, /"fault" could judge AIG-R006 or AIG-R007/);
  });

  it('are needed for a required requirement that no scenario names', () => {
    const untagged = [{ where: 'f: s', tags: ['@AIG'] }];
    const problems = coverageProblems(untagged, CATALOGUE, '');
    assert.ok(problems.some((p) => p.startsWith('AIG-R001 (scenario)')));
    assert.ok(problems.some((p) => p.startsWith('EWS-R001 (every-message)')));
  });
});

describe('checks of a requirement', () => {
  it('fail quoting the id, the statement and what was checked', () => {
    const checks = new Checks();
    const ref = { id: 'ANICTG-R030', check: 'Persona has t:PersonaId/@Id' };
    assert.throws(
      () => checks.verifyRequirement(ref, () => expectEqual(1, 2, 'n')),
      (err: Error) =>
        err instanceof CheckFailure &&
        err.message.startsWith(
          '[required] ANICTG-R030 The persona has a PersonaId with a non-empty Id\n' +
            '  checked: Persona has t:PersonaId/@Id\nn: expected 2, got 1',
        ),
    );
    assert.deepEqual(checks.records[0], {
      requirement: 'ANICTG-R030',
      level: 'required',
      statement: 'Persona has t:PersonaId/@Id',
      outcome: 'fail',
      detail: 'n: expected 2, got 1',
    });
  });

  it('take the level from the catalogue, which a call may lower but not raise', () => {
    const checks = new Checks();
    checks.verifyRequirement({ id: 'ANICTG-R017', level: 'recommended' }, () => {
      throw new Error('no');
    });
    assert.equal(checks.records[0]?.outcome, 'warning');
    assert.equal(checks.records[0]?.statement, requirement('ANICTG-R017').statement);
    assert.throws(
      () => checks.verifyRequirement({ id: 'ANICTG-R006', level: 'required' }, () => {}),
      /ANICTG-R006 is recommended in the catalogue/,
    );
  });

  it('resolve a generic check by key, the scenario tags deciding between candidates', () => {
    assert.equal(requirementFor('AddImGroup', 'returns-group', []).id, 'AIG-R002');
    const tags = ['@AIG', '@AIG-R007'];
    assert.equal(requirementFor('AddImGroup', 'fault', tags).id, 'AIG-R007');
    assert.throws(() => requirementFor('AddImGroup', 'fault', []), /AIG-R006, AIG-R007/);
    assert.equal(requirementFor('AddImGroup', 'http:200', []).id, 'EWS-R006');
  });
});
