import { ERRATA } from '../errata.ts';
import type { Requirement } from '../requirements/types.ts';
import { type TargetContext, targetInfo } from './conformance-header.ts';
import type { RunFacts } from './conformance-scenarios.ts';
import {
  CONFORMANCE_FORMAT,
  type ConformanceReport,
  emptyCounts,
  type RequirementResult,
  type RunInfo,
  type Summary,
  VERDICTS,
} from './conformance-types.ts';
import { verdicts } from './conformance-verdicts.ts';

/** Builds the conformance document of a run, and reads a saved one back. */
export function summarize(results: readonly RequirementResult[]): Summary {
  const total = emptyCounts();
  const byOperation: Summary['byOperation'] = {};
  let skippedCoverage = 0;
  for (const r of results) {
    total[r.verdict] += 1;
    const counts = byOperation[r.operation] ?? emptyCounts();
    counts[r.verdict] += 1;
    byOperation[r.operation] = counts;
    skippedCoverage += r.skipped;
  }
  return { total, byOperation, skippedCoverage };
}

export interface BuildInput {
  facts: RunFacts;
  catalogue: readonly Requirement[];
  target: TargetContext;
  run: Omit<RunInfo, 'startedAt' | 'durationMs'> & Partial<RunInfo>;
}

function runInfo(input: BuildInput): RunInfo {
  const { facts, run } = input;
  const start = facts.startedAt ?? new Date();
  const end = facts.finishedAt ?? start;
  return {
    id: run.id,
    startedAt: run.startedAt ?? start.toISOString(),
    durationMs: run.durationMs ?? Math.max(0, end.getTime() - start.getTime()),
    suiteVersion: run.suiteVersion,
  };
}

export function buildReport(input: BuildInput): ConformanceReport {
  const embedded = input.target.embedded;
  const requirements = verdicts(input.catalogue, input.facts.scenarios, { embedded });
  return {
    format: CONFORMANCE_FORMAT,
    run: runInfo(input),
    target: targetInfo(input.facts, input.target),
    requirements,
    summary: summarize(requirements),
    errata: ERRATA,
  };
}

export class ReportFormatError extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A saved conformance.json: the parts the combined report uses are checked. */
export function parseReport(text: string, where: string): ConformanceReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new ReportFormatError(`${where} is not JSON: ${(err as Error).message}`);
  }
  if (!isObject(doc) || doc.format !== CONFORMANCE_FORMAT) {
    throw new ReportFormatError(`${where} is not a conformance report (${CONFORMANCE_FORMAT})`);
  }
  if (!isObject(doc.run) || typeof doc.run.id !== 'string' || !Array.isArray(doc.requirements)) {
    throw new ReportFormatError(`${where} lacks run.id or requirements`);
  }
  for (const r of doc.requirements as unknown[]) {
    if (!isObject(r) || typeof r.id !== 'string' || !VERDICTS.includes(r.verdict as never)) {
      throw new ReportFormatError(`${where} has a requirement without an id or a verdict`);
    }
  }
  return doc as unknown as ConformanceReport;
}
