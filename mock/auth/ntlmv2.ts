/**
 * NTLMv2 response verification ([MS-NLMP] 3.3.2): NTOWFv2 = HMAC-MD5(MD4(UTF-16LE(password)),
 * UTF-16LE(upper(user) + domain)); the response is NTProofStr + blob, where NTProofStr =
 * HMAC-MD5(NTOWFv2, server challenge + blob). MD4 comes from js-md4 (Node 20's OpenSSL has none).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import md4 from 'js-md4';

/** NTProofStr (16) + blob header (28: 0x0101, reserved, time stamp, client challenge, reserved). */
const MIN_RESPONSE = 16 + 28;

export function ntowfv2(password: string, user: string, domain: string): Buffer {
  const ntHash = md4.create().update(Buffer.from(password, 'utf16le')).arrayBuffer();
  const identity = Buffer.from(user.toUpperCase() + domain, 'utf16le');
  return createHmac('md5', Buffer.from(ntHash)).update(identity).digest();
}

export function ntProofStr(key: Buffer, serverChallenge: Buffer, blob: Buffer): Buffer {
  return createHmac('md5', key).update(serverChallenge).update(blob).digest();
}

/**
 * Whether an NT challenge response is a valid NTLMv2 response to the server challenge for this
 * password, user and domain (as the client named them). NTLMv1 responses (24 bytes) never are.
 */
export function verifyNtlmV2(
  ntResponse: Buffer,
  serverChallenge: Buffer,
  identity: { password: string; user: string; domain: string },
): boolean {
  if (ntResponse.length < MIN_RESPONSE) return false;
  const blob = ntResponse.subarray(16);
  if (blob[0] !== 1 || blob[1] !== 1) return false;
  const key = ntowfv2(identity.password, identity.user, identity.domain);
  return timingSafeEqual(ntResponse.subarray(0, 16), ntProofStr(key, serverChallenge, blob));
}
