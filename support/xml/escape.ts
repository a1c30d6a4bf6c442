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
