import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type Pickle } from '@cucumber/messages';
import { startMock } from '../mock/server.ts';
import { READ_ONLY_TAG, READ_OPERATIONS } from '../support/skip-rules.ts';
import {
  ACCOUNT_ENV,
  launch,
  OPT_IN_ENV,
  pictures,
  RecordingProxy,
  seedUser1,
  seedUser2,
} from './live-run-kit.ts';

/**
 * EWS_READ_ONLY=1 runs only the scenarios tagged @read-only, for servers where the account may
 * not write. Such a scenario sets nothing up and sends no change the server would carry out:
 * only reads, and requests that the schema refuses with a fault. The others are "not tested",
 * with the reason "read-only mode".
 */
const ROOT = new URL('..', import.meta.url).pathname;

function pickles(): Pickle[] {
  const dir = join(ROOT, 'features');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.feature'))
    .flatMap((f) => {
      const newId = IdGenerator.incrementing();
      const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
      return compile(parser.parse(readFileSync(join(dir, f), 'utf-8')), `features/${f}`, newId);
    });
}

/** The operation a step sends, if it sends one (a table step or a raw request body). */
function sentOperation(text: string, docString: string | undefined): string | undefined {
  const named = /^the \w+ account sends (\w+)/.exec(text)?.[1];
  if (named && named !== 'the') return named;
  if (docString === undefined) return undefined;
  return /<(?:[\w.-]+:)?([\w.-]+)/.exec(docString)?.[1];
}

function problemsOf(p: Pickle): string[] {
  const problems: string[] = [];
  const refused = p.steps.some((s) =>
    /^the server (answers with|refuses the request, with) a SOAP fault/.test(s.text),
  );
  for (const step of p.steps) {
    if (/^the \w+ account (has|adds) /.test(step.text)) problems.push(`sets up: ${step.text}`);
    const op = sentOperation(step.text, step.argument?.docString?.content);
    if (op && !READ_OPERATIONS.includes(op) && !refused) problems.push(`sends ${op}, not refused`);
  }
  return problems.map((why) => `${p.uri}: ${p.name}: ${why}`);
}

describe('read-only mode', () => {
  const readOnly = pickles().filter((p) => p.tags.some((t) => t.name === READ_ONLY_TAG));

  it('tags only scenarios that change nothing', () => {
    assert.ok(readOnly.length >= 5, `${readOnly.length} scenarios are tagged ${READ_ONLY_TAG}`);
    assert.deepEqual(readOnly.flatMap(problemsOf), []);
  });

  it('runs only those against a live server, and leaves its mailboxes as they were', async () => {
    const mock = await startMock();
    await seedUser1(mock.url);
    await seedUser2(mock.url);
    const seed = await pictures(mock.url);
    const proxy = await new RecordingProxy(mock.url).start();
    const env = { EWS_URL: proxy.url, ...ACCOUNT_ENV, ...OPT_IN_ENV, EWS_READ_ONLY: '1' };
    const run = await launch('conformance', env);
    await proxy.close();
    assert.equal(run.code, 0, run.output.slice(-3000));
    const ran = [...run.statuses].filter(([, s]) => s !== 'SKIPPED').map(([name]) => name);
    const expected = readOnly.map((p) => `${p.uri}: ${p.name}`);
    assert.deepEqual(ran.sort(), expected.sort());
    assert.ok(run.statuses.size > readOnly.length * 5, 'the others were skipped');
    const changes = proxy.operations
      .map((op, i) => ({ op, status: proxy.statuses[i] }))
      .filter(({ op }) => op !== '(none)' && !READ_OPERATIONS.includes(op));
    assert.ok(changes.length > 0, 'the schema-refused requests were sent');
    assert.ok(
      changes.every((c) => c.status === 500),
      JSON.stringify(changes),
    );
    assert.deepEqual(await pictures(mock.url), seed);
    const report = JSON.parse(readFileSync(join(run.reports, 'conformance.json'), 'utf-8'));
    const reasons = report.requirements
      .filter((r: { verdict: string }) => r.verdict === 'not tested')
      .map((r: { reason?: string }) => r.reason ?? '');
    assert.ok(
      reasons.some((r: string) => r.includes('read-only mode')),
      reasons.join('\n'),
    );
    await mock.close();
  });
});
