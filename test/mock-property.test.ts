import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { type MockServer, startMock } from '../mock/server.ts';
import { decodeId, encodeId } from '../mock/state/ids.ts';
import { basic, MockClient, type SoapReply } from '../mock/testkit/client.ts';
import { count, text } from '../mock/testkit/dom.ts';
import { FAULT } from '../mock/testkit/expect.ts';
import { addContact, addDistributionGroup, createGroup } from '../mock/testkit/flows.ts';
import { type EnvelopeOptions, envelope, getImItemList } from '../mock/testkit/requests.ts';
import { escapeAttr, escapeText } from '../support/xml/escape.ts';
import { HTTPS_NS, NS } from '../support/xml/namespaces.ts';
import { assertNoLeak, send, soap, XML_TYPE } from './hostile-http.ts';
import { type ChildShape, type OperationShape, requestShapes } from './schema-shapes.ts';

/**
 * Property: whatever variant of an IM request it gets, built from the shapes in the mock's
 * messages.xsd (children missing, doubled, reordered; values empty, huge, hostile or raw;
 * ids of this mailbox, of another, forged or malformed; headers and namespaces wrong; bytes cut
 * or corrupted), the mock answers within a time bound with a well-formed SOAP response for that
 * operation or a well-formed EWS fault, and a refused request leaves both mailboxes unchanged.
 */
const NUM_RUNS = 100;
/** Fixed, so that `npm test` is deterministic; fast-check prints the seed of a failure. */
const SEED = 7_2026;
/** Generous: a hang, not a busy machine, is what it must catch (answers take milliseconds). */
const BOUND_MS = 10_000;

let server: MockServer;
let user1: MockClient;
let user2: MockClient;
let ids: string[];

/**
 * Both item lists, each over a connection of its own: a pooled keep-alive connection can be
 * closed by the server's idle time-out just as it is reused, when a busy machine delays it.
 */
async function lists(): Promise<string[]> {
  const read = (client: MockClient) => {
    const auth = basic(client.account.username, client.account.password);
    return send(server.url, {
      body: envelope(getImItemList()),
      headers: { ...XML_TYPE, Authorization: auth },
    });
  };
  const replies = await Promise.all([read(user1), read(user2)]);
  return replies.map((reply) => reply.text);
}

before(async () => {
  server = await startMock();
  user1 = MockClient.as(server, 'user1@contoso.com');
  user2 = MockClient.as(server, 'user2@contoso.com');
  const own = await createGroup(user1, 'Family');
  const { contactId } = await addContact(user1, { imAddress: 'pat@fabrikam.com', groupId: own });
  const dg = await addDistributionGroup(user1, 'sales@contoso.com', 'Sales');
  const theirs = await createGroup(user2, 'Theirs');
  const decoded = decodeId(theirs);
  assert.ok(decoded.ok);
  const forged = encodeId({ ...decoded.ref, kind: 'contact' });
  ids = [own, contactId, dg, theirs, forged, '', 'AAAA', 'not base64!', `${own}=`];
});
after(() => server.close());

/** Which parts of a request variant are wrong; each is right most of the time. */
interface Broken {
  shape: boolean;
  values: boolean;
  headers: boolean;
  bytes: boolean;
}

/** True one time in `n`. */
function oneIn(n: number): fc.Arbitrary<boolean> {
  return fc.oneof({ arbitrary: fc.constant(false), weight: n - 1 }, fc.constant(true));
}

const BROKEN: fc.Arbitrary<Broken> = fc.record({
  shape: oneIn(5),
  values: oneIn(5),
  headers: oneIn(6),
  bytes: oneIn(5),
});

/** A NonEmptyStringType value: sound text (escaped), or hostile text, maybe unescaped. */
function stringValue(broken: boolean): fc.Arbitrary<string> {
  const sound = fc.oneof(
    fc.constantFrom('Family', 'pat@fabrikam.com', 'tel:+14255550100', 'Grüße ✓', '&<>"\''),
    fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
  );
  if (!broken) return sound.map(escapeText);
  return fc.oneof(
    fc.constantFrom('', 'x'.repeat(5000), '&', '<b>', ']]>', '&amp'),
    fc.string({ maxLength: 30, unit: 'binary' }).map(escapeText),
  );
}

/** Id (and ChangeKey) attributes: ids of this mailbox, of another, forged, malformed, none. */
function idAttrs(broken: boolean): fc.Arbitrary<string> {
  const id = fc.constantFrom(...ids).map((value) => ` Id="${escapeAttr(value)}"`);
  const key = fc.constantFrom('', ' ChangeKey="AAAAAQ=="', ' ChangeKey=""');
  const attrs = fc.tuple(id, key).map(([a, k]) => a + k);
  return broken ? fc.constantFrom('', ' Id', ' Id="x" Id="y"', ' Other="1"') : attrs;
}

/** The element for one occurrence of a child, by its declared type. */
function occurrence(child: ChildShape, broken: boolean): fc.Arbitrary<string> {
  const tag = `m:${child.name}`;
  const element = (inner: string) => `<${tag}>${inner}</${tag}>`;
  switch (child.type) {
    case 't:ItemIdType':
      return idAttrs(broken).map((attrs) => `<${tag}${attrs}/>`);
    case 't:NonEmptyArrayOfBaseItemIdsType':
      return fc
        .array(idAttrs(broken), { minLength: broken ? 0 : 1, maxLength: 3 })
        .map((list) => element(list.map((a) => `<t:ItemId${a}/>`).join('')));
    case 't:NonEmptyArrayOfExtendedFieldURIs':
      return fc
        .array(fc.constantFrom('0x3001', '0x7fff', 'tag"&'), { minLength: 1, maxLength: 2 })
        .map((tags) => {
          const type = broken ? '' : ' PropertyType="String"';
          const paths = tags.map(
            (t) => `<t:ExtendedProperty PropertyTag="${escapeAttr(t)}"${type}/>`,
          );
          return element(paths.join(''));
        });
    case 'xs:boolean':
      return (broken ? fc.constantFrom('yes', '', '2') : fc.constantFrom('true', '0', ' 1 ')).map(
        element,
      );
    default:
      return stringValue(broken).map(element);
  }
}

