import type { IncomingMessage } from 'node:http';

/** Largest request body the mock accepts. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Beyond this the mock stops draining an oversized body and drops the connection. */
const DRAIN_LIMIT = 16 * MAX_BODY_BYTES;

export type BodyResult = { ok: true; bytes: Buffer } | { ok: false };

/**
 * Reads the body, keeping at most `limit` bytes. An oversized body is drained (so that the
 * client can read the 413) and reported as `{ ok: false }`.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) req.destroy();
    });
    req.on('end', () =>
      resolve(size <= limit ? { ok: true, bytes: Buffer.concat(chunks) } : { ok: false }),
    );
    req.on('close', () => resolve({ ok: false }));
    req.on('error', reject);
  });
}
