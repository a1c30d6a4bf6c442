import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import * as req from '../support/ews/requests.ts';
import { formatExchange } from '../support/report/exchange-text.ts';
import { type Posted, SoapClient } from '../support/soap/client.ts';
import { envelope } from '../support/soap/envelope.ts';
import type { RetryLimits } from '../support/soap/throttle.ts';

/**
 * Throttling as support/soap/throttle.ts honours it, against a tiny server that refuses a
 * given number of times and then answers: the BackOffMilliseconds value read as a number (not
 * the whole MessageXml text), HTTP 503 with Retry-After, the bounds on tries and waiting, and
 * every wait in the exchange record.
 */
const S = 'http://schemas.xmlsoap.org/soap/envelope/';
const T = 'http://schemas.microsoft.com/exchange/services/2006/types';
const M = 'http://schemas.microsoft.com/exchange/services/2006/messages';
const E = 'http://schemas.microsoft.com/exchange/services/2006/errors';

const BUSY_VALUES = (ms: number) =>
  '<t:Value Name="Policy">EWSMaxConcurrency</t:Value>' +
  `<t:Value Name="BackOffMilliseconds">${ms}</t:Value>`;

const FAULT = (ms: number) => `<s:Envelope xmlns:s="${S}"><s:Body><s:Fault>
<faultcode xmlns:a="${T}">a:ErrorServerBusy</faultcode>
<faultstring>The server is busy.</faultstring>
<detail><e:ResponseCode xmlns:e="${E}">ErrorServerBusy</e:ResponseCode>
<e:Message xmlns:e="${E}">The server is busy.</e:Message>
<t:MessageXml xmlns:t="${T}">${BUSY_VALUES(ms)}</t:MessageXml>
</detail></s:Fault></s:Body></s:Envelope>`;

const BUSY_RESPONSE = (ms: number) => `<s:Envelope xmlns:s="${S}"><s:Body>
<m:GetImItemListResponse ResponseClass="Error" xmlns:m="${M}" xmlns:t="${T}">
<m:MessageText>The server is busy.</m:MessageText>
<m:ResponseCode>ErrorServerBusy</m:ResponseCode>
<m:DescriptiveLinkKey>0</m:DescriptiveLinkKey><m:MessageXml>${BUSY_VALUES(ms)}</m:MessageXml>
</m:GetImItemListResponse></s:Body></s:Envelope>`;

const OK = `<s:Envelope xmlns:s="${S}"><s:Body>
<m:GetImItemListResponse ResponseClass="Success" xmlns:m="${M}">
<m:ResponseCode>NoError</m:ResponseCode><m:ImItemList/></m:GetImItemListResponse>
</s:Body></s:Envelope>`;

type Refusal = (res: ServerResponse) => void;

const xml = (status: number, body: string) => (res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'text/xml; charset=utf-8' });
  res.end(body);
};

/** A server that answers with the refusals in turn, then OK; counts the requests. */
async function refusing(refusals: Refusal[], always?: Refusal) {
  let requests = 0;
  const server = createServer((request, res) => {
    request.resume();
    const refuse = refusals[requests] ?? always;
    requests++;
    if (refuse) refuse(res);
    else xml(200, OK)(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/EWS/Exchange.asmx`;
  return { url, requests: () => requests, close: () => server.close() };
}

const WHO = { username: 'user1@contoso.com', password: 'Passw0rd-1', mailbox: 'user1@contoso.com' };
const LIST = envelope({ version: 'Exchange2013' }, req.getImItemList());

async function post(url: string, retry?: RetryLimits): Promise<Posted> {
  const soap = new SoapClient({
    url,
    timeoutMs: 2000,
    insecureTls: false,
    ...(retry ? { retry } : {}),
  });
  try {
    return await soap.post(WHO, 'GetImItemList', LIST);
  } finally {
    await soap.dispose();
  }
}

describe('a busy server is waited for and asked again', () => {
  it('reads BackOffMilliseconds from the fault, waits that long, and notes each wait', async () => {
    const server = await refusing([xml(500, FAULT(40)), xml(500, FAULT(60))]);
    const started = Date.now();
    const x = await post(server.url);
    const took = Date.now() - started;
    server.close();
    assert.equal(x.status, 200);
    assert.equal(x.reply.kind, 'response');
    assert.equal(server.requests(), 3);
    assert.equal(x.throttled, undefined);
    assert.deepEqual(
      x.attempts?.map((a) => a.note),
      [
        'ErrorServerBusy fault (BackOffMilliseconds 40): waiting 40 ms, then try 2',
        'ErrorServerBusy fault (BackOffMilliseconds 60): waiting 60 ms, then try 3',
      ],
    );
    assert.ok(took >= 100, `waited ${took} ms`);
    const shown = formatExchange({
      ...x,
      account: 'first',
      mailbox: 'first',
      claimed: false,
      phase: 'setup',
    });
    assert.match(shown, /before the final answer:\n {2}1\. HTTP 500: ErrorServerBusy fault/);
  });

  it('honours ErrorServerBusy in a response message and HTTP 503 with Retry-After', async () => {
    const unavailable: Refusal = (res) => {
      res.writeHead(503, { 'retry-after': '0', 'content-type': 'text/plain' });
      res.end('Service Unavailable');
    };
    const server = await refusing([xml(200, BUSY_RESPONSE(30)), unavailable]);
    const x = await post(server.url);
    server.close();
    assert.equal(x.status, 200);
    const notes = x.attempts?.map((a) => a.note) ?? [];
    assert.match(
      notes[0] ?? '',
      /^ErrorServerBusy response \(BackOffMilliseconds 30\): waiting 30 ms/,
    );
    assert.match(notes[1] ?? '', /^HTTP 503 \(Retry-After: 0\): waiting 0 ms/);
  });

  it('stops after the tries allowed and marks the answer as not to be judged', async () => {
    const server = await refusing([], xml(500, FAULT(20)));
    const x = await post(server.url, { tries: 4, totalWaitMs: 60_000, waitMs: 30_000 });
    server.close();
    assert.equal(server.requests(), 4);
    assert.equal(x.attempts?.length, 3);
    assert.match(x.throttled ?? '', /still busy after 4 tries and 60 ms of waiting/);
  });

  it('never waits longer than one wait or the total allow', async () => {
    const server = await refusing([], xml(500, FAULT(600_000)));
    const started = Date.now();
    const x = await post(server.url, { tries: 10, totalWaitMs: 120, waitMs: 50 });
    const took = Date.now() - started;
    server.close();
    assert.deepEqual(
      x.attempts?.map((a) => /waiting (\d+) ms/.exec(a.note)?.[1]),
      ['50', '50', '20'],
    );
    assert.match(x.throttled ?? '', /after 4 tries and 120 ms of waiting/);
    assert.ok(took < 2000, `took ${took} ms`);
  });
});
