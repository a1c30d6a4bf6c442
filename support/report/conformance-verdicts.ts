import { CANNOT_TELL_TYPE } from '../cannot-tell.ts';
import type { CheckRecord } from '../checks.ts';
import { OPERATIONS } from '../ews/operations.ts';
import type { Requirement, Verdict } from '../requirements/types.ts';
import { failureEvidence, firstLine, recordEvidence } from './conformance-evidence.ts';
import { NOT_RUN, type ScenarioFacts } from './conformance-scenarios.ts';
import type { Evidence, RequirementResult } from './conformance-types.ts';

/**
 * One verdict per requirement from the scenarios of a run. A scenario speaks for a requirement
 * when it carries a check record of it or the requirement's tag (`@ANICTG-R012`). Per scenario:
 * left out or skipped: not tested (with the reason); check records: fail, else warning, else
 * pass (an informative note passes); tag only: the scenario's status, except that a scenario
 * that failed in setup, or before the requirement's checks that ran elsewhere, cannot tell;
 * one stopped by a CannotTellError (throttling, a not-migrated mailbox) cannot tell, with its
 * reason.
 * Over the scenarios the worst counts: fail, warning, cannot tell, pass, not tested.
 */
const PRIORITY: readonly Verdict[] = ['fail', 'warning', 'cannot tell', 'pass', 'not tested'];

interface Observation {
  scenario: ScenarioFacts;
  verdict: Verdict;
  reason?: string;
  evidence?: Evidence;
}

export interface VerdictOptions {
  /** The run targeted the embedded mock (mock-only requirements are testable). */
  embedded: boolean;
}

export function operationOf(id: string): string {
  const code = id.split('-')[0] ?? '';
  if (code === 'EWS') return '*';
  return OPERATIONS.find((o) => o.code === code)?.name ?? code;
}

function skipped(s: ScenarioFacts): Observation | undefined {
  if (s.status === NOT_RUN) {
    return { scenario: s, verdict: 'not tested', reason: 'left out by the tag or name filter' };
  }
  if (s.status !== 'SKIPPED') return undefined;
  return { scenario: s, verdict: 'not tested', reason: s.skipReason ?? 'skipped' };
}

function fromRecords(s: ScenarioFacts, records: CheckRecord[], op: string): Observation {
  const worst =
    records.find((r) => r.outcome === 'fail') ?? records.find((r) => r.outcome === 'warning');
  if (!worst) return { scenario: s, verdict: 'pass' };
  const verdict: Verdict = worst.outcome === 'fail' ? 'fail' : 'warning';
  const evidence = recordEvidence(s, worst, op);
  return { scenario: s, verdict, reason: firstLine(evidence.message), evidence };
}

function fromStatus(s: ScenarioFacts, op: string, checkedElsewhere: boolean): Observation {
  if (s.status === 'PASSED') return { scenario: s, verdict: 'pass' };
  const evidence = failureEvidence(s, op);
  if (s.failure?.type === CANNOT_TELL_TYPE) {
    const reason = firstLine(evidence.message).replace(/^cannot tell: /, '');
    return { scenario: s, verdict: 'cannot tell', reason, evidence };
  }
  const inSetup = s.failure?.type === 'SetupError';
  if (s.status === 'FAILED' && !inSetup && !checkedElsewhere) {
    return { scenario: s, verdict: 'fail', reason: firstLine(evidence.message), evidence };
  }
  const why = `the scenario failed before a check of it ran: ${firstLine(evidence.message)}`;
  return { scenario: s, verdict: 'cannot tell', reason: why, evidence };
}

function observe(req: Requirement, s: ScenarioFacts, checkedElsewhere: boolean): Observation {
  const skip = skipped(s);
  if (skip) return skip;
  const records = s.records.filter((r) => r.requirement === req.id);
  if (records.length > 0) return fromRecords(s, records, req.operation);
  return fromStatus(s, req.operation, checkedElsewhere);
}

function speaksFor(req: Requirement, s: ScenarioFacts): boolean {
  return s.tags.includes(`@${req.id}`) || s.records.some((r) => r.requirement === req.id);
}

