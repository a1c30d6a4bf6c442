import { type Attrs, attributes as attrText, escapeText } from '../../support/xml/escape.ts';

const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

export type { Attrs };

/** An element whose content is already-rendered XML (or nothing). */
export function element(name: string, inner = '', attrs: Attrs = {}): string {
  const open = `${name}${attrText(attrs)}`;
  return inner === '' ? `<${open}/>` : `<${open}>${inner}</${name}>`;
}

/** An element with text content, escaped. */
export function textElement(name: string, value: string, attrs: Attrs = {}): string {
  return `<${name}${attrText(attrs)}>${escapeText(value)}</${name}>`;
}

/** An empty element carrying an item id (`Id`, `ChangeKey`). */
export function idElement(name: string, id: string, changeKey?: string): string {
  return element(name, '', { Id: id, ChangeKey: changeKey });
}

/** An element only when it has content: '' otherwise (for optional wrapper elements). */
export function optionalElement(name: string, inner: string): string {
  return inner === '' ? '' : element(name, inner);
}

/** A text element only when there is a value: '' for undefined. */
export function optionalText(name: string, value: string | undefined): string {
  return value === undefined ? '' : textElement(name, value);
}

/** A whole document: the XML declaration, then the root element. */
export function xmlDocument(root: string): string {
  return `${XML_DECLARATION}${root}`;
}
