import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { type PipelinePhase, setPhaseTimer } from '../mock/pipeline.ts';
import { startMock } from '../mock/server.ts';

/**
 * A child process of the benchmark: the server the load generator talks to, alone on its
 * process so that its CPU time is its own. `--kind mock`: the mock EWS server with the
 * pipeline's timing hook on. `--kind bare`: a node:http server that reads each request and
 * answers with the bytes of `--body` (what the mock answered), the floor for any server in
 * Node. It sends `{ url }` when listening and answers the parent's messages (ServerMessage).
 */
export type ServerMessage = { type: 'reset' } | { type: 'stats' } | { type: 'stop' };

export interface ServerStats {
  /** Milliseconds spent per pipeline phase since the last reset, and how many times. */
  phases: Record<PipelinePhase, { ms: number; count: number }>;
  /** The process's user and system CPU since the last reset. */
  cpuMs: number;
  /** After a full garbage collection. */
  heapUsedMb: number;
  rssMb: number;
  maxRssMb: number;
}

const { values } = parseArgs({
  options: {
    kind: { type: 'string', default: 'mock' },
    body: { type: 'string' },
    groups: { type: 'string' },
    contacts: { type: 'string' },
  },
});

function emptyPhases(): ServerStats['phases'] {
  const zero = () => ({ ms: 0, count: 0 });
  return { parse: zero(), schema: zero(), operation: zero(), serialize: zero() };
}

let phases = emptyPhases();
let cpuMark = process.cpuUsage();

function stats(): ServerStats {
  const cpu = process.cpuUsage(cpuMark);
  (globalThis as { gc?: () => void }).gc?.();
  const mb = (bytes: number) => bytes / 1024 / 1024;
  const memory = process.memoryUsage();
  return {
    phases,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapUsedMb: mb(memory.heapUsed),
    rssMb: mb(memory.rss),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

async function bareServer(file: string): Promise<{ url: string }> {
  const bytes = readFileSync(file);
  const server = createServer((req, res) => {
    req.on('data', () => {});
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' });
      res.end(bytes);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/EWS/Exchange.asmx` };
}

async function start() {
  if (values.kind === 'bare') {
    if (!values.body) throw new Error('--kind bare needs --body FILE');
    return bareServer(values.body);
  }
  setPhaseTimer((phase, ms) => {
    phases[phase].ms += ms;
    phases[phase].count += 1;
  });
  const limits = {
    ...(values.groups ? { groups: Number(values.groups) } : {}),
    ...(values.contacts ? { contacts: Number(values.contacts) } : {}),
  };
  return startMock({ port: 0, limits });
}

const server = await start();
process.on('message', (message: ServerMessage) => {
  if (message.type === 'reset') {
    phases = emptyPhases();
    cpuMark = process.cpuUsage();
    process.send?.({ type: 'reset' });
  } else if (message.type === 'stats') {
    process.send?.({ type: 'stats', stats: stats() });
  } else {
    process.exit(0);
  }
});
process.send?.({ type: 'listening', url: server.url });
