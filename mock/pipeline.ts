import type { XmlElement } from 'libxml2-wasm';
import { NS } from '../support/xml/namespaces.ts';
import type { Account } from './accounts.ts';
import { ResponseError, SoapFault } from './errors.ts';
import type { Deviations } from './faults.ts';
import { OPERATIONS, operationNames } from './operations/index.ts';
import type { Operation } from './operations/types.ts';
import type { Policies } from './policies.ts';
import { checkCulture, DEFAULT_CULTURE, supportedCulture } from './soap/culture.ts';
import { readEnvelope } from './soap/envelope.ts';
import { renderFault } from './soap/fault.ts';
import { readHeaders } from './soap/headers.ts';
import { actingAccount } from './soap/impersonation.ts';
import { parseRequest } from './soap/parse.ts';
import { type Outcome, renderResponse } from './soap/response.ts';
import { checkSchema } from './soap/schema-check.ts';
import { SourceText } from './soap/source.ts';
import { checkVersionForIm, checkVersionValue } from './soap/version.ts';
import { requireImList } from './state/mailbox.ts';
import type { Store } from './state/store.ts';
import { clark } from './xml/read.ts';

export interface PipelineContext {
  store: Store;
  deviations: Deviations;
  policies: Readonly<Policies>;
}

/** The pipeline's phases, as the benchmark's optional timing hook sees them (bench/). */
export type PipelinePhase = 'parse' | 'schema' | 'operation' | 'serialize';
export type PhaseTimer = (phase: PipelinePhase, ms: number) => void;
let timer: PhaseTimer | undefined;

/** Sets (or, with undefined, removes) the timing hook; none is set by default. */
export function setPhaseTimer(next: PhaseTimer | undefined): void {
  timer = next;
}

/** Hands the phase since `since` to the hook and returns the time; without a hook only 0. */
function lap(phase: PipelinePhase | undefined, since: number): number {
  if (!timer) return 0;
  const now = performance.now();
  if (phase) timer(phase, now - since);
  return now;
}

export interface SoapReply {
  status: 200 | 500;
  xml: string;
  /** The response code, for the request log. */
  code: string;
  operation?: string;
}

function unknownOperation(el: XmlElement): SoapFault {
  const name = el.namespaceUri === NS.m ? el.name : clark(el);
  const known = operationNames().join(', ');
  const text = `The mock EWS server does not implement the operation '${name}'`;
  return new SoapFault('ErrorInvalidRequest', `${text}; it implements ${known}.`);
}

/** An element in the real messages namespace that is no operation of the mock: a fault. */
function operationFor(el: XmlElement): Operation | undefined {
  if (el.namespaceUri !== NS.m) return undefined;
  const operation = OPERATIONS.get(el.name);
  if (!operation) throw unknownOperation(el);
  return operation;
}

function dispatch(
  operation: Operation,
  el: XmlElement,
  context: PipelineContext,
  account: Account,
  since: number,
) {
  const mailbox = context.store.mailbox(account.smtp);
  const { deviations, policies } = context;
  let outcome: Outcome;
  try {
    requireImList(mailbox);
    outcome = { payload: operation.run(el, { mailbox, deviations, policies }) };
  } catch (error) {
    if (!(error instanceof ResponseError)) throw error;
    outcome = { error };
  }
  const at = lap('operation', since);
  const xml = renderResponse(operation.name, outcome, context.deviations);
  lap('serialize', at);
  const code = 'error' in outcome ? outcome.error.code : 'NoError';
  return { status: 200, xml, code, operation: operation.name } as const;
}

/** Steps 3-9 of the request pipeline (mock/README.md), on a parsed document. */
function runSteps(
  bytes: Uint8Array,
  caller: Account,
  context: PipelineContext,
  lang: { value: string },
  charset: string | undefined,
) {
  let at = lap(undefined, 0);
  const source = new SourceText(bytes, charset);
  const doc = parseRequest(bytes, source);
  try {
    const envelope = readEnvelope(doc.root, source);
    const headers = readHeaders(envelope.header);
    lang.value = supportedCulture(headers.culture) ?? DEFAULT_CULTURE;
    checkVersionValue(headers.version);
    const operation = operationFor(envelope.operation);
    at = lap('parse', at);
    checkSchema(doc, source);
    at = lap('schema', at);
    if (!operation) throw unknownOperation(envelope.operation);
    checkVersionForIm(headers.version, context.deviations);
    checkCulture(headers.culture, context.deviations);
    const account = actingAccount(caller, context.store.accounts, headers.impersonation);
    return dispatch(operation, envelope.operation, context, account, at);
  } finally {
    doc.dispose();
  }
}

/**
 * Handles an authenticated SOAP request body (`charset`: the Content-Type's): a response
 * message or a SOAP fault. Anything other than a SoapFault (a bug) propagates; the HTTP layer
 * turns it into an internal error.
 */
export function handleSoap(
  bytes: Uint8Array,
  caller: Account,
  context: PipelineContext,
  charset?: string,
): SoapReply {
  const lang = { value: DEFAULT_CULTURE };
  try {
    return runSteps(bytes, caller, context, lang, charset);
  } catch (error) {
    if (!(error instanceof SoapFault)) throw error;
    const xml = renderFault(error, lang.value, context.deviations);
    return { status: 500, xml, code: error.code };
  }
}
