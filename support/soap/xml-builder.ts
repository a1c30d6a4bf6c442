import { type Attrs, attributes, escapeText } from '../xml/escape.ts';

/**
 * A tiny builder for request XML. Strings passed as children are character data and are
 * escaped; only `Xml` values, made by this builder, are inserted as markup.
 */
export interface Xml {
  readonly xml: string;
}

export type { Attrs };

export function el(name: string, attrs: Attrs = {}, ...children: Array<Xml | string>): Xml {
  const body = children.map((c) => (typeof c === 'string' ? escapeText(c) : c.xml)).join('');
  const open = `<${name}${attributes(attrs)}`;
  return { xml: body === '' ? `${open}/>` : `${open}>${body}</${name}>` };
}

/** Drops the children that are not there, so optional arguments read naturally. */
export function present(...children: Array<Xml | undefined>): Xml[] {
  return children.filter((c): c is Xml => c !== undefined);
}
