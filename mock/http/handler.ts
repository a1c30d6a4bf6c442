import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { log } from '../../support/log.ts';
import type { Account } from '../accounts.ts';
import { SoapFault } from '../errors.ts';
import { handleSoap, type PipelineContext } from '../pipeline.ts';
import { SCHEMA_FILES, type SchemaFile, schemaSource } from '../schema/validator.ts';
import { DEFAULT_CULTURE } from '../soap/culture.ts';
import { renderFault } from '../soap/fault.ts';
import { authenticateRequest } from './auth.ts';
import { MAX_BODY_BYTES, readBody } from './body.ts';
import * as reply from './replies.ts';

export const ENDPOINT = '/ews/exchange.asmx';

export interface HandlerOptions {
  verbose: boolean;
}

function schemaFileAt(path: string): SchemaFile | undefined {
  return SCHEMA_FILES.find((file) => path === `/ews/${file}`);
}

function soapReply(bytes: Buffer, caller: Account, context: PipelineContext) {
  try {
    return handleSoap(bytes, caller, context);
  } catch (error) {
    log('error', `mock EWS internal error: ${error instanceof Error ? error.stack : error}`);
    const fault = new SoapFault('ErrorInternalServerError');
    return { status: 500, xml: renderFault(fault, DEFAULT_CULTURE), code: fault.code };
  }
}

async function serveSoap(req: IncomingMessage, res: ServerResponse, context: PipelineContext) {
  const caller = authenticateRequest(req);
  if (!caller) {
    req.resume();
    reply.sendUnauthorized(res);
    return 'unauthenticated';
  }
  const body = await readBody(req);
  if (!body.ok) {
    reply.sendTooLarge(res, MAX_BODY_BYTES);
    return `${caller.username} body too large`;
  }
  const result = soapReply(body.bytes, caller, context);
  reply.sendXml(res, result.status, result.xml);
  return `${caller.username} ${'operation' in result ? result.operation : '-'} ${result.code}`;
}

async function route(req: IncomingMessage, res: ServerResponse, context: PipelineContext) {
  const path = new URL(req.url ?? '/', 'http://mock').pathname;
  const schemaFile = schemaFileAt(path.toLowerCase());
  if (schemaFile) {
    if (req.method !== 'GET') return reply.sendMethodNotAllowed(res, 'GET');
    return reply.sendXml(res, 200, schemaSource(schemaFile));
  }
  if (path.toLowerCase() !== ENDPOINT) return reply.sendNotFound(res, path);
  if (req.method !== 'POST') return reply.sendMethodNotAllowed(res, 'POST');
  return serveSoap(req, res, context);
}

/** The HTTP side of the mock: routing, Basic auth, the body limit, then the SOAP pipeline. */
export function createHandler(context: PipelineContext, options: HandlerOptions): RequestListener {
  return (req, res) => {
    route(req, res, context).then(
      (summary) => {
        if (options.verbose)
          log('info', `${req.method} ${req.url} ${res.statusCode} ${summary ?? ''}`);
      },
      (error: unknown) => {
        log('error', `mock EWS request failed: ${error instanceof Error ? error.message : error}`);
        if (!res.headersSent) reply.sendText(res, 500, '500 Internal Server Error');
      },
    );
  };
}
