/**
 * A misbehaving EWS server for the suite's own tests: a proxy on a free loopback port in front
 * of a fresh embedded mock. Requests for the operations named in its rules get one kind of
 * misbehaviour; everything else (other operations, the schema files) reaches the mock as sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMock } from '../mock/server.ts';
import { envelope, getImItemList } from '../mock/testkit/requests.ts';
import { NS } from '../support/xml/namespaces.ts';

export const MISBEHAVIOURS = [
  'html',
  'empty',
  'truncated',
  'huge',
  'fault-200',
  'fault-no-detail',
  'other-operation',
  'duplicate',
  'slow',
  'drop',
] as const;
export type Misbehaviour = (typeof MISBEHAVIOURS)[number];

export interface MisbehavingServer {
  url: string;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  contentType: string;
  body: Buffer;
}

const XML = 'text/xml; charset=utf-8';
const HUGE_BYTES = 8 * 1024 * 1024;

/** The local name of the first element in the SOAP Body: the operation. */
function operationOf(request: string): string | undefined {
  return /<(?:[\w.-]+:)?Body\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(request)?.[1];
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function forward(base: string, req: IncomingMessage, body: Buffer): Promise<Answer> {
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'content-type']) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const res = await fetch(new URL(req.url ?? '/', base), {
    method: req.method ?? 'GET',
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: bytes };
}

function fault(code: string, detail: boolean): string {
  const details = detail
    ? `<detail><e:ResponseCode xmlns:e="${NS.e}">${code}</e:ResponseCode>` +
      `<e:Message xmlns:e="${NS.e}">Something failed.</e:Message></detail>`
    : '';
  return (
    `<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="${NS.soap}"><s:Body><s:Fault>` +
    `<faultcode xmlns:a="${NS.t}">a:${code}</faultcode>` +
    `<faultstring xml:lang="en-US">Something failed.</faultstring>${details}` +
    '</s:Fault></s:Body></s:Envelope>'
  );
}

function faultCodeOf(answer: Answer): string | undefined {
  return /<faultcode[^>]*>[^:<]*:([^<]+)<\/faultcode>/.exec(answer.body.toString())?.[1];
}

function xml(status: number, text: string): Answer {
  return { status, contentType: XML, body: Buffer.from(text) };
}

/** The first ResponseCode (or faultcode) element, written twice. */
function duplicated(answer: Answer): Answer {
  const text = answer.body
    .toString()
    .replace(/<(\w+:)?(ResponseCode|faultcode)\b[^>]*>[^<]*<\/(\w+:)?\2>/, '$&$&');
  return { ...answer, body: Buffer.from(text) };
}

/** The mock's answer to the request, or to another body sent with the same headers. */
type Real = (body?: string) => Promise<Answer>;

const BEHAVIOUR: Record<Exclude<Misbehaviour, 'slow' | 'drop'>, (real: Real) => Promise<Answer>> = {
  html: async () => ({
    status: 500,
    contentType: 'text/html; charset=utf-8',
    body: Buffer.from(
      "<html><head><title>Server Error in '/EWS' Application.</title></head>" +
        '<body><h1>Runtime Error</h1></body></html>',
    ),
  }),
  empty: async () => xml(200, ''),
  truncated: async (real) => {
    const answer = await real();
    return { ...answer, body: answer.body.subarray(0, Math.floor(answer.body.length / 2)) };
  },
  huge: async () => ({
    status: 200,
    contentType: XML,
    body: Buffer.concat([
      Buffer.from(`<s:Envelope xmlns:s="${NS.soap}"><s:Body>`),
      Buffer.alloc(HUGE_BYTES, 'A'),
    ]),
  }),
  'fault-200': async (real) => {
    const answer = await real();
    return answer.status === 500
      ? { ...answer, status: 200 }
      : xml(200, fault('ErrorInternalServerError', true));
  },
  'fault-no-detail': async (real) =>
    xml(500, fault(faultCodeOf(await real()) ?? 'ErrorInternalServerError', false)),
  'other-operation': (real) => real(envelope(getImItemList())),
  duplicate: async (real) => duplicated(await real()),
};

/**
 * Starts the proxy and its mock. `rules` maps operations to misbehaviours; `slowMs` is how long
 * a `slow` answer waits before it is sent.
 */
export async function startMisbehaving(
  rules: Partial<Record<string, Misbehaviour>>,
  slowMs = 0,
): Promise<MisbehavingServer> {
  const mock = await startMock();
  const base = new URL(mock.url).origin;
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readAll(req);
    const kind = rules[operationOf(body.toString('utf-8')) ?? ''];
    const real: Real = (other) =>
      forward(base, req, other === undefined ? body : Buffer.from(other));
    if (kind === 'drop') return void req.socket.destroy();
    if (kind === 'slow') await new Promise((resolve) => setTimeout(resolve, slowMs));
    const reply =
      kind === undefined || kind === 'slow' ? await real() : await BEHAVIOUR[kind](real);
    if (res.destroyed) return;
    res.writeHead(reply.status, { 'Content-Type': reply.contentType });
    res.end(reply.body);
  };
  const server = createServer((req, res) => {
    answer(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/EWS/Exchange.asmx`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await mock.close();
    },
  };
}
