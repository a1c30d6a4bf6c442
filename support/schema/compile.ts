import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  XmlBufferInputProvider,
  XmlDocument,
  XmlLibError,
  XsdValidator,
  xmlRegisterInputProvider,
} from 'libxml2-wasm';
import { NS } from '../xml/namespaces.ts';
import { EWS_SCHEMA_FILES } from './folder.ts';
import { SchemaError } from './schema-error.ts';

/**
 * Compiles the EWS schema of one folder into a validator of whole SOAP messages. A driver
 * schema made in memory imports, in this order: the xml: namespace (xml.xsd beside this module,
 * because types.xsd imports that namespace without a location), the SOAP 1.1 envelope
 * (soap-envelope.xsd beside this module), then the folder's types.xsd and messages.xsd. libxml2
 * gets every file from memory under a private URL scheme, so it reads nothing else.
 */
export interface CompiledSchema {
  validator: XsdValidator;
  /** Where the EWS files came from (a URL or a folder), for messages. */
  origin: string;
  compileMs: number;
}

const SCHEME = 'ews-suite-schema:/';
const OWN_FILES = ['xml.xsd', 'soap-envelope.xsd'] as const;
const MAX_REASONS = 5;
let provider: XmlBufferInputProvider | undefined;
let sources = 0;

/** The one input provider of this module, registered with libxml2 on first use. */
function inputs(): XmlBufferInputProvider {
  if (!provider) {
    provider = new XmlBufferInputProvider({});
    for (const file of OWN_FILES) {
      provider.addBuffer(`${SCHEME}${file}`, readFileSync(new URL(file, import.meta.url)));
    }
    xmlRegisterInputProvider(provider);
  }
  return provider;
}

function driver(base: string): string {
  const imports: Array<[string, string]> = [
    [NS.xml, `${SCHEME}xml.xsd`],
    [NS.soap, `${SCHEME}soap-envelope.xsd`],
    [NS.t, `${base}types.xsd`],
    [NS.m, `${base}messages.xsd`],
  ];
  return [
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
    ...imports.map(([ns, at]) => `  <xs:import namespace="${ns}" schemaLocation="${at}"/>`),
    '</xs:schema>',
  ].join('\n');
}

/** libxml2's reasons, with the private URLs turned back into the folder's paths. */
function reasons(error: unknown, base: string, dir: string): string {
  if (!(error instanceof XmlLibError) || error.details.length === 0) {
    return error instanceof Error ? error.message : String(error);
  }
  const lines = error.details.slice(0, MAX_REASONS).map((d) => {
    const file = (d.file ?? '').replace(base, `${dir}/`).replace(SCHEME, 'support/schema/');
    return `${file}${file ? `:${d.line}: ` : ''}${d.message.trim()}`;
  });
  return lines.join('\n');
}

function load(base: string, dir: string, add: boolean): void {
  for (const file of EWS_SCHEMA_FILES) {
    const url = `${base}${file}`;
    if (add) inputs().addBuffer(url, readFileSync(join(dir, file)));
    else inputs().removeBuffer(url);
  }
}

/** Compiles messages.xsd and types.xsd of `dir`; `origin` names where they came from. */
export function compileSchema(dir: string, origin: string): CompiledSchema {
  const started = performance.now();
  sources += 1;
  const base = `${SCHEME}source-${sources}/`;
  const doc = XmlDocument.fromString(driver(base), { url: `${base}driver.xsd` });
  try {
    load(base, dir, true);
    const validator = XsdValidator.fromDoc(doc);
    return { validator, origin, compileMs: performance.now() - started };
  } catch (error) {
    const why = reasons(error, base, dir);
    throw new SchemaError(`the EWS schema from ${origin} does not compile:\n${why}`);
  } finally {
    doc.dispose();
    load(base, dir, false);
  }
}
