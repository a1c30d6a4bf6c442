/**
 * Takes in the body of a SOAP request: the media type and charset (415 for anything EWS's text
 * encoder would not read), the size limit (413, sent as soon as the size is known to be too
 * big, before the rest arrives), and a client that goes away mid-body (no answer at all).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { headerCharset } from '../../support/xml/decode.ts';
import { sendText, sendTooLarge } from './replies.ts';

/** Largest request body the mock accepts. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Beyond this the mock stops draining an oversized body and drops the connection. */
const DRAIN_LIMIT = 16 * MAX_BODY_BYTES;
const EXPECTED_TYPE = 'text/xml; charset=utf-8';
/** The charsets a request may name: UTF-8 and UTF-16, as EWS's text encoder reads. */
const CHARSETS = new Set(['utf-8', 'utf8', 'utf-16', 'utf-16le', 'utf-16be']);

export interface RequestBody {
  bytes: Buffer;
  /** The Content-Type's charset, lower-cased, when it names one. */
  charset: string | undefined;
}

/** Why the content type is refused, in the words WCF uses; undefined when it is fine. */
function mediaTypeProblem(contentType: string | undefined): string | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  const charset = headerCharset(contentType);
  if (type === 'text/xml' && (charset === undefined || CHARSETS.has(charset))) return undefined;
  const given = (contentType ?? '').slice(0, 200);
  return (
    `Cannot process the message because the content type '${given}' was not the expected ` +
    `type '${EXPECTED_TYPE}'.`
  );
}

/** Reads and drops the rest of a refused body, up to a bound, so the client reads the answer. */
function drain(req: IncomingMessage): void {
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > DRAIN_LIMIT) req.destroy();
  });
}

function declaredLength(req: IncomingMessage): number {
  const length = Number(req.headers['content-length']);
  return Number.isFinite(length) ? length : 0;
}

/**
 * Reads at most `limit` bytes. Resolves `too-large` as soon as the body is known to exceed it
 * (Content-Length, or the bytes so far) and keeps draining the rest, up to a bound, so that the
 * client can read the 413; `gone` when the client stopped before the end (or a time-out cut it).
 */
function readLimited(req: IncomingMessage, limit: number) {
  type Result = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'gone' };
  return new Promise<Result>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    if (declaredLength(req) > limit) resolve({ ok: false, reason: 'too-large' });
    drain(req);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else resolve({ ok: false, reason: 'too-large' });
    });
    req.on('end', () => resolve({ ok: true, bytes: Buffer.concat(chunks) }));
    req.on('close', () => resolve({ ok: false, reason: 'gone' }));
    req.on('error', reject);
  });
}

/**
 * The body of an authenticated SOAP request, or undefined when it was answered here (415, 413)
 * or the client is gone. Never reads more than the limit into memory.
 */
export async function receiveBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit = MAX_BODY_BYTES,
): Promise<RequestBody | undefined> {
  const contentType = req.headers['content-type'];
  const refused = mediaTypeProblem(contentType);
  if (refused) {
    drain(req);
    sendText(res, 415, `415 Unsupported Media Type: ${refused}`, { Connection: 'close' });
    return undefined;
  }
  const body = await readLimited(req, limit);
  if (body.ok) return { bytes: body.bytes, charset: headerCharset(contentType) };
  if (body.reason === 'too-large' && !res.headersSent) sendTooLarge(res, limit);
  return undefined;
}
