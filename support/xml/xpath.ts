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

/**
 * Expressions are compiled once (the xpath package's `parse`, absent from its typings) and
 * evaluated as XML: names match case-sensitively. Its `select`/`useNamespaces` take xmldom's
 * documents for HTML (xmldom's hasFeature answers true to anything) and compare names
 * case-insensitively, so `t:personaid` would pass for `t:PersonaId`.
 */
interface Compiled {
  evaluate(options: { node: unknown; namespaces: Record<string, string> }): XPathValue;
}

interface XPathValue {
  toArray?: () => XmlNode[];
}

const compile = (xpath as unknown as { parse(expr: string): Compiled }).parse;
const compiled = new Map<string, Compiled>();
const MAX_COMPILED = 5000;

function compiledFor(expr: string): Compiled {
  let found = compiled.get(expr);
  if (!found) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    found = compile(expr);
    compiled.set(expr, found);
  }
  return found;
}

const KINDS: Record<string, string> = { XString: 'string', XNumber: 'number', XBoolean: 'boolean' };
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

function evaluate(expr: string, context: XmlNode): XPathValue {
  try {
    return compiledFor(expr).evaluate({ node: context, namespaces: NS });
  } catch (err) {
    throw new XPathMiss(`XPath ${expr} cannot be evaluated: ${(err as Error).message}`);
  }
}

function nodeList(expr: string, context: XmlNode): XmlNode[] {
  const result = evaluate(expr, context);
  if (typeof result.toArray !== 'function') {
    const kind = KINDS[result.constructor.name] ?? result.constructor.name;
    throw new XPathMiss(`XPath ${expr} gave a ${kind}, not a node-set`);
  }
  return result.toArray();
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
