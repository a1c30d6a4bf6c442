import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext, type APIResponse, request } from 'playwright';
import type { Credentials } from '../config.ts';
import { explainTransportError } from '../soap/transport-error.ts';
import { EWS_SCHEMA_FILES } from './folder.ts';
import { SchemaError } from './schema-error.ts';

/**
 * Fetches the target's own published schema, `<EWS base>/messages.xsd` and `types.xsd`, once,
 * into `<reports>/schema-cache/<host-port>/`, the folder the run then compiles. The request
 * settings are those of the SOAP client (support/soap/client.ts): Basic credentials of the
 * first account on the first request, no redirects followed, the configured time-out and TLS.
 */
export interface FetchOptions {
  endpoint: string;
  account: Credentials;
  timeoutMs: number;
  insecureTls: boolean;
  reportsDir: string;
  /** The embedded mock: one cache folder, whatever its port. */
  embedded?: boolean;
}

/** `https://host/EWS/Exchange.asmx` → `https://host/EWS/`. */
export function schemaBase(endpoint: string): string {
  return new URL('.', endpoint).href;
}

/** `<reports>/schema-cache/<host>-<port>/`, the port spelt out even when it is the default. */
export function cacheFolder(reportsDir: string, endpoint: string, embedded = false): string {
  if (embedded) return join(reportsDir, 'schema-cache', 'embedded-mock');
  const url = new URL(endpoint);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const host = url.hostname.replace(/[^A-Za-z0-9.-]/g, '_');
  return join(reportsDir, 'schema-cache', `${host}-${port}`);
}

function statusProblem(res: APIResponse): string {
  const status = res.status();
  if (status === 401) return "HTTP 401: the first account's credentials were refused";
  if (status >= 300 && status < 400) {
    return `HTTP ${status} redirect to ${res.headers().location ?? '(no Location)'}`;
  }
  return `HTTP ${status}`;
}

function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text) && !/^\uFEFF?\s*(<!doctype html|<html)/i.test(text);
}

async function fetchFile(ctx: APIRequestContext, url: string, timeout: number): Promise<Buffer> {
  let res: APIResponse;
  try {
    res = await ctx.get(url, { maxRedirects: 0, failOnStatusCode: false, timeout });
  } catch (error) {
    throw new SchemaError(`cannot fetch the schema: ${explainTransportError(error, url, timeout)}`);
  }
  if (res.status() !== 200) throw new SchemaError(`cannot fetch ${url}: ${statusProblem(res)}`);
  const body = await res.body();
  if (!looksLikeXml(body.toString('utf-8'))) {
    throw new SchemaError(`cannot use ${url}: HTTP 200, but the body is not an XML schema`);
  }
  return body;
}

/** Fetches both files and returns the folder they were written to. */
export async function fetchSchema(options: FetchOptions): Promise<string> {
  const { account, timeoutMs, endpoint } = options;
  const ctx = await request.newContext({
    httpCredentials: { username: account.username, password: account.password, send: 'always' },
    ignoreHTTPSErrors: options.insecureTls,
    timeout: timeoutMs,
  });
  try {
    const base = schemaBase(endpoint);
    const files = EWS_SCHEMA_FILES.map((f) => fetchFile(ctx, `${base}${f}`, timeoutMs));
    const bodies = await Promise.all(files);
    const dir = cacheFolder(options.reportsDir, endpoint, options.embedded);
    mkdirSync(dir, { recursive: true });
    for (const [i, file] of EWS_SCHEMA_FILES.entries()) {
      // Written aside, then renamed: parallel workers may read the folder while one writes it.
      const aside = join(dir, `${file}.${process.pid}.tmp`);
      writeFileSync(aside, bodies[i] ?? '');
      renameSync(aside, join(dir, file));
    }
    return dir;
  } finally {
    await ctx.dispose();
  }
}
