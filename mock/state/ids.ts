/**
 * Opaque item ids of the mock. An id is standard base64 of 24 bytes:
 *
 *   byte 0      format version (1)
 *   bytes 1-16  mailbox GUID
 *   byte 17     kind (1 folder, 2 group, 3 contact, 4 persona)
 *   bytes 18-21 item number, unsigned big-endian
 *   bytes 22-23 Fletcher-16 checksum of bytes 0-21
 *
 * The layout lets the mock tell an empty id, a malformed id, an id of another mailbox and a
 * well-formed id of nothing apart, as a real server does.
 */
export type IdKind = 'folder' | 'group' | 'contact' | 'persona';

export interface ItemRef {
  mailboxGuid: string;
  kind: IdKind;
  number: number;
}

export type DecodedId = { ok: true; ref: ItemRef } | { ok: false; reason: 'empty' | 'malformed' };

const FORMAT_VERSION = 1;
const ID_BYTES = 24;
const KIND_CODES: Record<IdKind, number> = { folder: 1, group: 2, contact: 3, persona: 4 };
const KINDS = Object.fromEntries(
  Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as IdKind]),
) as Record<number, IdKind>;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function fletcher16(bytes: Uint8Array): number {
  let a = 0;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 255;
    b = (b + a) % 255;
  }
  return (b << 8) | a;
}

function guidBytes(guid: string): Buffer {
  if (!GUID.test(guid)) throw new Error(`not a lower-case GUID: ${guid}`);
  return Buffer.from(guid.replaceAll('-', ''), 'hex');
}

function guidText(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  const parts = [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20)];
  return [...parts, hex.slice(20)].join('-');
}

export function encodeId(ref: ItemRef): string {
  const bytes = Buffer.alloc(ID_BYTES);
  bytes[0] = FORMAT_VERSION;
  guidBytes(ref.mailboxGuid).copy(bytes, 1);
  bytes[17] = KIND_CODES[ref.kind];
  bytes.writeUInt32BE(ref.number, 18);
  bytes.writeUInt16BE(fletcher16(bytes.subarray(0, 22)), 22);
  return bytes.toString('base64');
}

export function decodeId(text: string): DecodedId {
  if (text.length === 0) return { ok: false, reason: 'empty' };
  if (!BASE64.test(text)) return { ok: false, reason: 'malformed' };
  const bytes = Buffer.from(text, 'base64');
  const kind = KINDS[bytes[17] ?? 0];
  const wellFormed =
    bytes.length === ID_BYTES &&
    bytes[0] === FORMAT_VERSION &&
    kind !== undefined &&
    bytes.readUInt16BE(22) === fletcher16(bytes.subarray(0, 22));
  if (!wellFormed || kind === undefined) return { ok: false, reason: 'malformed' };
  const ref = {
    mailboxGuid: guidText(bytes.subarray(1, 17)),
    kind,
    number: bytes.readUInt32BE(18),
  };
  return { ok: true, ref };
}

/** An opaque change key: kind and revision. The mock ignores change keys on input. */
export function encodeChangeKey(kind: IdKind, revision: number): string {
  const bytes = Buffer.alloc(8);
  bytes[0] = KIND_CODES[kind];
  bytes.writeUInt32BE(revision, 4);
  return bytes.toString('base64');
}
