import { readFileSync } from 'node:fs';
import {
  XmlBufferInputProvider,
  XmlDocument,
  XmlValidateError,
  XsdValidator,
  xmlRegisterInputProvider,
} from 'libxml2-wasm';

/** The schema files the mock serves and validates with, next to this module. */
export const SCHEMA_FILES = ['soap-envelope.xsd', 'messages.xsd', 'types.xsd'] as const;
export type SchemaFile = (typeof SCHEMA_FILES)[number];

/** A private URL scheme, so that libxml2 loads the imports from memory and nothing else. */
const BASE = 'ews-mock-schema:/';

export interface ValidationProblem {
  message: string;
  line: number;
}

let validator: XsdValidator | undefined;
let compileMs: number | undefined;
const sources = new Map<SchemaFile, Buffer>();

export function schemaSource(file: SchemaFile): Buffer {
  let source = sources.get(file);
  if (!source) {
    source = readFileSync(new URL(file, import.meta.url));
    sources.set(file, source);
  }
  return source;
}

function compile(): XsdValidator {
  const started = performance.now();
  const buffers = Object.fromEntries(SCHEMA_FILES.map((f) => [`${BASE}${f}`, schemaSource(f)]));
  xmlRegisterInputProvider(new XmlBufferInputProvider(buffers));
  const root = XmlDocument.fromBuffer(schemaSource('soap-envelope.xsd'), {
    url: `${BASE}soap-envelope.xsd`,
  });
  try {
    return XsdValidator.fromDoc(root);
  } finally {
    root.dispose();
    compileMs = performance.now() - started;
  }
}

/** The process-wide validator, compiled on first use and shared by every server. */
export function envelopeValidator(): XsdValidator {
  validator ??= compile();
  return validator;
}

/** Milliseconds the one compilation took, once it has happened. */
export function schemaCompileMs(): number | undefined {
  return compileMs;
}

/** Validates a whole envelope; returns the first problem, or undefined when it is valid. */
export function validateEnvelope(doc: XmlDocument): ValidationProblem | undefined {
  try {
    envelopeValidator().validate(doc);
    return undefined;
  } catch (error) {
    if (!(error instanceof XmlValidateError)) throw error;
    const first = error.details[0];
    const message = (first?.message ?? error.message).trim();
    return { message, line: first?.line ?? 1 };
  }
}
