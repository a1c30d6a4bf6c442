import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BenchReport, machine, targets } from '../bench/report.ts';
import { table } from '../bench/table.ts';
import { benchXml } from '../bench/xml-cost.ts';
import { envelope, getImItemList } from '../mock/testkit/requests.ts';

/**
 * The benchmark's pieces that need no server and no timing: the targets it judges, the table
 * it prints, and one real measurement of the suite's cost per response on a tiny response.
 * `npm run bench` itself is never part of `npm test`.
 */
const TIMES = { wallS: { min: 1, median: 1, max: 1 } };

function report(ratioSerial: number, throughputRatio: number, p95: number) {
  const measured: Omit<BenchReport, 'targets'> = {
    format: 'ews-bench/1',
    startedAt: '2026-12-03T12:00:00.000Z',
    durationS: 1,
    machine: machine(),
    suite: {
      tags: 'not @limits',
      runs: 1,
      workers: 2,
      scenarios: 90,
      floor: TIMES,
      serial: TIMES,
      parallel: TIMES,
      ratioSerial,
      ratioParallel: 2,
    },
    throughput: [
      {
        operation: 'GetImItemList',
        requestBytes: 300,
        responseBytes: 3000,
        mock: { rps: 500, requests: 500, latencyMs: { p50: 1, p99: 2 }, cpuUs: 1000 },
        bare: { rps: 1000, requests: 1000, latencyMs: { p50: 1, p99: 2 }, cpuUs: 500 },
        ratio: throughputRatio,
        cpuRatio: throughputRatio,
        mockSplitUs: { parse: 100, schema: 20, operation: 100, serialize: 10, rest: 300 },
      },
    ],
    limits: {
      groups: 64,
      contacts: 1000,
      samples: 10,
      fillS: 5,
      responseBytes: 2_000_000,
      latencyMs: { p50: p95 / 2, p95, max: p95 },
      mockMs: { parse: 0.1, schema: 0.05, operation: 10, serialize: 0.05 },
      memory: {
        empty: { heapUsedMb: 20, rssMb: 200 },
        full: { heapUsedMb: 22, rssMb: 210 },
        afterRequests: { heapUsedMb: 22, rssMb: 220 },
        maxRssMb: 230,
      },
    },
  };
  return { ...measured, targets: targets(measured) };
}

describe('benchmark report', () => {
  it('judges each target at its bound', () => {
    const met = report(1.5, 0.5, 25).targets;
    assert.deepEqual(
      met.map((t) => [t.name, t.met]),
      [
        ['suite wall time, serial', true],
        ['suite wall time, --parallel 2', false],
        ['mock throughput, GetImItemList', true],
        ['GetImItemList at the limits', true],
      ],
    );
    const missed = report(1.51, 0.49, 25.1).targets.filter((t) => !t.met);
    assert.equal(missed.length, 4);
  });

  it('prints every section and every target', () => {
    const lines = table(report(2, 0.3, 40)).join('\n');
    for (const part of ['x floor', 'mock/s', 'at the limits', 'MISSED mock throughput']) {
      assert.ok(lines.includes(part), `the table has "${part}"`);
    }
  });

  it('measures the suite-side cost of a response, which the schema accepts', () => {
    const xml = envelope(getImItemList()).replace('m:GetImItemList', 'm:GetImItemListResponse');
    const response = xml.replace(
      '<m:GetImItemListResponse/>',
      '<m:GetImItemListResponse ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>' +
        '<m:ImItemList/></m:GetImItemListResponse>',
    );
    const [cost] = benchXml([{ name: 'tiny', operation: 'GetImItemList', xml: response }], 5);
    assert.ok(cost, 'one measurement');
    assert.equal(cost.valid, true);
    for (const us of [cost.parseUs, cost.xpathUs, cost.schemaUs]) assert.ok(us > 0);
  });
});
