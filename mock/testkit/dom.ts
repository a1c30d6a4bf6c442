/**
 * Response parsing for the mock's own tests: @xmldom/xmldom with every problem fatal, and
 * XPath only through the suite's helper and its one namespace map (support/xml/).
 */

import type { Node as XmlNode } from '@xmldom/xmldom';
import { DOMParser } from '@xmldom/xmldom';
import { nodes as select } from '../../support/xml/xpath.ts';

export function parseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`response is not well-formed XML (${level}): ${message}`);
    },
  });
  if (/<!DOCTYPE/i.test(text)) throw new Error('response contains a DOCTYPE');
  return parser.parseFromString(text, 'text/xml') as unknown as Document;
}

/** Through the suite's XPath helper: compiled once, names matched case-sensitively. */
export function nodes(doc: Node, expression: string): Node[] {
  return select(doc as unknown as XmlNode, expression) as unknown as Node[];
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
