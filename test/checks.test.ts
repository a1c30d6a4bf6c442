import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CheckFailure, Checks, expectEqual } from '../support/checks.ts';
import { unclaimedProblems } from '../support/guard.ts';
import { redact, registerCredentials, registerSecret } from '../support/redact.ts';
import type { Exchange } from '../support/soap/client.ts';
import { classify } from '../support/soap/reply.ts';

describe('checks', () => {
  it('fail the scenario on a required check, quoting the statement and the detail', () => {
    const checks = new Checks();
    assert.throws(
      () => checks.verify('required', 'Persona has a PersonaId', () => expectEqual(1, 2, 'n')),
      (err: Error) =>
        err instanceof CheckFailure &&
        /\[required\] Persona has a PersonaId\nn: expected 2, got 1/.test(err.message),
    );
    assert.equal(checks.records[0]?.outcome, 'fail');
  });

  it('record a warning for a recommended check and a note for an informative one', () => {
    const checks = new Checks();
    checks.verify('recommended', 'sample element', () => expectEqual('a', 'b', 'x'));
    checks.verify('informative', 'which code', () => expectEqual('a', 'b', 'x'));
    checks.verify('required', 'holds', () => expectEqual('a', 'a', 'x'));
    assert.deepEqual(
      checks.records.map((r) => r.outcome),
      ['warning', 'note', 'pass'],
    );
    assert.equal(checks.warnings.length, 1);
  });
});

function exchange(status: number, body: string, claimed = false): Exchange {
  const http = { status, headers: { 'content-type': 'text/xml' }, body: Buffer.from(body) };
  const { reply, text } = classify(http);
  return {
    operation: 'AddNewImContactToGroup',
    account: 'first',
    mailbox: 'first',
    url: 'http://x',
    requestXml: '',
    requestHeaders: {},
    status,
    responseHeaders: {},
    responseText: text,
    reply,
    claimed,
    phase: 'scenario',
  };
}

const S = 'http://schemas.xmlsoap.org/soap/envelope/';
const M = 'http://schemas.microsoft.com/exchange/services/2006/messages';
const response = (cls: string) =>
  `<s:Envelope xmlns:s="${S}"><s:Body><R xmlns="${M}" ResponseClass="${cls}"/>` +
  '</s:Body></s:Envelope>';
const fault =
  `<s:Envelope xmlns:s="${S}"><s:Body><s:Fault><faultcode>a:X</faultcode></s:Fault>` +
  '</s:Body></s:Envelope>';

describe('the unclaimed-fault guard', () => {
  it('reports faults and error responses that no step claimed', () => {
    const found = unclaimedProblems([exchange(500, fault), exchange(200, response('Error'))]);
    assert.equal(found.length, 2);
    assert.match(found[0] ?? '', /unexpected SOAP fault X/);
    assert.match(found[1] ?? '', /ResponseClass="Error"/);
  });

  it('leaves claimed ones, successes and cleanup exchanges alone', () => {
    const cleanup = { ...exchange(500, fault), phase: 'cleanup' as const };
    const found = unclaimedProblems([
      exchange(500, fault, true),
      exchange(200, response('Success')),
      cleanup,
    ]);
    assert.deepEqual(found, []);
  });
});

describe('redaction', () => {
  it('removes Authorization headers and registered passwords', () => {
    registerSecret('Passw0rd-1');
    const text = redact('Authorization: Basic dXNlcjE=\nbody with Passw0rd-1 inside');
    assert.equal(text, 'Authorization: [removed]\nbody with [removed] inside');
  });

  it('removes the Basic token of registered credentials wherever it appears', () => {
    registerCredentials('user1@contoso.com', 'Passw0rd-1');
    const token = Buffer.from('user1@contoso.com:Passw0rd-1').toString('base64');
    const text = redact(`call log:\n  - authorization: Basic ${token}\n  - ${token}`);
    assert.doesNotMatch(text, new RegExp(token));
    assert.match(text, /authorization: \[removed\]/);
  });
});
