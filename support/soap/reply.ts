import type { Document, Element } from '@xmldom/xmldom';
import type { AuthScheme } from '../config.ts';
import { decodeBody } from '../xml/decode.ts';
import { NS } from '../xml/namespaces.ts';
import { parseXml } from '../xml/parse.ts';
import { nodes, optionalText } from '../xml/xpath.ts';
import { explainUnauthorized } from './auth/explain.ts';

/**
 * What came back, classified: a SOAP fault, a SOAP response, or something that is not SOAP at
 * all (a login page, a redirect, an empty body), explained in plain words.
 */
export interface FaultReply {
  kind: 'fault';
  doc: Document;
  /** The local part of `faultcode`, e.g. `ErrorSchemaValidation`. */
  faultCode: string;
  /** `faultcode` as written, e.g. `a:ErrorSchemaValidation`. */
  faultCodeText: string;
  /** The namespace `faultcode`'s prefix is bound to. */
  faultCodeNamespace: string | undefined;
  /** `detail/e:ResponseCode`, when the fault has one. */
  responseCode: string | undefined;
  faultString: string;
}

export interface ResponseReply {
  kind: 'response';
  doc: Document;
  /** The one element inside `soap:Body`. */
  body: Element;
}

export interface NotSoapReply {
  kind: 'not-soap';
  problem: string;
}

export type Reply = FaultReply | ResponseReply | NotSoapReply;

export interface HttpResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function faultReply(doc: Document, fault: Element): FaultReply {
  const [code] = nodes(fault, 'faultcode') as Element[];
  const codeText = (code?.textContent ?? '').trim();
  const [prefix, local] = codeText.includes(':') ? codeText.split(':', 2) : ['', codeText];
  return {
    kind: 'fault',
    doc,
    faultCode: local ?? '',
    faultCodeText: codeText,
    faultCodeNamespace: code?.lookupNamespaceURI(prefix || null) ?? undefined,
    responseCode: optionalText(fault, 'detail/e:ResponseCode')?.trim(),
    faultString: optionalText(fault, 'faultstring') ?? '',
  };
}

function soapReply(doc: Document): Reply {
  const [body, ...more] = nodes(doc, '/soap:Envelope/soap:Body') as Element[];
  if (!body || more.length > 0) {
    const root = doc.documentElement;
    const name = root ? `{${root.namespaceURI ?? ''}}${root.localName}` : 'nothing';
    return { kind: 'not-soap', problem: `XML but not one SOAP 1.1 Envelope/Body (root: ${name})` };
  }
  const children = nodes(body, '*') as Element[];
  const [first] = children;
  if (!first || children.length !== 1) {
    return { kind: 'not-soap', problem: `soap:Body holds ${children.length} elements, not one` };
  }
  if (first.namespaceURI === NS.soap && first.localName === 'Fault') return faultReply(doc, first);
  return { kind: 'response', doc, body: first };
}

function looksLikeHtml(contentType: string, text: string): boolean {
  return /html/i.test(contentType) || /^\s*(<!doctype html|<html)/i.test(text);
}

const FORMS_LOGIN =
  'the server asked for forms login; point EWS_URL at the EWS endpoint (…/EWS/Exchange.asmx)';

function htmlTitle(text: string): string {
  const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
  return title ? ` ("${title.slice(0, 80)}")` : '';
}

function explainHtml(status: number, text: string): string {
  const page = `an HTML page${htmlTitle(text)}`;
  if (status === 200) return `HTTP 200 with ${page}: ${FORMS_LOGIN}`;
  if (status >= 500) return `HTTP ${status} with ${page}, a server error page, not a SOAP fault`;
  return `HTTP ${status} with ${page}, not SOAP`;
}

function explainRedirect(status: number, location: string | undefined): string {
  const target = location ?? '(no Location)';
  if (/owa|logon|login|auth/i.test(target))
    return `HTTP ${status} redirect to ${target}: ${FORMS_LOGIN}`;
  return `HTTP ${status} redirect to ${target}: point EWS_URL at the address the server names`;
}

const STATUS_HINTS: Record<number, string> = {
  404: 'nothing at EWS_URL; the EWS endpoint is usually https://<host>/EWS/Exchange.asmx',
  405: 'the server refuses POST at EWS_URL; is it the EWS endpoint?',
  503: 'the service is unavailable (down, starting, or refusing load)',
};

function transportProblem(http: HttpResult, text: string, auth: AuthScheme) {
  const { status, headers } = http;
  if (status === 401) return explainUnauthorized(headers['www-authenticate'], auth);
  if (status >= 300 && status < 400) return explainRedirect(status, headers.location);
  if (status === 440) return `HTTP 440 (login time-out): ${FORMS_LOGIN}`;
  if (looksLikeHtml(headers['content-type'] ?? '', text)) return explainHtml(status, text);
  const hint = STATUS_HINTS[status];
  if (hint) {
    const retry = headers['retry-after'] ? ` (Retry-After: ${headers['retry-after']})` : '';
    return `HTTP ${status}: ${hint}${retry}`;
  }
  if (http.body.length === 0) return `HTTP ${status} with an empty body`;
  return undefined;
}

/** How much of a body that is not SOAP an exchange keeps for failure messages and reports. */
const SHOWN_CHARS = 64 * 1024;

function shown(text: string): string {
  if (text.length <= SHOWN_CHARS) return text;
  const rest = text.length - SHOWN_CHARS;
  return `${text.slice(0, SHOWN_CHARS)}\n[... ${rest} more characters not shown]`;
}

/** `auth`: the scheme the suite logged in with (EWS_AUTH), for explaining a 401. */
export function classify(
  http: HttpResult,
  auth: AuthScheme = 'basic',
): { reply: Reply; text: string } {
  let text: string;
  try {
    text = decodeBody(http.body, http.headers['content-type']).text;
  } catch (err) {
    return { reply: { kind: 'not-soap', problem: (err as Error).message }, text: '' };
  }
  const problem = transportProblem(http, text, auth);
  if (problem) return { reply: { kind: 'not-soap', problem }, text: shown(text) };
  try {
    return { reply: soapReply(parseXml(text)), text };
  } catch (err) {
    const why = (err as Error).message;
    const problem = `HTTP ${http.status}: the body is not well-formed XML: ${why}`;
    return { reply: { kind: 'not-soap', problem }, text: shown(text) };
  }
}

/** The response code a fault or an error response carries; undefined for success and non-SOAP. */
export function refusalCode(reply: Reply): string | undefined {
  if (reply.kind === 'fault') return reply.responseCode ?? reply.faultCode;
  if (reply.kind !== 'response' || reply.body.getAttribute('ResponseClass') !== 'Error') {
    return undefined;
  }
  return optionalText(reply.body, 'm:ResponseCode')?.trim();
}
