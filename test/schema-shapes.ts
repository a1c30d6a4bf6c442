/**
 * The request shapes of the IM operations as the mock's own `messages.xsd` declares them: for
 * each operation element, its children in sequence order with their type and occurrence
 * bounds. The property tests build their request variants from these.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';

export interface ChildShape {
  name: string;
  /** The declared type as written, e.g. `t:ItemIdType`. */
  type: string;
  min: number;
  max: number;
}

export interface OperationShape {
  operation: string;
  children: ChildShape[];
}

const XS = 'http://www.w3.org/2001/XMLSchema';
const select = xpath.useNamespaces({ xs: XS });
const MESSAGES = new URL('../mock/schema/messages.xsd', import.meta.url);

function attr(node: Node, name: string): string | undefined {
  return (node as Element).getAttribute(name) ?? undefined;
}

function bound(value: string | undefined): number {
  if (value === undefined) return 1;
  return value === 'unbounded' ? Number.POSITIVE_INFINITY : Number(value);
}

function childrenOf(schema: Document, typeName: string): ChildShape[] {
  const path = `/xs:schema/xs:complexType[@name='${typeName}']//xs:sequence/xs:element`;
  return (select(path, schema) as Node[]).map((el) => ({
    name: attr(el, 'name') ?? '',
    type: attr(el, 'type') ?? '',
    min: bound(attr(el, 'minOccurs')),
    max: bound(attr(el, 'maxOccurs')),
  }));
}

/** Every request operation: the global elements whose type extends m:BaseRequestType. */
export function requestShapes(): OperationShape[] {
  const text = readFileSync(MESSAGES, 'utf-8');
  const schema = new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
  const requestTypes = select(
    "/xs:schema/xs:complexType[.//xs:extension/@base='m:BaseRequestType']/@name",
    schema,
  ) as Attr[];
  return requestTypes.map(({ value }) => ({
    operation: value.replace(/Type$/, ''),
    children: childrenOf(schema, value),
  }));
}
