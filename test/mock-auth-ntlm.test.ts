import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import ntlm from '@ewsjs/ntlm-client';
import { messageType, readAuthenticate, readNegotiate } from '../mock/auth/ntlm-messages.ts';
import { ntowfv2, ntProofStr, verifyNtlmV2 } from '../mock/auth/ntlmv2.ts';
import { type MockServer, startMock } from '../mock/server.ts';
import { Connection, type ConnectionReply } from '../mock/testkit/connection.ts';
import { parseXml } from '../mock/testkit/dom.ts';
import { expectSuccess } from '../mock/testkit/expect.ts';
import { envelope, getImItemList } from '../mock/testkit/requests.ts';

const REQUEST = envelope(getImItemList());

function tokenOf(reply: ConnectionReply, scheme: string): string {
  const offer = reply.offers.find((o) => o.startsWith(`${scheme} `));
  assert.ok(offer, `no ${scheme} challenge in ${reply.offers.join(' | ')}`);
  return offer.slice(scheme.length + 1);
}

/** @ewsjs/ntlm-client's Type 1 asks for OEM strings; `unicode` sets NEGOTIATE_UNICODE too. */
function negotiate(unicode: boolean): string {
  const bytes = Buffer.from(ntlm.createType1Message('WS01').replace(/^NTLM /, ''), 'base64');
  if (unicode) bytes.writeUInt32LE((bytes.readUInt32LE(12) | 0x1) >>> 0, 12);
  return bytes.toString('base64');
}

/** The whole handshake on one connection; the answer to the Type 3 message. */
async function handshake(
  connection: Connection,
  login: { user: string; password: string; domain?: string },
  scheme = 'NTLM',
  unicode = false,
): Promise<ConnectionReply> {
  const type1 = negotiate(unicode);
  const challenged = await connection.post(REQUEST, `${scheme} ${type1}`);
  assert.equal(challenged.status, 401);
  const type2 = ntlm.decodeType2Message(tokenOf(challenged, scheme));
  const type3 = ntlm.createType3Message(type2, login.user, login.password, 'WS01', login.domain);
  const answer = await connection.post(REQUEST, `${scheme} ${type3.replace(/^NTLM /, '')}`);
  assert.equal(answer.socket, challenged.socket, 'the handshake left its connection');
  return answer;
}

function expectOk(reply: ConnectionReply): void {
  expectSuccess({ ...reply, headers: new Headers(), doc: parseXml(reply.text) }, 'GetImItemList');
}

describe('NTLMv2 verification (MS-NLMP 4.2.4 test vectors)', () => {
  const challenge = Buffer.from('0123456789abcdef', 'hex');
  const names = Buffer.concat([
    Buffer.from('02000c00', 'hex'),
    Buffer.from('Domain', 'utf16le'),
    Buffer.from('01000c00', 'hex'),
    Buffer.from('Server', 'utf16le'),
    Buffer.alloc(4),
  ]);
  const blob = Buffer.concat([
    Buffer.from('0101000000000000', 'hex'),
    Buffer.alloc(8),
    Buffer.from('aaaaaaaaaaaaaaaa', 'hex'),
    Buffer.alloc(4),
    names,
    Buffer.alloc(4),
  ]);
  const identity = { password: 'Password', user: 'User', domain: 'Domain' };

  it('computes NTOWFv2 and NTProofStr as the specification does', () => {
    const key = ntowfv2('Password', 'User', 'Domain');
    assert.equal(key.toString('hex'), '0c868a403bfd7a93a3001ef22ef02e3f');
    assert.equal(
      ntProofStr(key, challenge, blob).toString('hex'),
      '68cd0ab851e51c96aabc927bebef6a1c',
    );
  });

  it('accepts that response and refuses it for another password or challenge', () => {
    const proof = Buffer.from('68cd0ab851e51c96aabc927bebef6a1c', 'hex');
    const response = Buffer.concat([proof, blob]);
    assert.equal(verifyNtlmV2(response, challenge, identity), true);
    assert.equal(verifyNtlmV2(response, challenge, { ...identity, password: 'Passw0rd' }), false);
    assert.equal(verifyNtlmV2(response, Buffer.alloc(8), identity), false);
    assert.equal(verifyNtlmV2(response.subarray(0, 24), challenge, identity), false);
  });

  it('reads the messages @ewsjs/ntlm-client writes and refuses malformed ones', () => {
    const type1 = Buffer.from(ntlm.createType1Message('WS01').slice(5), 'base64');
    assert.equal(messageType(type1), 1);
    assert.equal(readNegotiate(type1) & 0x2, 0x2, 'OEM requested');
    assert.throws(() => messageType(Buffer.from('NTLMSSP')), /no NTLMSSP signature/);
    const truncated = Buffer.concat([type1.subarray(0, 8), Buffer.from('03000000', 'hex')]);
    assert.throws(() => readAuthenticate(truncated, true), /not type 3/);
    const pointsOut = Buffer.alloc(64);
    type1.copy(pointsOut, 0, 0, 8);
    pointsOut.writeUInt32LE(3, 8);
    pointsOut.writeUInt16LE(16, 36);
    pointsOut.writeUInt32LE(60, 40);
    assert.throws(() => readAuthenticate(pointsOut, true), /runs past the end/);
  });
});

