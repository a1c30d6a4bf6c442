import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchLimits } from '../bench/limits.ts';
import { type BenchReport, machine, targets } from '../bench/report.ts';
import { benchSuite } from '../bench/suite.ts';
import { table } from '../bench/table.ts';
import { benchThroughput } from '../bench/throughput.ts';
import { benchXml } from '../bench/xml-cost.ts';
import { log, out } from '../support/log.ts';

/**
 * `npm run bench`: measures, on this machine, the suite's wall time against the dry-run floor,
 * the mock's throughput against a bare node:http server, GetImItemList at the limits and the
 * suite's XPath and schema cost per response. Writes `<reports>/bench.json` and prints a table
 * with the targets. Timing is never asserted: `npm test` does not run this.
 */
const USAGE = `usage: npm run bench -- [--runs N] [--parallel N] [--tags EXPR] [--skip-suite]
       [--duration S] [--connections N] [--groups N] [--contacts N] [--samples N]

  --runs N         suite runs of each kind (floor, serial, parallel), default 3
  --parallel N     workers of the parallel run, default the CPUs (at least 2)
  --tags EXPR      the scenarios timed, default 'not @limits'
  --skip-suite     leave the suite timings out (the servers' figures take about 40 s)
  --duration S     seconds of load per server and operation, default 5
  --connections N  autocannon's concurrent connections, default 10
  --groups N, --contacts N   the limits GetImItemList is measured at, default 64 and 1000
  --samples N      GetImItemList requests at the limits, default 50`;

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      parallel: { type: 'string', default: String(Math.max(2, availableParallelism())) },
      tags: { type: 'string', default: 'not @limits' },
      'skip-suite': { type: 'boolean', default: false },
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
      groups: { type: 'string', default: '64' },
      contacts: { type: 'string', default: '1000' },
      samples: { type: 'string', default: '50' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const numbers = ['runs', 'parallel', 'duration', 'connections', 'groups', 'contacts', 'samples'];
  for (const name of numbers) {
    const value = Number(values[name as keyof typeof values]);
    if (!(value > 0)) throw new Error(`--${name} needs a positive number`);
  }
  return values;
}

async function measure(o: ReturnType<typeof options>): Promise<Omit<BenchReport, 'targets'>> {
  const started = new Date();
  const host = machine();
  const load = { durationS: Number(o.duration), connections: Number(o.connections) };
  const limitsOptions = {
    groups: Number(o.groups),
    contacts: Number(o.contacts),
    samples: Number(o.samples),
  };
  const suite = o['skip-suite']
    ? undefined
    : benchSuite({ runs: Number(o.runs), workers: Number(o.parallel), tags: o.tags });
  const throughput = await benchThroughput(load);
  const limits = await benchLimits(limitsOptions);
  const atLimits = { name: 'GetImItemList at the limits', operation: 'GetImItemList' };
  const samples = [...throughput.responses, { ...atLimits, xml: limits.response }];
  return {
    format: 'ews-bench/1',
    startedAt: started.toISOString(),
    durationS: Math.round((Date.now() - started.getTime()) / 1000),
    machine: host,
    ...(suite ? { suite } : {}),
    throughput: throughput.results,
    limits: limits.result,
    xml: benchXml(samples, Math.min(500, load.durationS * 100)),
  };
}

async function main(): Promise<number> {
  let o: ReturnType<typeof options>;
  try {
    o = options();
  } catch (err) {
    log('error', (err as Error).message);
    out(USAGE);
    return 2;
  }
  if (o.help) {
    out(USAGE);
    return 0;
  }
  const measured = await measure(o);
  const report: BenchReport = { ...measured, targets: targets(measured) };
  const dir = process.env.EWS_REPORTS_DIR ?? 'reports';
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bench.json');
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  for (const line of table(report)) out(line);
  out(`Written: ${file}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log('error', `bench failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
