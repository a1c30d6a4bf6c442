import { XmlCData, XmlElement, XmlText, type XmlTreeNode } from 'libxml2-wasm';

/** The element children of an element, in document order. */
export function childElements(parent: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node: XmlTreeNode | null = parent.firstChild; node; node = node.next) {
    if (node instanceof XmlElement) found.push(node);
  }
  return found;
}

/** True when the element has character data other than whitespace. */
export function hasText(parent: XmlElement): boolean {
  for (let node: XmlTreeNode | null = parent.firstChild; node; node = node.next) {
    const isText = node instanceof XmlText || node instanceof XmlCData;
    if (isText && node.content.trim() !== '') return true;
  }
  return false;
}

export function isNamed(el: XmlElement, namespace: string, localName: string): boolean {
  return el.namespaceUri === namespace && el.name === localName;
}

/** `{namespace}name`, the way libxml2 names elements in its messages. */
export function clark(el: XmlElement): string {
  return el.namespaceUri === '' ? el.name : `{${el.namespaceUri}}${el.name}`;
}

export function child(parent: XmlElement, namespace: string, localName: string) {
  return childElements(parent).find((el) => isNamed(el, namespace, localName));
}

/** An attribute without namespace, or undefined. */
export function attrValue(el: XmlElement, name: string): string | undefined {
  return el.attr(name)?.value;
}
