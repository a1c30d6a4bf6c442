import { ParseOption, XmlDocument, XmlParseError } from 'libxml2-wasm';
import { schemaFault } from '../errors.ts';
import type { SourceText } from './source.ts';

/**
 * Strict parsing, no recovery, no network, no external entities, no entity substitution.
 * A DOCTYPE is refused outright (before parsing, and again on the parsed document).
 */
const OPTIONS =
  ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_NOWARNING;

const DTD_VIOLATION = 'DTD is prohibited in requests to this server.';

function doctypeFault(source: SourceText) {
  const where = source.findDoctype() ?? { line: 1, position: 1 };
  return schemaFault({ ...where, violation: DTD_VIOLATION });
}

/** Parses the request; the caller disposes the document. Throws a SoapFault. */
export function parseRequest(bytes: Uint8Array, source: SourceText): XmlDocument {
  if (source.findDoctype()) throw doctypeFault(source);
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromBuffer(bytes, { option: OPTIONS });
  } catch (error) {
    if (!(error instanceof XmlParseError)) throw error;
    const first = error.details.find((d) => d.level >= 2) ?? error.details[0];
    const violation = (first?.message ?? 'The request is not an XML document.').trim();
    throw schemaFault({
      line: Math.max(first?.line ?? 1, 1),
      position: Math.max(first?.col ?? 1, 1),
      violation,
    });
  }
  if (doc.dtd !== null) {
    doc.dispose();
    throw doctypeFault(source);
  }
  return doc;
}
