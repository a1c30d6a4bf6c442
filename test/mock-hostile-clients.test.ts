import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { basic, MockClient } from '../mock/testkit/client.ts';
import { expectSuccess } from '../mock/testkit/expect.ts';
import { envelope, getImItemList } from '../mock/testkit/requests.ts';
import { slowClient } from './hostile-http.ts';

/**
 * Clients that send slowly, stop mid-request or announce too much: the mock answers 408 once
 * its request time-out passes and closes the connection, answers 413 from the headers alone,
 * and goes on serving everyone else.
 */
const TIMEOUT_MS = 400;
/** The time-out, Node's check interval and some slack for a busy machine. */
const CLOSED_WITHIN_MS = 4000;
const AUTH = `Authorization: ${basic('user1@contoso.com', 'Passw0rd-1')}\r\n`;
const BODY = envelope(getImItemList());

function head(length: number): string {
  return (
    'POST /EWS/Exchange.asmx HTTP/1.1\r\nHost: mock\r\n' +
    `${AUTH}Content-Type: text/xml; charset=utf-8\r\nContent-Length: ${length}\r\n\r\n`
  );
}

/** Writes one character every `everyMs` until the connection is gone. */
function trickle(write: (data: string) => boolean, text: string, everyMs: number): void {
  let next = 0;
  const timer = setInterval(() => {
    const sent = next < text.length && write(text.charAt(next));
    next += 1;
    if (!sent) clearInterval(timer);
  }, everyMs);
}

describe('mock hostile clients', { concurrency: true }, () => {
  let server: MockServer;
  before(async () => {
    server = await startMock({ requestTimeoutMs: TIMEOUT_MS });
  });
  after(() => server.close());

  const cases: Array<[string, (write: (data: string) => boolean) => void]> = [
    ['connects and sends nothing', () => undefined],
    ['sends half the headers and stops', (write) => write('POST /EWS/Exchange.asmx HTTP/1.1\r\n')],
    ['sends the headers slowly', (write) => trickle(write, head(BODY.length), 50)],
    ['stops mid-body', (write) => write(head(BODY.length) + BODY.slice(0, 40))],
    [
      'sends the body slowly',
      (write) => {
        write(head(BODY.length));
        trickle(write, BODY, 50);
      },
    ],
  ];
  for (const [what, talk] of cases) {
    it(`answers a client that ${what} with 408 and frees the connection`, async () => {
      const outcome = await slowClient(server.url, talk, CLOSED_WITHIN_MS + 2000);
      assert.equal(outcome.statusLine, 'HTTP/1.1 408 Request Timeout');
      assert.ok(outcome.closedAfterMs >= TIMEOUT_MS, `closed after ${outcome.closedAfterMs} ms`);
      assert.ok(outcome.closedAfterMs < CLOSED_WITHIN_MS, `closed after ${outcome.closedAfterMs}`);
    });
  }

  it('answers 413 from a Content-Length over the limit, before any body byte', async () => {
    const outcome = await slowClient(
      server.url,
      (write) => write(head(5 * 1024 * 1024)),
      CLOSED_WITHIN_MS,
    );
    assert.equal(outcome.statusLine, 'HTTP/1.1 413 Payload Too Large');
    assert.ok(outcome.closedAfterMs >= 0, 'the connection stays open');
  });

  it('goes on answering other clients while slow ones hang', async () => {
    const hanging = slowClient(server.url, (write) => write(head(100)), CLOSED_WITHIN_MS);
    const user1 = MockClient.as(server, 'user1@contoso.com');
    const replies = await Promise.all(Array.from({ length: 5 }, () => user1.call(getImItemList())));
    for (const reply of replies) expectSuccess(reply, 'GetImItemList');
    assert.equal((await hanging).statusLine, 'HTTP/1.1 408 Request Timeout');
  });
});
