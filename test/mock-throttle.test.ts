import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { basic, postRaw } from '../mock/testkit/client.ts';
import { parseXml, text } from '../mock/testkit/dom.ts';
import { expectFault, expectSuccess, FAULT } from '../mock/testkit/expect.ts';
import { envelope, getImItemList } from '../mock/testkit/requests.ts';
import { SERVER_BUSY_TEXT, Throttle } from '../mock/throttle.ts';

const REQUEST = envelope(getImItemList());

describe('throttle budget', () => {
  it('lets the budget through per window, then refuses with the time left', () => {
    let now = 1000;
    const throttle = new Throttle({ budget: 2, windowMs: 1000, now: () => now });
    assert.equal(throttle.charge('a@contoso.com'), undefined);
    assert.equal(throttle.charge('a@contoso.com'), undefined);
    now = 1300;
    assert.deepEqual(throttle.charge('a@contoso.com'), { kind: 'server-busy', backoffMs: 700 });
    assert.equal(throttle.charge('b@contoso.com'), undefined, 'each mailbox has its own budget');
    now = 2000;
    assert.equal(throttle.charge('a@contoso.com'), undefined, 'a new window');
  });

  it('gives a fixed back-off when set, and a 503 for every nth refusal', () => {
    const throttle = new Throttle({
      budget: 1,
      backoffMs: 2500,
      unavailableEvery: 2,
      now: () => 0,
    });
    throttle.charge('a@contoso.com');
    assert.deepEqual(throttle.charge('a@contoso.com'), { kind: 'server-busy', backoffMs: 2500 });
    assert.deepEqual(throttle.charge('a@contoso.com'), {
      kind: 'unavailable',
      retryAfterSeconds: 3,
    });
  });

  it('refuses a budget or window below one', () => {
    assert.throws(() => new Throttle({ budget: 0 }), RangeError);
    assert.throws(() => new Throttle({ windowMs: 0.5 }), RangeError);
  });
});

describe('mock throttling profile', () => {
  let server: MockServer;
  let now = 0;
  const user1 = basic('user1@contoso.com', 'Passw0rd-1');
  before(async () => {
    server = await startMock({ throttle: { budget: 3, windowMs: 60_000, now: () => now } });
  });
  after(() => server.close());

  it('answers over budget with the ErrorServerBusy fault and its BackOffMilliseconds', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await postRaw(server.url, REQUEST, user1);
      expectSuccess({ ...ok, doc: parseXml(ok.text) }, 'GetImItemList');
    }
    now = 45_000;
    const busy = await postRaw(server.url, REQUEST, user1);
    const reply = { ...busy, doc: parseXml(busy.text) };
    expectFault(reply, 'ErrorServerBusy');
    assert.equal(text(reply.doc, `${FAULT}/faultstring`), SERVER_BUSY_TEXT);
    assert.equal(text(reply.doc, `${FAULT}/faultstring/@xml:lang`), 'en-US');
    const hint = `${FAULT}/detail/t:MessageXml/t:Value[@Name='BackOffMilliseconds']`;
    assert.equal(text(reply.doc, hint), '15000');
  });

  it('keeps the other mailboxes going and lets user1 in again in the next window', async () => {
    const user2 = await postRaw(server.url, REQUEST, basic('user2@contoso.com', 'Passw0rd-2'));
    assert.equal(user2.status, 200);
    now = 60_000;
    assert.equal((await postRaw(server.url, REQUEST, user1)).status, 200);
  });
});

describe('mock throttling with HTTP 503', () => {
  it('sends 503 with Retry-After in whole seconds for every nth refusal', async () => {
    const throttle = { budget: 1, backoffMs: 1200, unavailableEvery: 1, now: () => 0 };
    const server = await startMock({ throttle });
    try {
      const auth = basic('user1@contoso.com', 'Passw0rd-1');
      assert.equal((await postRaw(server.url, REQUEST, auth)).status, 200);
      const refused = await postRaw(server.url, REQUEST, auth);
      assert.equal(refused.status, 503);
      assert.equal(refused.headers.get('retry-after'), '2');
    } finally {
      await server.close();
    }
  });
});
