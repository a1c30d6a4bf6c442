import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { log } from '../../support/log.ts';
import type { Account } from '../accounts.ts';
import type { AuthProfile } from '../auth/profile.ts';
import { SoapFault } from '../errors.ts';
import { handleSoap, type PipelineContext } from '../pipeline.ts';
import { SCHEMA_FILES, type SchemaFile, schemaSource } from '../schema/validator.ts';
import { DEFAULT_CULTURE } from '../soap/culture.ts';
import { renderFault } from '../soap/fault.ts';
import { sendRefusal, type Throttle } from '../throttle.ts';
import { sendChallenge } from './auth.ts';
import { receiveBody } from './body.ts';
import * as reply from './replies.ts';
import { requestPath } from './target.ts';

export const ENDPOINT = '/ews/exchange.asmx';

export interface HandlerOptions {
  verbose: boolean;
  /** The authentication profile (mock/auth/). */
  auth: AuthProfile;
  /** Per-mailbox throttling, when on (mock/throttle.ts). */
  throttle?: Throttle;
}

function schemaFileAt(path: string): SchemaFile | undefined {
  return SCHEMA_FILES.find((file) => path === `/ews/${file}`);
}

function soapReply(bytes: Buffer, caller: Account, context: PipelineContext, charset?: string) {
  try {
    return handleSoap(bytes, caller, context, charset);
  } catch (error) {
    log('error', `mock EWS internal error: ${error instanceof Error ? error.stack : error}`);
    const fault = new SoapFault('ErrorInternalServerError');
    return { status: 500, xml: renderFault(fault, DEFAULT_CULTURE), code: fault.code };
  }
}

async function serveSoap(
  req: IncomingMessage,
  res: ServerResponse,
  context: PipelineContext,
  options: HandlerOptions,
) {
  const auth = options.auth.authenticate(req);
  if ('challenge' in auth) {
    req.resume();
    sendChallenge(res, auth.challenge);
    return 'unauthenticated';
  }
  const caller = auth.account;
  const body = await receiveBody(req, res);
  if (!body) return `${caller.username} body refused`;
  const refusal = options.throttle?.charge(caller.smtp);
  if (refusal) {
    sendRefusal(res, refusal);
    return `${caller.username} throttled (${refusal.kind})`;
  }
  const result = soapReply(body.bytes, caller, context, body.charset);
  reply.sendSoap(res, result, context.deviations);
  return `${caller.username} ${'operation' in result ? result.operation : '-'} ${result.code}`;
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  context: PipelineContext,
  options: HandlerOptions,
) {
  const path = requestPath(req.url);
  if (path === undefined) return reply.sendText(res, 400, '400 Bad Request: not a URL path.');
  const schemaFile = schemaFileAt(path.toLowerCase());
  if (schemaFile) {
    if (req.method !== 'GET') return reply.sendMethodNotAllowed(res, 'GET');
    return reply.sendXml(res, 200, schemaSource(schemaFile));
  }
  if (path.toLowerCase() !== ENDPOINT) return reply.sendNotFound(res, path);
  if (req.method !== 'POST') return reply.sendMethodNotAllowed(res, 'POST');
  return serveSoap(req, res, context, options);
}

/** The HTTP side of the mock: routing, auth, the body limit, throttling, the SOAP pipeline. */
export function createHandler(context: PipelineContext, options: HandlerOptions): RequestListener {
  return (req, res) => {
    route(req, res, context, options).then(
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