/** How often a child occurs: what the schema allows, or (broken) none or twice. */
function occurrences(child: ChildShape, broken: Broken): fc.Arbitrary<string[]> {
  const allowed = fc.integer({ min: child.min, max: Math.min(child.max, 1) });
  const times = broken.shape ? fc.constantFrom(0, 1, 2) : allowed;
  const values = (n: number) =>
    fc.array(occurrence(child, broken.values), { minLength: n, maxLength: n });
  return times.chain(values);
}

function operationBody(shape: OperationShape, broken: Broken): fc.Arbitrary<string> {
  const parts = fc.tuple(...shape.children.map((child) => occurrences(child, broken)));
  const extras = ['', '<m:Bogus/>', '<t:ItemId Id="x"/>', 'stray text', '<!-- note -->'];
  const extra = broken.shape ? fc.constantFrom(...extras) : fc.constant('');
  const reversed = broken.shape ? fc.boolean() : fc.constant(false);
  return fc.tuple(parts, reversed, extra).map(([children, reverse, more]) => {
    const flat = children.flat();
    const ordered = reverse ? [...flat].reverse() : flat;
    return `<m:${shape.operation}>${ordered.join('')}${more}</m:${shape.operation}>`;
  });
}

function envelopeOptions(broken: boolean): fc.Arbitrary<EnvelopeOptions> {
  if (!broken) {
    const version = fc.constantFrom('Exchange2013', 'Exchange2016', 'V2018_01_08');
    return fc.record({ version, culture: fc.constantFrom(undefined, 'en-US', 'de-DE') });
  }
  const impersonate = fc
    .constantFrom('user1@contoso.com', 'user2@contoso.com', 'nobody@contoso.com')
    .map((value) => ({ value }));
  return fc.record({
    version: fc.constantFrom('Exchange2013', 'Exchange2010_SP2', 'Exchange2019', '', null),
    impersonate: fc.option(impersonate, { nil: undefined }),
    culture: fc.constantFrom(undefined, 'tlh-KX', 'en_US!'),
    messagesNs: fc.constantFrom(NS.m, HTTPS_NS.m),
  });
}

/** Cuts or corrupts the request text at some place (broken), or leaves it. */
function mutation(broken: boolean): fc.Arbitrary<(request: string) => string> {
  if (!broken) return fc.constant((request: string) => request);
  const at = fc.double({ min: 0, max: 1, noNaN: true });
  const place = (r: string, f: number) => Math.floor(r.length * f);
  const char = fc.constantFrom('<', '>', '&', '"', '\u0000', '\ufffe', ']]>', '<!--', '<?pi?>');
  return fc.oneof(
    at.map((f) => (r: string) => r.slice(0, place(r, f))),
    fc.tuple(at, char).map(
      ([f, c]) =>
        (r: string) =>
          r.slice(0, place(r, f)) + c + r.slice(place(r, f)),
    ),
    at.map((f) => (r: string) => r.slice(0, place(r, f)) + r.slice(place(r, f) + 1)),
  );
}

/** The answer's kind, after checking it is well-formed SOAP for that operation. */
function answerKind(reply: SoapReply, operation: string): 'Success' | 'Error' | 'Fault' {
  assertNoLeak(reply);
  assert.equal(count(reply.doc, '/soap:Envelope/soap:Body/*'), 1, reply.text);
  if (reply.status === 500) {
    const code = text(reply.doc, `${FAULT}/detail/e:ResponseCode`);
    assert.equal(text(reply.doc, `${FAULT}/faultcode`), `a:${code}`);
    assert.equal(count(reply.doc, '/soap:Envelope/soap:Header'), 0);
    return 'Fault';
  }
  assert.equal(reply.status, 200, reply.text);
  const cls = text(reply.doc, `/soap:Envelope/soap:Body/m:${operation}Response/@ResponseClass`);
  assert.ok(cls === 'Success' || cls === 'Error', cls);
  return cls;
}

describe('mock property: every request variant gets a well-formed answer in time', () => {
  it(`holds for ${NUM_RUNS} generated requests`, async () => {
    const shapes = requestShapes();
    assert.equal(shapes.length, 13);
    const request = fc.tuple(fc.constantFrom(...shapes), BROKEN).chain(([shape, broken]) =>
      fc.record({
        operation: fc.constant(shape.operation),
        body: operationBody(shape, broken),
        options: envelopeOptions(broken.headers),
        mutate: mutation(broken.bytes),
      }),
    );
    const auth = { Authorization: basic('user1@contoso.com', 'Passw0rd-1') };
    await fc.assert(
      fc.asyncProperty(request, async ({ operation, body, options, mutate }) => {
        const before = await lists();
        const raw = await send(server.url, {
          body: mutate(envelope(body, options)),
          headers: { ...XML_TYPE, ...auth },
        });
        assert.ok(raw.ms < BOUND_MS, `answered after ${raw.ms} ms`);
        const kind = answerKind(soap(raw), operation);
        if (kind !== 'Success') assert.deepEqual(await lists(), before);
      }),
      { numRuns: NUM_RUNS, seed: SEED, includeErrorInReport: true },
    );
  });
});
