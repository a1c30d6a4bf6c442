import { DOMParser, type Document } from '@xmldom/xmldom';
import { SaxesParser } from 'saxes';

/**
 * Strict XML parsing for everything the suite receives. saxes checks well-formedness and
 * namespace bindings (xmldom alone lets some malformed input through, pitfall P12); xmldom then
 * builds the DOM for XPath, with every warning and error fatal (pitfall P16). A document type
 * declaration is refused: SOAP forbids it and no entity is ever expanded.
 */
export class XmlParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

function checkWellFormed(text: string): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let failure: XmlParseError | undefined;
  parser.on('error', (err) => {
    failure ??= new XmlParseError(err.message, parser.line, parser.column);
  });
  parser.on('doctype', () => {
    failure ??= new XmlParseError(
      'a document type declaration (DOCTYPE) is not allowed in a SOAP message',
      parser.line,
      parser.column,
    );
  });
  parser.write(text).close();
  if (failure) throw failure;
}

function buildDom(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new XmlParseError(`${level}: ${message}`);
    },
  });
  try {
    return parser.parseFromString(text, 'text/xml');
  } catch (err) {
    if (err instanceof XmlParseError) throw err;
    throw new XmlParseError(err instanceof Error ? err.message : String(err));
  }
}

export function parseXml(text: string): Document {
  checkWellFormed(text);
  return buildDom(text);
}
