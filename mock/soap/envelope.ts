import type { XmlElement } from 'libxml2-wasm';
import { NS } from '../../support/xml/namespaces.ts';
import { schemaFault } from '../errors.ts';
import { childElements, clark, hasText, isNamed } from '../xml/read.ts';
import type { SourceText } from './source.ts';

/** A SOAP 1.1 envelope, taken apart. */
export interface Envelope {
  header: XmlElement | undefined;
  /** The one element in the Body: the operation. */
  operation: XmlElement;
}

function faultAt(source: SourceText, el: XmlElement, violation: string) {
  const where = source.locateElement(Math.max(el.line, 1), el.name);
  return schemaFault({ ...where, violation });
}

function requireBody(root: XmlElement, source: SourceText): [XmlElement | undefined, XmlElement] {
  const children = childElements(root);
  const [first, second, third] = children;
  const header = first && isNamed(first, NS.soap, 'Header') ? first : undefined;
  const body = header ? second : first;
  const extra = header ? third : second;
  if (!body || !isNamed(body, NS.soap, 'Body')) {
    const at = body ?? root;
    throw faultAt(
      source,
      at,
      `Expected {${NS.soap}}Body in the Envelope, found ${describe(body)}.`,
    );
  }
  if (extra) throw faultAt(source, extra, `Unexpected ${clark(extra)} after the SOAP Body.`);
  return [header, body];
}

function describe(el: XmlElement | undefined): string {
  return el ? clark(el) : 'nothing';
}

/**
 * Checks the envelope's structure: root `{soap 1.1}Envelope`, optional Header, then Body with
 * exactly one element. A SOAP 1.2 envelope (or any other root) is an ErrorSchemaValidation
 * fault, as is any other deviation (see mock/POLICIES.md, `soap12: schema-fault`).
 */
export function readEnvelope(root: XmlElement, source: SourceText): Envelope {
  if (!isNamed(root, NS.soap, 'Envelope')) {
    const found = clark(root);
    throw faultAt(source, root, `The root element must be {${NS.soap}}Envelope, not ${found}.`);
  }
  const [header, body] = requireBody(root, source);
  const inside = childElements(body);
  if (inside.length !== 1 || hasText(body)) {
    const found = `${inside.length} element(s)${hasText(body) ? ' and text' : ''}`;
    const violation = `The SOAP Body must hold exactly one element and no text, not ${found}.`;
    throw faultAt(source, inside[1] ?? body, violation);
  }
  return { header, operation: inside[0] as XmlElement };
}
