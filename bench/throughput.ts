import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { PipelinePhase } from '../mock/pipeline.ts';
import { AUTHORIZATION, BenchMailbox, REQUESTS } from './mailbox.ts';
import type { ServerStats } from './serve.ts';
import { ServerChild } from './server-child.ts';
import { round } from './stats.ts';

/**
 * The mock's throughput under autocannon for two operations, against a bare node:http server
 * that answers every request with the mock's own response bytes. Each server runs alone in a
 * child process; the mock's pipeline hook splits its time per request into parsing, schema
 * validation, operation and serialization, and the rest of its CPU time per request (HTTP,
 * authentication, garbage collection) is what the bare server also spends, or more.
 */
export interface LoadOptions {
  durationS: number;
  connections: number;
}

export interface LoadResult {
  rps: number;
  requests: number;
  latencyMs: { p50: number; p99: number };
  /** Server CPU time per request, microseconds. */
  cpuUs: number;
}

export type PhaseSplit = Record<PipelinePhase | 'rest', number>;

export interface ThroughputResult {
  operation: string;
  requestBytes: number;
  responseBytes: number;
  mock: LoadResult;
  bare: LoadResult;
  /** The mock's rate over the bare server's. */
  ratio: number;
  /** The bare server's CPU time per request over the mock's: the same ratio, less noisy. */
  cpuRatio: number;
  /** The mock's time per request in microseconds: pipeline phases, and the rest of its CPU. */
  mockSplitUs: PhaseSplit;
}

async function load(url: string, body: string, durationS: number, connections: number) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=utf-8', authorization: AUTHORIZATION },
    body,
    connections,
    duration: durationS,
  });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`load on ${url}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  }
  return result;
}

/** Warms the server up, then measures it with its counters reset. */
async function measure(server: ServerChild, body: string, options: LoadOptions) {
  await load(server.url, body, Math.min(1, options.durationS / 2), options.connections);
  await server.reset();
  const result = await load(server.url, body, options.durationS, options.connections);
  const stats = await server.stats();
  const requests = result['2xx'];
  const outcome: LoadResult = {
    rps: round(requests / result.duration, 0),
    requests,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    cpuUs: round((stats.cpuMs * 1000) / requests, 1),
  };
  return { outcome, stats };
}

function split(stats: ServerStats, load: LoadResult): PhaseSplit {
  const per = (phase: PipelinePhase) => (stats.phases[phase].ms * 1000) / load.requests;
  const phases = { parse: per('parse'), schema: per('schema'), operation: per('operation') };
  const serialize = per('serialize');
  const timed = phases.parse + phases.schema + phases.operation + serialize;
  return {
    parse: round(phases.parse, 1),
    schema: round(phases.schema, 1),
    operation: round(phases.operation, 1),
    serialize: round(serialize, 1),
    rest: round(Math.max(0, load.cpuUs - timed), 1),
  };
}

async function bareRun(response: string, body: string, options: LoadOptions) {
  const file = join(mkdtempSync(join(tmpdir(), 'ews-bench-')), 'response.xml');
  writeFileSync(file, response);
  const bare = await ServerChild.start(['--kind', 'bare', '--body', file]);
  try {
    return (await measure(bare, body, options)).outcome;
  } finally {
    await bare.stop();
  }
}

/** A group with five contacts: the mailbox both operations run on. */
async function setUp(box: BenchMailbox): Promise<string> {
  const groupId = await box.addGroup('Bench');
  for (let i = 0; i < 5; i++) await box.addContact(`bench${i}@fabrikam.com`, groupId);
  return groupId;
}

/** A response the mock gave, for bench/xml-cost.ts. */
export interface SampleResponse {
  name: string;
  operation: string;
  xml: string;
}

export async function benchThroughput(
  options: LoadOptions,
): Promise<{ results: ThroughputResult[]; responses: SampleResponse[] }> {
  const mock = await ServerChild.start(['--kind', 'mock']);
  try {
    const box = new BenchMailbox(mock.url);
    const groupId = await setUp(box);
    const cases = [
      // The same contact again: the mock answers with the existing one, the state stays put.
      ['AddNewImContactToGroup', REQUESTS.addNewImContact('bench0@fabrikam.com', groupId)],
      ['GetImItemList', REQUESTS.getImItemList()],
    ] as const;
    const results: ThroughputResult[] = [];
    const responses: SampleResponse[] = [];
    for (const [operation, body] of cases) {
      const response = (await box.call(body)).text;
      responses.push({ name: `${operation} (5 contacts)`, operation, xml: response });
      const { outcome, stats } = await measure(mock, body, options);
      const bare = await bareRun(response, body, options);
      results.push({
        operation,
        requestBytes: Buffer.byteLength(body),
        responseBytes: Buffer.byteLength(response),
        mock: outcome,
        bare,
        ratio: round(outcome.rps / bare.rps),
        cpuRatio: round(bare.cpuUs / outcome.cpuUs),
        mockSplitUs: split(stats, outcome),
      });
    }
    return { results, responses };
  } finally {
    await mock.stop();
  }
}
