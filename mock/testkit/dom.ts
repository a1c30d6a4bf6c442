/**
 * Response parsing for the mock's own tests: @xmldom/xmldom with every problem fatal, and
 * XPath only through the one namespace map (support/xml/namespaces.ts).
 */
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';
import { NS } from '../../support/xml/namespaces.ts';

const select = xpath.useNamespaces(NS);

export function parseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`response is not well-formed XML (${level}): ${message}`);
    },
  });
  if (/<!DOCTYPE/i.test(text)) throw new Error('response contains a DOCTYPE');
  return parser.parseFromString(text, 'text/xml') as unknown as Document;
}

export function nodes(doc: Node, expression: string): Node[] {
  const found = select(expression, doc);
  if (!Array.isArray(found)) throw new Error(`${expression} selected ${typeof found}, not nodes`);
  return found;
}

export function count(doc: Node, expression: string): number {
  return nodes(doc, expression).length;
}

/** The text of the one node the expression selects; throws when it selects none. */
export function text(doc: Node, expression: string): string {
  const [first] = nodes(doc, expression);
  if (!first) throw new Error(`${expression} selected nothing`);
  return first.textContent ?? '';
}

export function texts(doc: Node, expression: string): string[] {
  return nodes(doc, expression).map((n) => n.textContent ?? '');
}

/** The local names of an element's children, in document order. */
export function childNames(doc: Node, path: string): string[] {
  return (nodes(doc, `${path}/*`) as Element[]).map((el) => el.localName);
}
