/** Assertions on mock replies, shared by the mock's own tests. */
import assert from 'node:assert/strict';
import type { SoapReply } from './client.ts';
import { count, text } from './dom.ts';

export const FAULT = '/soap:Envelope/soap:Body/soap:Fault';

export function responsePath(operation: string): string {
  return `/soap:Envelope/soap:Body/m:${operation}Response`;
}

/** HTTP 200, ResponseClass Success, ResponseCode NoError. Returns the response's path. */
export function expectSuccess(reply: SoapReply, operation: string): string {
  const path = responsePath(operation);
  assert.equal(reply.status, 200, reply.text);
  assert.equal(text(reply.doc, `${path}/@ResponseClass`), 'Success', reply.text);
  assert.equal(text(reply.doc, `${path}/m:ResponseCode`), 'NoError');
  return path;
}

/** HTTP 200, ResponseClass Error with that code, MessageText and DescriptiveLinkKey 0. */
export function expectError(reply: SoapReply, operation: string, code: string): string {
  const path = responsePath(operation);
  assert.equal(reply.status, 200, reply.text);
  assert.equal(text(reply.doc, `${path}/@ResponseClass`), 'Error', reply.text);
  assert.equal(text(reply.doc, `${path}/m:ResponseCode`), code, reply.text);
  assert.notEqual(text(reply.doc, `${path}/m:MessageText`), '');
  assert.equal(text(reply.doc, `${path}/m:DescriptiveLinkKey`), '0');
  return path;
}

/** HTTP 500 SOAP fault with that code in faultcode and detail; no SOAP header. */
export function expectFault(reply: SoapReply, code: string): void {
  assert.equal(reply.status, 500, reply.text);
  assert.equal(count(reply.doc, '/soap:Envelope/soap:Header'), 0);
  assert.equal(text(reply.doc, `${FAULT}/faultcode`), `a:${code}`, reply.text);
  assert.equal(text(reply.doc, `${FAULT}/detail/e:ResponseCode`), code);
}

/** The `t:MessageXml` numbers of a schema fault, checked to be positive integers. */
export function schemaPosition(reply: SoapReply): { line: number; position: number } {
  expectFault(reply, 'ErrorSchemaValidation');
  const base = `${FAULT}/detail/t:MessageXml`;
  const line = text(reply.doc, `${base}/t:LineNumber`);
  const position = text(reply.doc, `${base}/t:LinePosition`);
  assert.match(line, /^[1-9]\d*$/);
  assert.match(position, /^[1-9]\d*$/);
  return { line: Number(line), position: Number(position) };
}
