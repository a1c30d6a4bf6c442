import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CheckFailure, Checks } from '../support/checks.ts';
import { loadConfig } from '../support/config.ts';
import { SchemaChecks } from '../support/schema/exchange-checks.ts';
import { faultDetailProblems } from '../support/schema/fault-detail.ts';
import { prepareSchema, sessionSchema } from '../support/schema/session.ts';
import type { Exchange } from '../support/soap/client.ts';
import { classify, type FaultReply } from '../support/soap/reply.ts';
import { NS } from '../support/xml/namespaces.ts';
import * as fx from './schema-fixtures.ts';

/**
 * The checks every exchange gets: the response (and a request meant to be valid) against the
 * schema, a fault against the EWS fault shape; failures recorded as required checks, and those
 * of cleanup reported after it rather than where they happen.
 */
const XML = { 'content-type': 'text/xml; charset=utf-8' };
const GOOD_REQUEST = fx.request(fx.VERSION_HEADER, fx.ADD_BODY);

function exchange(phase: Exchange['phase'], response: string, request = GOOD_REQUEST): Exchange {
  const status = response.includes('<s:Fault>') ? 500 : 200;
  const { reply, text } = classify({ status, headers: XML, body: Buffer.from(response) });
  return {
    operation: 'AddNewImContactToGroup',
    account: 'first',
    mailbox: 'first',
    url: 'http://127.0.0.1:1/EWS/Exchange.asmx',
    requestXml: request,
    requestHeaders: {},
    status,
    responseHeaders: XML,
    responseText: text,
    reply,
    claimed: false,
    phase,
  };
}

function faultReply(xml: string): FaultReply {
  const { reply } = classify({ status: 500, headers: XML, body: Buffer.from(xml) });
  assert.equal(reply.kind, 'fault');
  return reply as FaultReply;
}

const SWAPPED = fx.addResponse({ persona: fx.personaWith(fx.PAGE_EMAILS) });

describe('schema checks of each exchange', () => {
  let checks: Checks;
  let schema: SchemaChecks;
  before(async () => {
    const config = loadConfig({ EWS_SCHEMA_DIR: 'mock/schema' });
    const first = { username: 'u', password: 'p', mailbox: 'u@contoso.com' };
    const target = {
      url: 'http://127.0.0.1:1/EWS/Exchange.asmx',
      embedded: true,
      accounts: { first },
    };
    await prepareSchema(config, target);
  });
  const fresh = () => {
    checks = new Checks();
    schema = new SchemaChecks(checks);
  };

  it('compiles the schema once per process', async () => {
    const compiled = sessionSchema();
    const config = loadConfig({ EWS_SCHEMA_DIR: 'mock/schema' });
    const first = { username: 'u', password: 'p', mailbox: 'u@contoso.com' };
    const again = await prepareSchema(config, { url: 'x', embedded: true, accounts: { first } });
    assert.equal(again, compiled);
  });

  it('records a pass for a valid request and response', () => {
    fresh();
    schema.check(exchange('scenario', fx.addResponse()), true);
    assert.deepEqual(
      checks.records.map((r) => `${r.outcome} ${r.statement}`),
      [
        'pass the suite builds a valid AddNewImContactToGroup request',
        'pass the response to AddNewImContactToGroup is sent as text/xml',
        'pass the response to AddNewImContactToGroup is valid against the EWS schema',
      ],
    );
  });

  it('fails a SOAP response that is not sent as text/xml, whatever its charset', () => {
    for (const type of ['text/plain; charset=utf-8', 'application/soap+xml', undefined]) {
      fresh();
      const x = exchange('scenario', fx.addResponse());
      x.responseHeaders = type === undefined ? {} : { 'content-type': type };
      assert.throws(
        () => schema.check(x, true),
        (err: Error) =>
          err instanceof CheckFailure && /SOAP 1.1 over HTTP uses text\/xml/.test(err.message),
      );
    }
    fresh();
    const upper = exchange('scenario', fx.addResponse());
    upper.responseHeaders = { 'content-type': 'Text/XML;charset=ISO-8859-1' };
    schema.check(upper, true);
    assert.ok(checks.records.every((r) => r.outcome === 'pass'));
  });

  it('fails the scenario on a schema-invalid response, with line, element and reason', () => {
    fresh();
    assert.throws(
      () => schema.check(exchange('scenario', SWAPPED), true),
      (err: Error) => {
        assert.ok(err instanceof CheckFailure);
        const head = 'response to AddNewImContactToGroup is not valid against the EWS schema';
        const first = "line 12: Element 't:Address': This element is not expected";
        assert.ok(err.message.includes(`${head}: ${first}`), err.message);
        return true;
      },
    );
    assert.equal(checks.records.at(-1)?.outcome, 'fail');
  });

  it('fails setup exchanges where they happen', () => {
    fresh();
    assert.throws(() => schema.check(exchange('setup', SWAPPED), true), CheckFailure);
  });

  it('reports cleanup failures after cleanup, once, instead of stopping it', () => {
    fresh();
    schema.check(exchange('cleanup', SWAPPED), true);
    const late = schema.finish();
    assert.equal(late.length, 1);
    assert.match(late[0] ?? '', /not valid against the EWS schema: line 12/);
    assert.deepEqual(schema.finish(), []);
  });

  it('calls an invalid request that was meant to be valid a defect of the suite', () => {
    fresh();
    const request = GOOD_REQUEST.replace('Exchange2013', 'Exchange2099');
    assert.throws(
      () => schema.check(exchange('scenario', fx.addResponse(), request), true),
      /the suite built an invalid request: the AddNewImContactToGroup request is not valid/,
    );
  });

  it('leaves alone an invalid request that was not meant to be valid', () => {
    fresh();
    const request = GOOD_REQUEST.replace('<m:ImAddress>tsmith@contoso.com</m:ImAddress>', '');
    schema.check(exchange('scenario', fx.addResponse(), request), false);
    assert.ok(checks.records.every((r) => r.outcome === 'pass'));
  });

  it('accepts an EWS fault, and fails one without e:Message', () => {
    fresh();
    schema.check(exchange('scenario', fx.fault()), false);
    assert.equal(checks.records.at(-1)?.statement, 'a SOAP fault has the EWS faultcode and detail');
    const noMessage = fx.fault({
      detail: `<e:ResponseCode xmlns:e="${NS.e}">ErrorSchemaValidation</e:ResponseCode>`,
    });
    assert.throws(() => schema.check(exchange('scenario', noMessage), false), /e:Message/);
  });
});

describe('the EWS fault shape (facts sheet 6)', () => {
  it('accepts the documented shape, with or without t:MessageXml', () => {
    assert.deepEqual(faultDetailProblems(faultReply(fx.fault())), []);
    const short = fx.fault().replace(/<t:MessageXml[\s\S]*<\/t:MessageXml>/, '');
    assert.deepEqual(faultDetailProblems(faultReply(short)), []);
  });

  it('names a faultcode prefix bound to another namespace', () => {
    const problems = faultDetailProblems(faultReply(fx.fault({ codeNamespace: NS.m })));
    assert.match(problems.join(), /prefix is bound to .*messages, not to .*types/);
  });

  it('names a detail in the wrong namespace or order', () => {
    const detail = `<t:Message xmlns:t="${NS.t}">x</t:Message>`;
    const problems = faultDetailProblems(faultReply(fx.fault({ detail })));
    assert.match(
      problems.join(),
      /the detail holds \(t:Message\), not \(e:ResponseCode, e:Message/,
    );
  });
});