function combine(req: Requirement, observations: Observation[], level: Requirement['level']) {
  const verdict = PRIORITY.find((v) => observations.some((o) => o.verdict === v)) ?? 'not tested';
  const chosen = observations.filter((o) => o.verdict === verdict);
  const reasons = [...new Set(chosen.map((o) => o.reason).filter((r) => r !== undefined))];
  const evidence = chosen.find((o) => o.evidence)?.evidence;
  const result: RequirementResult = {
    id: req.id,
    operation: req.operation,
    statement: req.statement,
    level,
    verdict,
    scenarios: observations.map((o) => ({ name: o.scenario.name, status: o.scenario.status })),
    skipped: observations.filter((o) => skipped(o.scenario)).length,
  };
  if (reasons.length > 0) result.reason = reasons.join('; ');
  if (evidence && (verdict === 'fail' || verdict === 'warning' || verdict === 'cannot tell')) {
    result.evidence = evidence;
  }
  return result;
}

function untested(req: Requirement, reason: string): RequirementResult {
  const { id, operation, statement, level } = req;
  return {
    id,
    operation,
    statement,
    level,
    verdict: 'not tested',
    reason,
    scenarios: [],
    skipped: 0,
  };
}

/** A requirement no scenario speaks for: judged from its operation's scenarios as a whole. */
function unlinked(req: Requirement, all: ScenarioFacts[], opts: VerdictOptions) {
  const { operation, level } = req;
  if (!opts.embedded && req.verifiedBy === 'mock-only') {
    return untested(req, 'checked against the embedded mock only');
  }
  if (!opts.embedded && req.verifiedBy === 'not-testable-live') {
    return untested(req, 'cannot be tested against a live server');
  }
  const code = OPERATIONS.find((o) => o.name === operation)?.code;
  const ofOp = all.filter((s) => operation === '*' || (code && s.tags.includes(`@${code}`)));
  const failed = ofOp.find((s) => s.status === 'FAILED');
  if (failed) return combine(req, [fromStatus(failed, operation, true)], level);
  const lost = ofOp.map(skipped).filter((o) => o !== undefined);
  if (lost.length > 0 && lost.length === ofOp.length) return combine(req, lost, level);
  return untested(req, 'no check of it ran in this run');
}

function effectiveLevel(req: Requirement, linked: ScenarioFacts[]): Requirement['level'] {
  for (const s of linked) {
    const r = s.records.find((x) => x.requirement === req.id);
    if (r) return r.level;
  }
  return req.level;
}

export function judge(req: Requirement, all: ScenarioFacts[], opts: VerdictOptions) {
  const linked = all.filter((s) => speaksFor(req, s));
  if (linked.length === 0) return unlinked(req, all, opts);
  const checked = linked.some((s) => s.records.some((r) => r.requirement === req.id));
  const observations = linked.map((s) => observe(req, s, checked));
  return combine(req, observations, effectiveLevel(req, linked));
}

const TAG_ID = /^@((?:EWS|[A-Z]+)-R\d+)$/;

/** Requirements a run names (records, tags) that the catalogue lacks: shown, not dropped. */
export function unknownRequirements(
  known: readonly Requirement[],
  all: ScenarioFacts[],
): Requirement[] {
  const ids = new Set(known.map((r) => r.id));
  const found = new Map<string, Requirement>();
  const add = (id: string, r?: CheckRecord) => {
    if (ids.has(id) || found.has(id)) return;
    const statement = r ? r.statement : '(not in the requirement catalogue)';
    const level = r?.level ?? 'required';
    const operation = operationOf(id);
    found.set(id, { id, operation, source: '', statement, level, verifiedBy: 'scenario' });
  };
  for (const s of all) {
    for (const r of s.records) if (r.requirement) add(r.requirement, r);
    for (const t of s.tags) {
      const id = TAG_ID.exec(t)?.[1];
      if (id) add(id);
    }
  }
  return [...found.values()];
}

export function verdicts(
  catalogue: readonly Requirement[],
  all: ScenarioFacts[],
  opts: VerdictOptions,
): RequirementResult[] {
  const reqs = [...catalogue, ...unknownRequirements(catalogue, all)];
  return reqs.map((req) => judge(req, all, opts));
}
