import type { Envelope, TestStepResult } from '@cucumber/messages';
import { CHECKS_MEDIA_TYPE, type CheckRecord } from '../checks.ts';
import { worse } from './run-index.ts';
import { SKIP_MEDIA_TYPE } from './tally.ts';

/**
 * What a cucumber message stream says about each scenario, for the verdicts: its tags, its
 * worst status, its check records, why it was skipped, its exchanges in order and its first
 * failure. A scenario left out by a tag or name filter has a pickle but no attempt: NOT RUN.
 * When a scenario is retried, its last attempt counts.
 */
export const NOT_RUN = 'NOT RUN';

export interface ScenarioExchange {
  fileName: string;
  text: string;
  operation: string;
  /** `setup`, `scenario` or `cleanup`, from the attachment's file name. */
  phase: string;
  /** Position in the stream, to order exchanges against failures. */
  order: number;
}

export interface ScenarioFailure {
  type?: string;
  message: string;
  order: number;
}

export interface ScenarioFacts {
  name: string;
  tags: string[];
  status: string;
  records: CheckRecord[];
  skipReason?: string;
  exchanges: ScenarioExchange[];
  failure?: ScenarioFailure;
}

export interface RunFacts {
  scenarios: ScenarioFacts[];
  startedAt?: Date;
  finishedAt?: Date;
}

const EXCHANGE_FILE = /^(\w+) \((\w+), [^)]*\)\.txt$/;

function toDate(t: { seconds: number; nanos: number }): Date {
  return new Date(t.seconds * 1000 + Math.floor(t.nanos / 1e6));
}

export class ScenarioIndex {
  private readonly facts = new Map<string, ScenarioFacts>();
  private readonly cases = new Map<string, string>();
  private readonly attempts = new Map<string, string>();
  private order = 0;
  private startedAt?: Date;
  private finishedAt?: Date;

  add(e: Envelope): void {
    this.order += 1;
    if (e.pickle) {
      const tags = e.pickle.tags.map((t) => t.name);
      const name = `${e.pickle.uri}: ${e.pickle.name}`;
      this.facts.set(e.pickle.id, { name, tags, status: NOT_RUN, records: [], exchanges: [] });
    }
    if (e.testCase) this.cases.set(e.testCase.id, e.testCase.pickleId);
    if (e.testCaseStarted) this.started(e.testCaseStarted.id, e.testCaseStarted.testCaseId);
    if (e.testStepFinished) {
      this.stepFinished(e.testStepFinished.testCaseStartedId, e.testStepFinished.testStepResult);
    }
    if (e.attachment?.testCaseStartedId) {
      const { testCaseStartedId, mediaType, body, fileName } = e.attachment;
      this.attached(testCaseStartedId, mediaType, body, fileName);
    }
    if (e.testRunStarted) this.startedAt = toDate(e.testRunStarted.timestamp);
    if (e.testRunFinished) this.finishedAt = toDate(e.testRunFinished.timestamp);
  }

  result(): RunFacts {
    return {
      scenarios: [...this.facts.values()],
      ...(this.startedAt ? { startedAt: this.startedAt } : {}),
      ...(this.finishedAt ? { finishedAt: this.finishedAt } : {}),
    };
  }

  private scenario(attempt: string): ScenarioFacts | undefined {
    return this.facts.get(this.attempts.get(attempt) ?? '');
  }

  private started(attempt: string, testCase: string): void {
    const pickle = this.cases.get(testCase) ?? '';
    this.attempts.set(attempt, pickle);
    const old = this.facts.get(pickle);
    if (old) {
      this.facts.set(pickle, {
        name: old.name,
        tags: old.tags,
        status: 'PASSED',
        records: [],
        exchanges: [],
      });
    }
  }

  private stepFinished(attempt: string, result: TestStepResult): void {
    const s = this.scenario(attempt);
    if (!s) return;
    s.status = worse(s.status, result.status);
    if (result.status === 'FAILED' && !s.failure) {
      const message = result.exception?.message ?? result.message ?? 'the step failed';
      const type = result.exception?.type;
      s.failure = { message, order: this.order, ...(type ? { type } : {}) };
    }
  }

  private attached(attempt: string, mediaType: string, body: string, fileName?: string): void {
    const s = this.scenario(attempt);
    if (!s) return;
    if (mediaType === CHECKS_MEDIA_TYPE) s.records.push(...(JSON.parse(body) as CheckRecord[]));
    if (mediaType === SKIP_MEDIA_TYPE) s.skipReason = body;
    const m = mediaType === 'text/plain' ? EXCHANGE_FILE.exec(fileName ?? '') : null;
    if (m?.[1] && m[2] && fileName) {
      s.exchanges.push({ fileName, text: body, operation: m[1], phase: m[2], order: this.order });
    }
  }
}

export function runFacts(envelopes: Iterable<Envelope>): RunFacts {
  const index = new ScenarioIndex();
  for (const e of envelopes) index.add(e);
  return index.result();
}

export function parseNdjson(ndjson: string): Envelope[] {
  return ndjson
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Envelope);
}
