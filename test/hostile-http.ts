/**
 * Raw HTTP for the hostile-input tests: requests with any method, headers and bytes (fetch
 * adds a content type of its own), connections that send slowly or stop, and checks that an
 * answer is a well-formed SOAP fault or a plain HTTP error, never a stack trace.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import type { SoapReply } from '../mock/testkit/client.ts';
import { parseXml, text } from '../mock/testkit/dom.ts';
import { expectFault, FAULT, schemaPosition } from '../mock/testkit/expect.ts';

export interface RawReply {
  status: number;
  headers: Headers;
  text: string;
  /** Milliseconds from sending to the end of the answer. */
  ms: number;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Request target, default the URL's path. */
  path?: string;
}

export const XML_TYPE = { 'Content-Type': 'text/xml; charset=utf-8' };

function headersOf(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** One request over a fresh connection; resolves with the whole answer. */
export function send(url: string, spec: RawRequest = {}): Promise<RawReply> {
  const target = new URL(url);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: spec.path ?? target.pathname,
        method: spec.method ?? 'POST',
        headers: { Connection: 'close', ...spec.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: headersOf(res.headers),
            text: Buffer.concat(chunks).toString('utf-8'),
            ms: Date.now() - started,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(spec.body);
  });
}

/** The reply as a SOAP reply, its body parsed strictly (fails on anything not well-formed). */
export function soap(reply: RawReply): SoapReply {
  assert.match(reply.headers.get('content-type') ?? '', /^text\/xml; charset=utf-8$/);
  return { ...reply, doc: parseXml(reply.text) };
}

/** No stack frame, no exception name, no internal error: nothing a bug would leak. */
export function assertNoLeak(reply: { text: string }): void {
  assert.doesNotMatch(reply.text, /\bat \S+ \(|node:internal|[A-Z]\w*Error: |\.ts:\d+/);
  assert.doesNotMatch(reply.text, /ErrorInternalServerError/);
}

/** An ErrorSchemaValidation fault whose Violation matches. */
export function expectSchemaFault(reply: RawReply, violation: RegExp): SoapReply {
  const parsed = soap(reply);
  schemaPosition(parsed);
  assert.match(text(parsed.doc, `${FAULT}/detail/t:MessageXml/t:Violation`), violation);
  assertNoLeak(reply);
  return parsed;
}

/** A SOAP fault with that EWS code. */
export function expectFaultCode(reply: RawReply, code: string): SoapReply {
  const parsed = soap(reply);
  expectFault(parsed, code);
  assertNoLeak(reply);
  return parsed;
}

/** A plain-text HTTP error with that status. */
export function expectPlain(reply: RawReply, status: number, wording: RegExp): void {
  assert.equal(reply.status, status, reply.text);
  assert.match(reply.headers.get('content-type') ?? '', /^text\/plain/);
  assert.match(reply.text, wording);
  assertNoLeak(reply);
}

export interface SocketOutcome {
  /** The status line of whatever came back, '' for nothing. */
  statusLine: string;
  /** Milliseconds until the server closed the connection. */
  closedAfterMs: number;
}

/**
 * Opens a connection, lets `talk` write to it (slowly, or not at all), and waits until the
 * server closes it, at most `giveUpMs` (then the outcome says -1).
 */
export function slowClient(
  url: string,
  talk: (write: (data: string) => boolean) => void,
  giveUpMs: number,
): Promise<SocketOutcome> {
  const target = new URL(url);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(Number(target.port), target.hostname);
    let received = '';
    const write = (data: string) => !socket.destroyed && socket.write(data);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ statusLine: received.split('\r\n')[0] ?? '', closedAfterMs: -1 });
    }, giveUpMs);
    socket.on('connect', () => talk(write));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ statusLine: received.split('\r\n')[0] ?? '', closedAfterMs: Date.now() - started });
    });
  });
}
