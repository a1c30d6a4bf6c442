import type { ServerResponse } from 'node:http';
import type { Deviations } from '../faults.ts';

export function sendText(res: ServerResponse, status: number, text: string, headers = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
}

export function sendXml(res: ServerResponse, status: number, xml: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': 'text/xml; charset=utf-8' });
  res.end(xml);
}

export function sendNotFound(res: ServerResponse, path: string): void {
  sendText(res, 404, `404 Not Found: ${path} (the EWS endpoint is POST /EWS/Exchange.asmx).`);
}

export function sendMethodNotAllowed(res: ServerResponse, allow: string): void {
  sendText(res, 405, `405 Method Not Allowed: use ${allow}.`, { Allow: allow });
}

export function sendTooLarge(res: ServerResponse, limit: number): void {
  sendText(res, 413, `413 Payload Too Large: the limit is ${limit} bytes.`, {
    Connection: 'close',
  });
}

/** What the SOAP pipeline answered (pipeline.ts SoapReply, or the handler's internal error). */
interface SoapAnswer {
  status: number;
  xml: string;
  code: string;
  operation?: string;
}

/** A fault is HTTP 500 and a response message 200, unless an HTTP-status deviation is on. */
function soapStatus(result: SoapAnswer, deviations: Deviations): number {
  if (result.status === 500) return deviations.has('fault-status-200') ? 200 : 500;
  const isError = result.code !== 'NoError';
  return isError && deviations.has('error-status-500') ? 500 : 200;
}

/**
 * `text/xml; charset=utf-8`; under `content-type-latin1` AddNewImContactToGroup claims latin-1,
 * under `content-type-text-plain` GetImItemList is sent as text/plain.
 */
function soapContentType(result: SoapAnswer, deviations: Deviations): string {
  if (deviations.has('content-type-text-plain') && result.operation === 'GetImItemList') {
    return 'text/plain; charset=utf-8';
  }
  const latin1 = deviations.has('content-type-latin1');
  return latin1 && result.operation === 'AddNewImContactToGroup'
    ? 'text/xml; charset=iso-8859-1'
    : 'text/xml; charset=utf-8';
}

/** The answer of the SOAP pipeline, with the HTTP deviations of the reply path applied. */
export function sendSoap(res: ServerResponse, result: SoapAnswer, deviations: Deviations): void {
  res.writeHead(soapStatus(result, deviations), {
    'Content-Type': soapContentType(result, deviations),
  });
  res.end(result.xml);
}
