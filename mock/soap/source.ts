/**
 * The request as text, for things the parser does not give: the document's encoding (from the
 * byte-order mark, the Content-Type charset, the first bytes), the encoding its XML declaration
 * names, a DOCTYPE scan before parsing and the column of an element that the schema validator
 * reports by line only.
 */
/** How many lines back a start tag may begin before the line libxml2 reports. */
const MAX_TAG_LINES = 50;
const DECLARED_ENCODING = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** The encodings EWS reads a request in: UTF-8 and UTF-16. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function bomEncoding(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** What the first bytes show: `<` in UTF-16, else UTF-8. */
function sniffedEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return 'utf-16be';
  return 'utf-8';
}

function charsetEncoding(charset: string | undefined, bytes: Uint8Array): Encoding | undefined {
  if (charset === 'utf-8' || charset === 'utf8') return 'utf-8';
  if (charset === 'utf-16le' || charset === 'utf-16be') return charset;
  if (charset === 'utf-16') return sniffedEncoding(bytes) === 'utf-16be' ? 'utf-16be' : 'utf-16le';
  return undefined;
}

/** UTF-16 in any byte order counts as one encoding, as it does for a declaration. */
function family(encoding: string): string {
  const name = encoding.toLowerCase();
  if (name === 'utf8') return 'utf-8';
  return /^(utf-16(le|be)?|unicode)$/.test(name) ? 'utf-16' : name;
}

export class SourceText {
  /** The encoding the document is read in: byte-order mark, then charset, then first bytes. */
  readonly encoding: Encoding;
  readonly text: string;
  private lines: string[] | undefined;

  /** `charset`: the Content-Type's charset, lower-cased (mock/http/body.ts allows UTF-8/16). */
  constructor(bytes: Uint8Array, charset?: string) {
    this.encoding = bomEncoding(bytes) ?? charsetEncoding(charset, bytes) ?? sniffedEncoding(bytes);
    this.text = new TextDecoder(this.encoding).decode(bytes);
  }

  line(number: number): string {
    this.lines ??= this.text.split(/\r\n|\r|\n/);
    return this.lines[number - 1] ?? '';
  }

  /**
   * The XML declaration's encoding when it is not the one the document is read in, with the
   * 1-based column of `encoding` in line 1.
   */
  declarationMismatch(): { declared: string; position: number } | undefined {
    const declared = DECLARED_ENCODING.exec(this.text)?.[1];
    if (declared === undefined || family(declared) === family(this.encoding)) return undefined;
    return { declared, position: this.line(1).indexOf('encoding') + 1 };
  }

  /**
   * Where the start tag `<prefix:localName` of an element reported at `lineNumber` begins: that
   * line or, for a start tag spread over several lines, an earlier one. The position is the
   * 1-based column of the name (where .NET's XmlReader puts an element). Falls back to
   * column 1 of the reported line.
   */
  locateElement(lineNumber: number, localName: string): { line: number; position: number } {
    const escaped = localName.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    const tag = new RegExp(`<((?:[\\w.-]+:)?${escaped})(?=[\\s/>]|$)`);
    for (let line = lineNumber; line >= Math.max(1, lineNumber - MAX_TAG_LINES); line -= 1) {
      const match = tag.exec(this.line(line));
      if (match) return { line, position: match.index + 2 };
    }
    return { line: lineNumber, position: 1 };
  }

  /**
   * Line and 1-based column of a processing instruction reported at `lineNumber`: its `<?`,
   * past the XML declaration on line 1.
   */
  locateInstruction(lineNumber: number): { line: number; position: number } {
    const text = this.line(lineNumber);
    const from = lineNumber === 1 && /^\uFEFF?<\?xml\s/.test(text) ? text.indexOf('?>') : 0;
    const index = text.indexOf('<?', Math.max(from, 0));
    return { line: lineNumber, position: index < 0 ? 1 : index + 1 };
  }

  /** Line and 1-based column of the first DOCTYPE declaration, if there is one. */
  findDoctype(): { line: number; position: number } | undefined {
    const index = this.text.search(/<!DOCTYPE/i);
    if (index < 0) return undefined;
    const before = this.text.slice(0, index).split(/\r\n|\r|\n/);
    return { line: before.length, position: (before.at(-1)?.length ?? 0) + 1 };
  }
}
