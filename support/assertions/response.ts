import type { Element } from '@xmldom/xmldom';
import { expectEqual, expectOneOf, expectThat, type Level } from '../checks.ts';
import { responseMessage } from '../ews/responses.ts';
import { isXsInt } from '../expectations/lexical.ts';
import type { FaultReply } from '../soap/reply.ts';
import type { EwsWorld } from '../world.ts';
import { nodes, one, optionalText, text } from '../xml/xpath.ts';

/**
 * Assertions on the last response or fault. Each records a check with its level; expecting an
 * error or a fault also claims it, so the After guard does not report it as unexpected.
 */
/** The key of an answer: its class, and the codes allowed (sorted), e.g. `Error:A|B`. */
function answerKey(prefix: string, codes: readonly string[]): string {
  return codes.length === 0 ? prefix : `${prefix}:${[...codes].sort().join('|')}`;
}

export function responseClassAndCode(w: EwsWorld, cls: string, codes: readonly string[]): void {
  const op = w.last.operation;
  const key = answerKey(cls, codes);
  if (cls === 'Error') w.claim();
  w.verify({ key, check: `${op} answers with ResponseClass "${cls}"` }, () => {
    expectEqual(responseMessage(w.last).responseClass, cls, 'ResponseClass');
  });
  if (codes.length === 0) return;
  const label = codes.join(' or ');
  w.verify({ key, check: `${op} answers with ResponseCode ${label}` }, () => {
    expectOneOf(responseMessage(w.last).responseCode, codes, 'ResponseCode');
  });
  if (codes.length > 1) {
    w.note({ key }, `${op}: which of ${label}`, `${responseMessage(w.last).responseCode}`);
  }
}

export function responseCode(w: EwsWorld, code: string, level: Level): void {
  const check = `${w.last.operation} answers with ResponseCode ${code}`;
  w.verify({ key: `code:${code}`, check, level }, () => {
    expectEqual(responseMessage(w.last).responseCode, code, 'ResponseCode');
  });
}

function fault(w: EwsWorld): FaultReply {
  const { reply } = w.last;
  if (reply.kind === 'fault') return reply;
  const what = reply.kind === 'response' ? `a ${reply.body.localName}` : reply.problem;
  throw new Error(`expected a SOAP fault, got ${what}`);
}

/**
 * A SOAP fault, with HTTP 500 as SOAP 1.1 demands. Its EWS code and detail shape (facts sheet 6,
 * pitfall P02) are checked on every fault by the schema checks.
 */
export function isFault(w: EwsWorld): void {
  w.claim();
  const op = w.last.operation;
  w.verify({ key: 'fault', check: `${op} answers with a SOAP fault` }, () => void fault(w));
  w.verify({ id: 'EWS-R003', check: 'a SOAP fault comes with HTTP status 500' }, () => {
    expectEqual(w.last.status, 500, 'HTTP status');
  });
}

export function faultCode(w: EwsWorld, codes: readonly string[], level: Level): void {
  const label = codes.join(' or ');
  const key = answerKey('fault', codes);
  const check = `${w.last.operation} fails with the fault code ${label}`;
  w.verify({ key, check, level }, () => {
    expectOneOf(fault(w).faultCode, codes, 'faultcode');
  });
  if (codes.length > 1) w.note({ key }, `fault: which of ${label}`, fault(w).faultCode);
}

export function faultPosition(w: EwsWorld): void {
  const check = 'a schema fault gives integer LineNumber and LinePosition';
  w.verify({ id: 'EWS-R005', check }, () => {
    const xml = one(fault(w).doc, '//detail/t:MessageXml');
    for (const name of ['LineNumber', 'LinePosition']) {
      const value = text(xml, `t:${name}`);
      expectThat(isXsInt(value), `t:${name} "${value}" is not an integer`);
    }
  });
}

/** Refused either way: a fault or an error response, carrying the code. */
export function refusedWith(w: EwsWorld, code: string, level: Level): void {
  w.claim();
  const check = `${w.last.operation} is refused with ${code}`;
  w.verify({ key: `refused:${code}`, check, level }, () => {
    const { reply } = w.last;
    if (reply.kind === 'fault') return expectEqual(reply.faultCode, code, 'faultcode');
    const message = responseMessage(w.last);
    expectEqual(message.responseClass, 'Error', 'ResponseClass');
    expectEqual(message.responseCode, code, 'ResponseCode');
  });
}

export function httpStatus(w: EwsWorld, status: number, level: Level): void {
  const check = `${w.last.operation} comes with HTTP status ${status}`;
  w.verify({ key: `http:${status}`, check, level }, () => {
    expectEqual(w.last.status, status, 'HTTP status');
  });
}

export function serverVersionInfo(w: EwsWorld): void {
  const check = 'a response carries t:ServerVersionInfo in its SOAP header';
  w.verify({ id: 'EWS-R004', check }, () => {
    const { root } = responseMessage(w.last);
    const info = one(root, '/soap:Envelope/soap:Header/t:ServerVersionInfo') as Element;
    for (const name of ['MajorVersion', 'MinorVersion', 'MajorBuildNumber', 'MinorBuildNumber']) {
      const value = optionalText(info, `@${name}`);
      expectThat(value === undefined || isXsInt(value), `@${name} "${value}" is not an xs:int`);
    }
  });
}

export function errorDetails(w: EwsWorld, valueName: string | undefined): void {
  const xml = valueName === undefined ? '' : ` and a MessageXml value ${valueName}`;
  const check = `an error response has MessageText, DescriptiveLinkKey${xml}`;
  w.verify({ key: 'error-details', check }, () => {
    const root = responseMessage(w.last).root;
    expectThat(text(root, 'm:MessageText').trim() !== '', 'm:MessageText is empty');
    expectEqual(text(root, 'm:DescriptiveLinkKey').trim(), '0', 'm:DescriptiveLinkKey');
    if (valueName === undefined) return;
    const values = nodes(root, `m:MessageXml/t:Value[@Name='${valueName}']`);
    expectThat(values.length === 1, `m:MessageXml holds ${values.length} t:Value "${valueName}"`);
  });
}