describe('mock NTLM profile', () => {
  let server: MockServer;
  let connection: Connection;
  before(async () => {
    server = await startMock({ auth: 'ntlm' });
  });
  after(() => server.close());
  beforeEach(() => {
    connection = new Connection(server.url);
  });
  afterEach(() => connection.close());

  it('answers a request without credentials with 401 offering Negotiate and NTLM', async () => {
    const reply = await connection.post(REQUEST);
    assert.equal(reply.status, 401);
    assert.deepEqual(reply.offers, ['Negotiate', 'NTLM']);
  });

  it('accepts the right password, then the connection stays logged in', async () => {
    const answer = await handshake(connection, {
      user: 'user1@contoso.com',
      password: 'Passw0rd-1',
    });
    expectOk(answer);
    const later = await connection.post(REQUEST);
    assert.equal(later.socket, answer.socket);
    expectOk(later);
  });

  it('accepts DOMAIN\\user logins and the Negotiate scheme name', async () => {
    const login = { user: 'user2', password: 'Passw0rd-2', domain: 'CONTOSO' };
    expectOk(await handshake(connection, login, 'Negotiate'));
  });

  it('answers a Unicode NEGOTIATE with a Unicode challenge and reads UTF-16 names', async () => {
    const login = { user: 'svc@contoso.com', password: 'Passw0rd-svc' };
    expectOk(await handshake(connection, login, 'NTLM', true));
  });

  it('refuses a wrong password with 401 and a fresh offer; the connection stays out', async () => {
    const answer = await handshake(connection, { user: 'user1@contoso.com', password: 'Wr0ng-1' });
    assert.equal(answer.status, 401);
    assert.deepEqual(answer.offers, ['Negotiate', 'NTLM']);
    assert.equal(answer.text.includes('Wr0ng-1'), false);
    assert.equal((await connection.post(REQUEST)).status, 401);
  });

  it('refuses an unknown user, a Type 3 without a challenge and a Basic header', async () => {
    const unknown = await handshake(connection, { user: 'nobody@contoso.com', password: 'x' });
    assert.equal(unknown.status, 401);
    const other = new Connection(server.url);
    const type2 = ntlm.decodeType2Message(
      tokenOf(await other.post(REQUEST, ntlm.createType1Message()), 'NTLM'),
    );
    other.close();
    const stray = ntlm.createType3Message(type2, 'user1@contoso.com', 'Passw0rd-1');
    assert.equal((await connection.post(REQUEST, stray)).status, 401);
    const basic = `Basic ${Buffer.from('user1@contoso.com:Passw0rd-1').toString('base64')}`;
    assert.equal((await connection.post(REQUEST, basic)).status, 401);
  });

  it('does not carry a login over to another connection', async () => {
    expectOk(await handshake(connection, { user: 'user1@contoso.com', password: 'Passw0rd-1' }));
    const other = new Connection(server.url);
    const reply = await other.post(REQUEST);
    other.close();
    assert.equal(reply.status, 401);
  });
});

describe('mock NTLM profile offering only Negotiate', () => {
  let server: MockServer;
  before(async () => {
    server = await startMock({ auth: 'ntlm', ntlmScheme: 'Negotiate' });
  });
  after(() => server.close());

  it('offers Negotiate alone, ignores NTLM-scheme messages, takes them as Negotiate', async () => {
    const connection = new Connection(server.url);
    try {
      assert.deepEqual((await connection.post(REQUEST)).offers, ['Negotiate']);
      const underNtlm = await connection.post(REQUEST, ntlm.createType1Message());
      assert.deepEqual(underNtlm.offers, ['Negotiate']);
      const login = { user: 'user1@contoso.com', password: 'Passw0rd-1' };
      expectOk(await handshake(connection, login, 'Negotiate'));
    } finally {
      connection.close();
    }
  });
});
