import type { BenchReport } from './report.ts';

/** The short table `npm run bench` prints, from the report it wrote. */
function row(cells: Array<string | number>, widths: number[]): string {
  return cells
    .map((c, i) =>
      i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0),
    )
    .join('  ');
}

function suiteLines(r: BenchReport): string[] {
  const s = r.suite;
  if (!s) return [];
  const w = [34, 8, 8, 8];
  const cpu = (t: { cpuS?: { median: number } }) => t.cpuS?.median ?? '-';
  const line = (name: string, t: typeof s.floor, ratio: number | string) =>
    row([name, t.wallS.median, cpu(t), ratio], w);
  return [
    `Suite, embedded mock, --tags '${s.tags}', ${s.scenarios} scenarios, median of ${s.runs}`,
    row(['', 'wall s', 'cpu s', 'x floor'], w),
    line('  floor: cucumber-js --dry-run', s.floor, '1'),
    line('  serial', s.serial, s.ratioSerial),
    line(`  --parallel ${s.workers}`, s.parallel, s.ratioParallel),
  ];
}

function throughputLines(r: BenchReport): string[] {
  if (!r.throughput) return [];
  const w = [24, 7, 7, 6, 6, 7, 7, 7, 7, 7];
  const head = ['', 'mock/s', 'bare/s', 'ratio', 'cpu', 'parse', 'schema', 'op', 'serial.', 'rest'];
  return [
    "Mock throughput (autocannon); cpu: bare CPU per request over the mock's;" +
      " the mock's time per request in microseconds",
    row(head, w),
    ...r.throughput.map((t) => {
      const s = t.mockSplitUs;
      const rates = [t.mock.rps, t.bare.rps, t.ratio, t.cpuRatio];
      const cells = [...rates, s.parse, s.schema, s.operation, s.serialize];
      return row([`  ${t.operation}`, ...cells, s.rest], w);
    }),
  ];
}

function limitsLines(r: BenchReport): string[] {
  const l = r.limits;
  if (!l) return [];
  const m = l.memory;
  return [
    `GetImItemList at the limits (${l.groups} groups, ${l.contacts} contacts, ` +
      `${l.samples} requests, ${Math.round(l.responseBytes / 1024)} KiB)`,
    `  latency p50 ${l.latencyMs.p50} ms, p95 ${l.latencyMs.p95} ms, max ${l.latencyMs.max} ms;` +
      ` mock: parse ${l.mockMs.parse}, schema ${l.mockMs.schema},` +
      ` operation ${l.mockMs.operation}, serialize ${l.mockMs.serialize} ms`,
    `  mock heap ${m.empty.heapUsedMb} MB empty, ${m.full.heapUsedMb} MB full,` +
      ` ${m.afterRequests.heapUsedMb} MB after;` +
      ` RSS ${m.afterRequests.rssMb} MB, max ${m.maxRssMb} MB`,
  ];
}

function xmlLines(r: BenchReport): string[] {
  if (!r.xml) return [];
  const w = [34, 8, 8, 8, 9];
  return [
    'Suite-side cost per response, microseconds',
    row(['', 'bytes', 'parse', 'xpath', 'schema'], w),
    ...r.xml.map((x) => row([`  ${x.response}`, x.bytes, x.parseUs, x.xpathUs, x.schemaUs], w)),
  ];
}

export function table(r: BenchReport): string[] {
  const m = r.machine;
  const load = m.loadAverage.join(' ');
  return [
    `Benchmark on ${m.cpus} x ${m.model}, Node ${m.node}, load average ${load}`,
    ...suiteLines(r),
    ...throughputLines(r),
    ...limitsLines(r),
    ...xmlLines(r),
    'Targets',
    ...r.targets.map(
      (t) => `  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.measured} (${t.target})`,
    ),
  ];
}
