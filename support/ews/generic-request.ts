import { el, type Xml } from '../soap/xml-builder.ts';
import type { ItemId } from './ids.ts';
import { type ArgSpec, operation } from './operations.ts';

/**
 * Builds any IM-list request from named arguments, children in schema order. Arguments the
 * operation does not have are refused, so a feature cannot send what it did not mean.
 */
export interface ExtendedProperty {
  propertyTag: string;
  propertyType: string;
}

export type ArgValue = string | boolean | ItemId | ItemId[] | ExtendedProperty[];

function itemIdXml(name: string, id: ItemId): Xml {
  return el(name, { Id: id.id, ChangeKey: id.changeKey });
}

function argXml(spec: ArgSpec, value: ArgValue): Xml {
  const name = `m:${spec.name}`;
  switch (spec.kind) {
    case 'text':
      return el(name, {}, String(value));
    case 'boolean':
      return el(name, {}, String(value));
    case 'id':
      return itemIdXml(name, value as ItemId);
    case 'ids':
      return el(name, {}, ...(value as ItemId[]).map((id) => itemIdXml('t:ItemId', id)));
    case 'extended-properties':
      return el(
        name,
        {},
        ...(value as ExtendedProperty[]).map((p) =>
          el('t:ExtendedProperty', { PropertyTag: p.propertyTag, PropertyType: p.propertyType }),
        ),
      );
  }
}

export function buildRequest(op: string, args: ReadonlyMap<string, ArgValue>): Xml {
  const spec = operation(op);
  for (const name of args.keys()) {
    if (!spec.args.some((a) => a.name === name)) {
      const known = spec.args.map((a) => a.name).join(', ');
      throw new Error(`${op} has no argument ${name}; it has: ${known || 'none'}`);
    }
  }
  const children = spec.args.flatMap((a) => {
    const value = args.get(a.name);
    return value === undefined ? [] : [argXml(a, value)];
  });
  return el(`m:${op}`, {}, ...children);
}
