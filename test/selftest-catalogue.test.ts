import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from '@cucumber/tag-expressions';
import { FAULT_KINDS, FAULTS, type FaultEntry, faultOperations } from '../mock/faults.ts';
import { OPERATIONS } from '../support/ews/operations.ts';
import { featureScenarios } from '../support/requirements/audit.ts';
import { requirement } from '../support/requirements/catalogue.ts';

/**
 * The fault catalogue (mock/faults.ts) is complete enough to measure a detection rate: at
 * least 40 faults over every operation and every kind, each naming requirements that exist
 * and tags whose scenarios verify one of them.
 */
const ROOT = new URL('..', import.meta.url).pathname;
const SCENARIOS = featureScenarios(join(ROOT, 'features'));
const ALL: readonly FaultEntry[] = FAULTS;

function scenariosFor(fault: FaultEntry) {
  const expression = parse(fault.tags);
  return SCENARIOS.filter((s) => expression.evaluate([...s.tags]));
}

describe('the fault catalogue', () => {
  it('has at least 40 faults with unique kebab-case names and descriptions', () => {
    assert.ok(ALL.length >= 40, `only ${ALL.length} faults`);
    assert.equal(new Set(ALL.map((f) => f.name)).size, ALL.length);
    for (const f of ALL) {
      assert.match(f.name, /^[a-z0-9]+(-[a-z0-9]+)*$/, f.name);
      assert.ok(f.description.length > 10, f.name);
    }
  });

  it('covers every one of the 13 operations and every kind', () => {
    const named = new Set<string>(
      ALL.flatMap((f) => faultOperations(f)).filter((o) => o !== 'all'),
    );
    for (const op of OPERATIONS) assert.ok(named.has(op.name), `no fault of ${op.name}`);
    for (const kind of FAULT_KINDS) {
      assert.ok(
        ALL.some((f) => f.kind === kind),
        `no fault of the kind "${kind}"`,
      );
    }
  });

  it("names requirements of the catalogue, of the fault's own operations", () => {
    for (const f of ALL) {
      assert.ok(f.requirements.length > 0, `${f.name} names no requirement`);
      const ops = faultOperations(f);
      for (const id of f.requirements) {
        const { operation } = requirement(id);
        const own = operation === '*' || ops === 'all' || ops.some((o) => o === operation);
        assert.ok(own, `${f.name}: ${id} is a requirement of ${operation}`);
      }
    }
  });

  it('has tags that select scenarios verifying one of its requirements', () => {
    for (const f of ALL.filter((fault) => !fault.undetectable)) {
      const selected = scenariosFor(f);
      assert.ok(selected.length > 0, `${f.name}: "${f.tags}" selects no scenario`);
      const verifying = selected.filter((s) =>
        f.requirements.some((id) => {
          const everyMessage = requirement(id).verifiedBy === 'every-message';
          return everyMessage || s.tags.includes(`@${id}`);
        }),
      );
      assert.ok(verifying.length > 0, `${f.name}: no selected scenario verifies its requirements`);
    }
  });

  it('gives a reason for every fault it lists as undetectable', () => {
    const listed = ALL.filter((f) => f.undetectable !== undefined);
    assert.ok(listed.length > 0);
    for (const f of listed) assert.ok((f.undetectable ?? '').length > 20, f.name);
  });
});
