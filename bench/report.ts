import { cpus, loadavg } from 'node:os';
import type { LimitsResult } from './limits.ts';
import type { SuiteResult } from './suite.ts';
import type { ThroughputResult } from './throughput.ts';
import type { XmlCost } from './xml-cost.ts';

/**
 * `reports/bench.json` (format `ews-bench/1`): the machine, each section's figures, and the
 * issue's targets with the measured value and whether it was met.
 */
export interface Target {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

export interface BenchReport {
  format: 'ews-bench/1';
  startedAt: string;
  durationS: number;
  machine: { cpus: number; model: string; node: string; platform: string; loadAverage: number[] };
  suite?: SuiteResult;
  throughput?: ThroughputResult[];
  limits?: LimitsResult;
  xml?: XmlCost[];
  targets: Target[];
}

export function machine(): BenchReport['machine'] {
  return {
    cpus: cpus().length,
    model: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** "Well under 50 ms" is read as at most half of it, at the 95th percentile. */
const LIMITS_P95_MS = 25;

export function targets(r: Omit<BenchReport, 'targets'>): Target[] {
  const found: Target[] = [];
  if (r.suite) {
    for (const [kind, ratio] of [
      ['serial', r.suite.ratioSerial],
      [`--parallel ${r.suite.workers}`, r.suite.ratioParallel],
    ] as const) {
      const name = `suite wall time, ${kind}`;
      found.push({ name, target: '<= 1.5x floor', measured: `${ratio}x`, met: ratio <= 1.5 });
    }
  }
  for (const t of r.throughput ?? []) {
    const name = `mock throughput, ${t.operation}`;
    const measured = `${t.ratio}x bare`;
    found.push({ name, target: '>= 0.5x bare', measured, met: t.ratio >= 0.5 });
  }
  if (r.limits) {
    const p95 = r.limits.latencyMs.p95;
    const target = `p95 <= ${LIMITS_P95_MS} ms (well under 50)`;
    const name = 'GetImItemList at the limits';
    found.push({ name, target, measured: `p95 ${p95} ms`, met: p95 <= LIMITS_P95_MS });
  }
  return found;
}
