import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Envelope } from '@cucumber/messages';
import { out } from '../support/log.ts';

/**
 * `npm run bench [-- --runs N]`: times whole runs of the suite against the embedded mock (each in
 * a fresh process, as a user starts it) and, from the last run's message stream, the time spent
 * per feature. Prints a table; asserts nothing.
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

function seconds(t: { seconds: number; nanos: number }): number {
  return t.seconds + t.nanos / 1e9;
}

function perFeature(ndjson: string): Map<string, number> {
  const uriOf = new Map<string, string>();
  const caseUri = new Map<string, string>();
  const started = new Map<string, { uri: string; at: number }>();
  const totals = new Map<string, number>();
  for (const line of ndjson.split('\n').filter(Boolean)) {
    const e = JSON.parse(line) as Envelope;
    if (e.pickle) uriOf.set(e.pickle.id, e.pickle.uri);
    if (e.testCase) caseUri.set(e.testCase.id, uriOf.get(e.testCase.pickleId) ?? '?');
    const s = e.testCaseStarted;
    if (s) started.set(s.id, { uri: caseUri.get(s.testCaseId) ?? '?', at: seconds(s.timestamp) });
    const f = e.testCaseFinished;
    const begin = f && started.get(f.testCaseStartedId);
    if (f && begin) {
      const spent = seconds(f.timestamp) - begin.at;
      totals.set(begin.uri, (totals.get(begin.uri) ?? 0) + spent);
    }
  }
  return totals;
}

const walls: number[] = [];
let lastReports = '';
for (let i = 0; i < runs; i++) {
  lastReports = mkdtempSync(join(tmpdir(), 'ews-bench-'));
  const begin = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bin/conformance.ts'], {
    env: { ...process.env, EWS_REPORTS_DIR: lastReports, EWS_QUIET: '1' },
    encoding: 'utf-8',
  });
  walls.push((performance.now() - begin) / 1000);
  if (run.status !== 0) out(`run ${i + 1} exited ${run.status}: ${run.stdout.slice(-500)}`);
}
walls.sort((a, b) => a - b);
out(
  `whole run, ${runs} x: min ${walls[0]?.toFixed(1)} s, median ${walls[runs >> 1]?.toFixed(1)} s`,
);
const features = perFeature(readFileSync(join(lastReports, 'cucumber.ndjson'), 'utf-8'));
for (const [uri, spent] of [...features].sort((a, b) => b[1] - a[1])) {
  out(`  ${spent.toFixed(2).padStart(6)} s  ${uri}`);
}
