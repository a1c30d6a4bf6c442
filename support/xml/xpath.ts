import type { Node as XmlNode } from '@xmldom/xmldom';
import xpath from 'xpath';
import { PlainError } from '../plain-error.ts';
import { describeNamespaces, NS } from './namespaces.ts';

/**
 * Typed XPath helpers over the one namespace map. Each fails loudly: the message names the
 * XPath, the namespaces in force and the deepest part of the path that does exist, with the
 * children found there (pitfall P17).
 */
export class XPathMiss extends PlainError {}

const select = xpath.useNamespaces(NS);
const PREFIX_OF = new Map<string, string>(Object.entries(NS).map(([p, uri]) => [uri, p]));

/** An element's name as this suite spells it: `prefix:local` from the map, else `{uri}local`. */
export function qualifiedName(node: XmlNode): string {
  const el = node as unknown as { localName?: string; namespaceURI?: string | null };
  const local = el.localName ?? node.nodeName;
  if (!el.namespaceURI) return local;
  const prefix = PREFIX_OF.get(el.namespaceURI);
  return prefix ? `${prefix}:${local}` : `{${el.namespaceURI}}${local}`;
}

function childNames(node: XmlNode): string[] {
  const names: string[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) names.push(qualifiedName(c));
  }
  return names;
}

/** Splits a location path at the slashes that separate steps (not inside [] or quotes). */
function steps(expr: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i];
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === '/' && depth === 0 && i > start) {
      parts.push(expr.slice(start, i));
      start = i;
    }
  }
  parts.push(expr.slice(start));
  return parts;
}

function evaluate(expr: string, context: XmlNode): xpath.SelectReturnType {
  try {
    return select(expr, context as unknown as globalThis.Node);
  } catch (err) {
    throw new XPathMiss(`XPath ${expr} cannot be evaluated: ${(err as Error).message}`);
  }
}

function nodeList(expr: string, context: XmlNode): XmlNode[] {
  const result = evaluate(expr, context);
  if (!Array.isArray(result)) {
    throw new XPathMiss(`XPath ${expr} gave a ${typeof result}, not a node-set`);
  }
  return result as unknown as XmlNode[];
}

/** Explains a miss: which leading part of the path matched, and what was there instead. */
export function explainMiss(expr: string, context: XmlNode, found: number): string {
  const parts = steps(expr);
  let where = `the context node ${qualifiedName(context)} has children: `;
  let children = childNames(context);
  for (let n = parts.length - 1; n > 0; n--) {
    const prefix = parts.slice(0, n).join('');
    const hits = nodeList(prefix, context);
    const first = hits[0];
    if (first) {
      where = `its part ${prefix} exists (${hits.length}x); the first has children: `;
      children = childNames(first);
      break;
    }
  }
  const list = children.length > 0 ? children.join(', ') : '(none)';
  const namespaces = describeNamespaces();
  return `XPath ${expr} matched ${found} node(s). ${where}${list}. Namespaces: ${namespaces}`;
}

export function nodes(context: XmlNode, expr: string): XmlNode[] {
  return nodeList(expr, context);
}

export function count(context: XmlNode, expr: string): number {
  return nodeList(expr, context).length;
}

/** Exactly one node: no match and duplicates are both failures. */
export function one(context: XmlNode, expr: string): XmlNode {
  const hits = nodeList(expr, context);
  const [first] = hits;
  if (hits.length !== 1 || !first) {
    throw new XPathMiss(`expected exactly one node. ${explainMiss(expr, context, hits.length)}`);
  }
  return first;
}

/** The text of exactly one element or attribute (CDATA and character references included). */
export function text(context: XmlNode, expr: string): string {
  return one(context, expr).textContent ?? '';
}

/** The text of the node when there is one, undefined when there is none, a failure when two. */
export function optionalText(context: XmlNode, expr: string): string | undefined {
  const hits = nodeList(expr, context);
  if (hits.length > 1) {
    throw new XPathMiss(`expected at most one node. ${explainMiss(expr, context, hits.length)}`);
  }
  return hits[0] ? (hits[0].textContent ?? '') : undefined;
}
