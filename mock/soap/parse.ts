import { ParseOption, XmlDocument, XmlParseError } from 'libxml2-wasm';
import { schemaFault } from '../errors.ts';
import type { SourceText } from './source.ts';

/**
 * Strict parsing, no recovery, no network, no external entities, no entity substitution, in
 * the encoding the request is read in (mock/soap/source.ts). Refused, each with an
 * ErrorSchemaValidation fault at its place: a DOCTYPE (before parsing, and again on the parsed
 * document), an XML declaration naming another encoding than the document's, anything not
 * well-formed (libxml2's limits included: nesting depth 256, names of 50,000 characters), and
 * processing instructions, which SOAP 1.1 forbids.
 */
const OPTIONS =
  ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_NOWARNING;

const DTD_VIOLATION = 'DTD is prohibited in requests to this server.';
const PI_VIOLATION =
  'Processing instructions (other than the XML declaration) and DTDs are not supported.';

function doctypeFault(source: SourceText) {
  const where = source.findDoctype() ?? { line: 1, position: 1 };
  return schemaFault({ ...where, violation: DTD_VIOLATION });
}

function checkDeclaration(source: SourceText): void {
  const mismatch = source.declarationMismatch();
  if (!mismatch) return;
  const { declared, position } = mismatch;
  const violation =
    `The encoding in the declaration '${declared}' does not match the encoding of the ` +
    `document '${source.encoding}'.`;
  throw schemaFault({ line: 1, position: Math.max(position, 1), violation });
}

function parse(bytes: Uint8Array, source: SourceText): XmlDocument {
  try {
    return XmlDocument.fromBuffer(bytes, { option: OPTIONS, encoding: source.encoding });
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
}

/** The first processing instruction's place, if the document has one. */
function instruction(doc: XmlDocument, source: SourceText) {
  const found = doc.get('//processing-instruction()');
  return found ? source.locateInstruction(Math.max(found.line, 1)) : undefined;
}

/** Parses the request; the caller disposes the document. Throws a SoapFault. */
export function parseRequest(bytes: Uint8Array, source: SourceText): XmlDocument {
  checkDeclaration(source);
  if (source.findDoctype()) throw doctypeFault(source);
  const doc = parse(bytes, source);
  const pi = instruction(doc, source);
  if (doc.dtd !== null || pi) {
    doc.dispose();
    throw pi ? schemaFault({ ...pi, violation: PI_VIOLATION }) : doctypeFault(source);
  }
  return doc;
}
