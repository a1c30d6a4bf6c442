const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&apos;' };

/** Escapes character data for an element's content. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => TEXT[c] ?? c);
}

/** Escapes a value for a double- or single-quoted attribute. */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTR[c] ?? c);
}

export type Attrs = Record<string, string | undefined>;

/** ` name="value"` for each attribute that is present, values escaped, in the order given. */
export function attributes(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join('');
}
