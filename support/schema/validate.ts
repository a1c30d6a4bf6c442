import { ParseOption, XmlDocument, XmlLibError, XmlValidateError } from 'libxml2-wasm';
import { NS } from '../xml/namespaces.ts';
import type { CompiledSchema } from './compile.ts';

/**
 * Validates one SOAP message, as text, against a compiled schema and says what is wrong in
 * the validator's words: line, element and reason. Element names in the suite's namespaces are
 * written with the suite's prefixes (`t:PersonaId`), any other namespace in full.
 */
export interface SchemaProblem {
  line: number;
  message: string;
  /** The element's path, when libxml2 gives one (useful when the message is one line). */
  path?: string;
}

const MAX_LISTED = 5;
/** No network, no external entities: the message is only read, never resolved. */
const PARSE = {
  encoding: 'utf-8',
  option: ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE,
};

function shortNames(message: string): string {
  let out = message.trim();
  for (const prefix of ['soap', 'm', 't', 'e'] as const) {
    out = out.split(`{${NS[prefix]}}`).join(`${prefix}:`);
  }
  return out;
}

function problemsOf(error: XmlLibError): SchemaProblem[] {
  if (error.details.length === 0) return [{ line: 0, message: error.message.trim() }];
  return error.details.map((d) => ({
    line: d.line,
    message: shortNames(d.message),
    ...(d.xpath ? { path: d.xpath } : {}),
  }));
}

function parse(xml: string): XmlDocument | SchemaProblem[] {
  try {
    return XmlDocument.fromString(xml, PARSE);
  } catch (error) {
    if (!(error instanceof XmlLibError)) throw error;
    return problemsOf(error).map((p) => ({ ...p, message: `not readable: ${p.message}` }));
  }
}

/** Every problem of the message; empty when it is valid. */
export function schemaProblems(schema: CompiledSchema, xml: string): SchemaProblem[] {
  const doc = parse(xml);
  if (Array.isArray(doc)) return doc;
  try {
    schema.validator.validate(doc);
    return [];
  } catch (error) {
    if (error instanceof XmlValidateError) return problemsOf(error);
    throw error;
  } finally {
    doc.dispose();
  }
}

/** `line N: reason (at path)` lines, the first few of them. */
export function describeProblems(problems: readonly SchemaProblem[]): string {
  const lines = problems
    .slice(0, MAX_LISTED)
    .map((p) => `line ${p.line}: ${p.message}${p.path ? ` (at ${p.path})` : ''}`);
  const more = problems.length - MAX_LISTED;
  if (more > 0) lines.push(`(and ${more} more)`);
  return lines.join('\n');
}
