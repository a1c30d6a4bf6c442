import { count } from '../mock/testkit/dom.ts';
import { BenchMailbox, REQUESTS } from './mailbox.ts';
import { ServerChild } from './server-child.ts';
import { percentile, round } from './stats.ts';

/**
 * GetImItemList on a mailbox filled to its limits (64 groups, 1000 contacts by default): the
 * latency one client sees, request after request, the response's size, the mock's time per
 * phase, and the mock process's memory before the fill, after it and after the requests.
 */
export interface LimitsOptions {
  groups: number;
  contacts: number;
  samples: number;
}

export interface Memory {
  heapUsedMb: number;
  rssMb: number;
}

export interface LimitsResult {
  groups: number;
  contacts: number;
  samples: number;
  fillS: number;
  responseBytes: number;
  latencyMs: { p50: number; p95: number; max: number };
  /** The mock's own time per request, milliseconds. */
  mockMs: { parse: number; schema: number; operation: number; serialize: number };
  memory: { empty: Memory; full: Memory; afterRequests: Memory; maxRssMb: number };
}

const ITEM_LIST = '/soap:Envelope/soap:Body/m:GetImItemListResponse/m:ImItemList';

async function fill(box: BenchMailbox, options: LimitsOptions): Promise<void> {
  const groups: string[] = [];
  for (let g = 0; g < options.groups; g++) groups.push(await box.addGroup(`Limit ${g + 1}`));
  for (let c = 0; c < options.contacts; c++) {
    await box.addContact(`limit${c + 1}@fabrikam.com`, groups[c % groups.length] as string);
  }
  const { doc } = await box.call(REQUESTS.getImItemList());
  const personas = count(doc, `${ITEM_LIST}/t:Personas/t:Persona`);
  if (personas !== options.contacts) {
    throw new Error(`the filled mailbox lists ${personas} personas, not ${options.contacts}`);
  }
}

async function memory(server: ServerChild): Promise<Memory> {
  const { heapUsedMb, rssMb } = await server.stats();
  return { heapUsedMb: round(heapUsedMb, 1), rssMb: round(rssMb, 1) };
}

async function sample(box: BenchMailbox, samples: number) {
  const times: number[] = [];
  let response = '';
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    response = await box.post(REQUESTS.getImItemList());
    times.push(performance.now() - start);
  }
  return { times, response };
}

/** The measurements, and the response at the limits for bench/xml-cost.ts. */
export async function benchLimits(
  options: LimitsOptions,
): Promise<{ result: LimitsResult; response: string }> {
  const limits = ['--groups', String(options.groups), '--contacts', String(options.contacts)];
  const server = await ServerChild.start(['--kind', 'mock', ...limits]);
  try {
    const box = new BenchMailbox(server.url);
    const empty = await memory(server);
    const fillStart = performance.now();
    await fill(box, options);
    const fillS = (performance.now() - fillStart) / 1000;
    const full = await memory(server);
    await sample(box, Math.min(5, options.samples));
    await server.reset();
    const { times, response } = await sample(box, options.samples);
    const stats = await server.stats();
    const per = (ms: number) => round(ms / options.samples, 2);
    const result: LimitsResult = {
      ...options,
      fillS: round(fillS, 1),
      responseBytes: Buffer.byteLength(response),
      latencyMs: {
        p50: round(percentile(times, 50)),
        p95: round(percentile(times, 95)),
        max: round(Math.max(...times)),
      },
      mockMs: {
        parse: per(stats.phases.parse.ms),
        schema: per(stats.phases.schema.ms),
        operation: per(stats.phases.operation.ms),
        serialize: per(stats.phases.serialize.ms),
      },
      memory: {
        empty,
        full,
        afterRequests: await memory(server),
        maxRssMb: round(stats.maxRssMb, 1),
      },
    };
    return { result, response };
  } finally {
    await server.stop();
  }
}
