/**
 * Turns the bytes of an HTTP body into text the way an XML processor must: a byte-order mark
 * wins, then the charset of the Content-Type header, then the XML declaration, then UTF-8.
 * Bytes that are invalid in the chosen encoding are an error, never silently replaced.
 */
export class DecodeError extends Error {}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { encoding, skip: mark.length };
  }
  return undefined;
}

/** The charset parameter of a Content-Type header value, lower-cased, if any. */
export function headerCharset(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return match?.[1]?.toLowerCase();
}

export interface Decoded {
  text: string;
  encoding: string;
  source: 'byte-order mark' | 'Content-Type' | 'XML declaration' | 'default';
}

export function decodeBody(bytes: Uint8Array, contentType?: string): Decoded {
  const bom = bomEncoding(bytes);
  const header = headerCharset(contentType);
  const declared = declaredEncoding(bytes);
  let encoding = 'utf-8';
  let source: Decoded['source'] = 'default';
  if (bom) [encoding, source] = [bom.encoding, 'byte-order mark'];
  else if (header) [encoding, source] = [header, 'Content-Type'];
  else if (declared) [encoding, source] = [declared, 'XML declaration'];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  } catch {
    throw new DecodeError(`unsupported character encoding "${encoding}" (from the ${source})`);
  }
  try {
    return { text: decoder.decode(bytes), encoding, source };
  } catch {
    throw new DecodeError(`the body is not valid ${encoding} (encoding from the ${source})`);
  }
}
