import type { XmlDocument } from 'libxml2-wasm';
import { schemaFault } from '../errors.ts';
import { validateEnvelope } from '../schema/validator.ts';
import type { SourceText } from './source.ts';

/** libxml2 names the offending element first: `Element '{ns}local'` or `Element 'local'`. */
const ELEMENT = /^Element '(?:\{[^}]*\})?([^']+)'/;

/**
 * Validates the whole envelope against the mock's schema; a problem becomes an
 * ErrorSchemaValidation fault. libxml2 reports a line but no column, so the position is that
 * of the offending element's start tag in the request text (SourceText.locateElement).
 */
export function checkSchema(doc: XmlDocument, source: SourceText): void {
  const problem = validateEnvelope(doc);
  if (!problem) return;
  const line = Math.max(problem.line, 1);
  const localName = ELEMENT.exec(problem.message)?.[1];
  const where = localName ? source.locateElement(line, localName) : { line, position: 1 };
  throw schemaFault({ ...where, violation: problem.message });
}
