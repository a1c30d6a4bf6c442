/**
 * What a suite run (test/run-suite.ts) left in its reports folder, for the tests that judge the
 * suite itself: each scenario's failure messages, each requirement's verdict, the folder's size.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { RunIndex } from '../support/report/run-index.ts';

/** Failure messages of the failed steps and hooks, by scenario (`feature file: name`). */
export function failureMessages(reports: string): Map<string, string[]> {
  const index = new RunIndex();
  const messages = new Map<string, string[]>();
  const stream = readFileSync(join(reports, 'cucumber.ndjson'), 'utf-8');
  for (const line of stream.split('\n')) {
    if (line.trim() === '') continue;
    const envelope = JSON.parse(line) as Envelope;
    index.add(envelope);
    const step = envelope.testStepFinished;
    if (step?.testStepResult.status !== 'FAILED') continue;
    const scenario = index.scenarioOf(step.testCaseStartedId);
    messages.set(scenario, [...(messages.get(scenario) ?? []), step.testStepResult.message ?? '']);
  }
  return messages;
}

export interface Verdict {
  id: string;
  operation: string;
  verdict: string;
}

/** The requirement verdicts of the run's conformance.json. */
export function verdicts(reports: string): Verdict[] {
  const report = JSON.parse(readFileSync(join(reports, 'conformance.json'), 'utf-8')) as {
    requirements: Verdict[];
  };
  return report.requirements.map(({ id, operation, verdict }) => ({ id, operation, verdict }));
}

/** Bytes of every file under the folder. */
export function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true })
    .map((name) => statSync(join(folder, String(name))))
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + entry.size, 0);
}
