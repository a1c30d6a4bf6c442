/**
 * The three NTLM messages ([MS-NLMP] 2.2.1), server side: read a NEGOTIATE (type 1) and an
 * AUTHENTICATE (type 3) message, write a CHALLENGE (type 2). No npm library parses the client's
 * messages correctly for a server (ntlm-parser decodes OEM names as UTF-16), so this is the
 * small part written here; the client side in the tests comes from @ewsjs/ntlm-client.
 */

const SIGNATURE = Buffer.from('NTLMSSP\0', 'latin1');

export const FLAGS = {
  unicode: 0x1,
  oem: 0x2,
  requestTarget: 0x4,
  ntlm: 0x200,
  alwaysSign: 0x8000,
  targetTypeDomain: 0x10000,
  extendedSessionSecurity: 0x80000,
  targetInfo: 0x800000,
  version: 0x2000000,
  key128: 0x20000000,
  key56: 0x80000000,
} as const;

export class NtlmMessageError extends Error {
  constructor(problem: string) {
    super(`malformed NTLM message: ${problem}`);
    this.name = 'NtlmMessageError';
  }
}

/** The message type (1, 2 or 3) of an NTLMSSP message, after checking its signature. */
export function messageType(bytes: Buffer): number {
  if (bytes.length < 12 || !bytes.subarray(0, 8).equals(SIGNATURE)) {
    throw new NtlmMessageError('no NTLMSSP signature');
  }
  return bytes.readUInt32LE(8);
}

/** The flags of a NEGOTIATE message. */
export function readNegotiate(bytes: Buffer): number {
  if (messageType(bytes) !== 1 || bytes.length < 16) throw new NtlmMessageError('not type 1');
  return bytes.readUInt32LE(12);
}

/** The bytes a security buffer (length, allocated, offset) at `at` points to. */
function field(bytes: Buffer, at: number): Buffer {
  const length = bytes.readUInt16LE(at);
  const offset = bytes.readUInt32LE(at + 4);
  if (offset + length > bytes.length) throw new NtlmMessageError('a field runs past the end');
  return bytes.subarray(offset, offset + length);
}

export interface Authenticate {
  user: string;
  domain: string;
  workstation: string;
  ntResponse: Buffer;
}

/** An AUTHENTICATE message; names in UTF-16LE when the challenge chose Unicode, else OEM. */
export function readAuthenticate(bytes: Buffer, unicode: boolean): Authenticate {
  if (messageType(bytes) !== 3 || bytes.length < 52) throw new NtlmMessageError('not type 3');
  const encoding = unicode ? 'utf16le' : 'latin1';
  return {
    ntResponse: Buffer.from(field(bytes, 20)),
    domain: field(bytes, 28).toString(encoding),
    user: field(bytes, 36).toString(encoding),
    workstation: field(bytes, 44).toString(encoding),
  };
}

/** MsvAvNbComputerName (1), MsvAvNbDomainName (2), DNS names (3, 4), MsvAvEOL (0). */
export interface TargetNames {
  computer: string;
  domain: string;
  dnsComputer: string;
  dnsDomain: string;
}

function avPair(id: number, value: string): Buffer {
  const data = Buffer.from(value, 'utf16le');
  const head = Buffer.alloc(4);
  head.writeUInt16LE(id, 0);
  head.writeUInt16LE(data.length, 2);
  return Buffer.concat([head, data]);
}

function targetInfo(names: TargetNames): Buffer {
  return Buffer.concat([
    avPair(2, names.domain),
    avPair(1, names.computer),
    avPair(4, names.dnsDomain),
    avPair(3, names.dnsComputer),
    Buffer.alloc(4),
  ]);
}

/** The flags a challenge answers a NEGOTIATE's flags with: its character set, NTLMv2's needs. */
export function challengeFlags(negotiated: number): number {
  const charset = negotiated & FLAGS.unicode ? FLAGS.unicode : FLAGS.oem;
  const keys = negotiated & (FLAGS.key128 | FLAGS.key56);
  return (
    (charset |
      FLAGS.requestTarget |
      FLAGS.ntlm |
      FLAGS.alwaysSign |
      FLAGS.targetTypeDomain |
      FLAGS.extendedSessionSecurity |
      FLAGS.targetInfo |
      FLAGS.version |
      keys) >>>
    0
  );
}

/** A CHALLENGE message: header (56 bytes with the version), then target name and target info. */
export function writeChallenge(flags: number, challenge: Buffer, names: TargetNames): Buffer {
  const name = Buffer.from(names.domain, flags & FLAGS.unicode ? 'utf16le' : 'latin1');
  const info = targetInfo(names);
  const header = Buffer.alloc(56);
  SIGNATURE.copy(header, 0);
  header.writeUInt32LE(2, 8);
  header.writeUInt16LE(name.length, 12);
  header.writeUInt16LE(name.length, 14);
  header.writeUInt32LE(56, 16);
  header.writeUInt32LE(flags >>> 0, 20);
  challenge.copy(header, 24);
  header.writeUInt16LE(info.length, 40);
  header.writeUInt16LE(info.length, 42);
  header.writeUInt32LE(56 + name.length, 44);
  // Version: Windows 10.0 build 17763, NTLM revision 15.
  header.writeUInt8(10, 48);
  header.writeUInt16LE(17763, 50);
  header.writeUInt8(15, 55);
  return Buffer.concat([header, name, info]);
}
