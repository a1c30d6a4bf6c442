/**
 * The request as text, for things the parser does not give: a DOCTYPE scan before parsing and
 * the column of an element that the schema validator reports by line only.
 */
/** How many lines back a start tag may begin before the line libxml2 reports. */
const MAX_TAG_LINES = 50;
const DECLARED_ENCODING = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return DECLARED_ENCODING.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder(encodingOf(bytes)).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export class SourceText {
  readonly text: string;
  private lines: string[] | undefined;

  constructor(bytes: Uint8Array) {
    this.text = decode(bytes);
  }

  line(number: number): string {
    this.lines ??= this.text.split(/\r\n|\r|\n/);
    return this.lines[number - 1] ?? '';
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

  /** Line and 1-based column of the first DOCTYPE declaration, if there is one. */
  findDoctype(): { line: number; position: number } | undefined {
    const index = this.text.search(/<!DOCTYPE/i);
    if (index < 0) return undefined;
    const before = this.text.slice(0, index).split(/\r\n|\r|\n/);
    return { line: before.length, position: (before.at(-1)?.length ?? 0) + 1 };
  }
}
