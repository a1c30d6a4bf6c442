import { HTTPS_NS, NS } from '../../support/xml/namespaces.ts';
import type { ResponseError } from '../errors.ts';
import type { Deviations } from '../faults.ts';
import { element, textElement, xmlDocument } from '../xml/write.ts';

/** What the mock says it is: Exchange 2019 (15.2), schema version V2017_07_11. */
export const SERVER_VERSION = {
  MajorVersion: '15',
  MinorVersion: '2',
  MajorBuildNumber: '1118',
  MinorBuildNumber: '7',
  Version: 'V2017_07_11',
} as const;

/** An operation's outcome: its payload (rendered children after the base ones) or an error. */
export type Outcome = { payload: string } | { error: ResponseError };

function namespaces(deviations: Deviations): { m: string; t: string } {
  return deviations.has('https-namespace-response') ? HTTPS_NS : NS;
}

/** `Version` is a free string (servers send e.g. V2017_07_11); the numbers are xs:int. */
function versionAttributes(deviations: Deviations): Record<string, string> {
  if (!deviations.has('server-version-wrong-type')) return SERVER_VERSION;
  return { ...SERVER_VERSION, MajorVersion: '15.2' };
}

function header(deviations: Deviations): string {
  if (deviations.has('no-server-version-info')) return '';
  const attrs = { ...versionAttributes(deviations), 'xmlns:h': NS.t, xmlns: NS.t };
  return element('s:Header', element('h:ServerVersionInfo', '', attrs));
}

function successCode(deviations: Deviations): string {
  if (deviations.has('success-without-response-code')) return '';
  return textElement('ResponseCode', 'NoError');
}

function baseChildren(outcome: Outcome, deviations: Deviations): string {
  if ('payload' in outcome) return successCode(deviations) + outcome.payload;
  const { error } = outcome;
  return [
    textElement('MessageText', error.message),
    textElement('ResponseCode', error.code),
    textElement('DescriptiveLinkKey', '0'),
    error.messageXml === undefined ? '' : element('MessageXml', error.messageXml),
  ].join('');
}

/**
 * A flat response message (no ResponseMessages wrapper): `<OpResponse ResponseClass>` in the
 * messages namespace as default namespace, with `t:` bound to the types namespace.
 */
export function renderResponse(operation: string, outcome: Outcome, deviations: Deviations) {
  const ns = namespaces(deviations);
  const responseClass = 'payload' in outcome ? 'Success' : 'Error';
  const attrs = { ResponseClass: responseClass, xmlns: ns.m, 'xmlns:t': ns.t };
  const message = element(`${operation}Response`, baseChildren(outcome, deviations), attrs);
  const envelope = header(deviations) + element('s:Body', message);
  return xmlDocument(element('s:Envelope', envelope, { 'xmlns:s': NS.soap }));
}
