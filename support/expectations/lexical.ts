/** Lexical checks of the XML Schema types the IM responses use. */
export function isXsInt(value: string): boolean {
  if (!/^[+-]?\d+$/.test(value.trim())) return false;
  const n = Number(value);
  return n >= -2147483648 && n <= 2147483647;
}

export function isXsBoolean(value: string): boolean {
  return ['true', 'false', '1', '0'].includes(value.trim());
}

export function isXsDateTime(value: string): boolean {
  const re = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
  return re.test(value.trim());
}

export function xsBooleanValue(value: string): boolean {
  return value.trim() === 'true' || value.trim() === '1';
}

/** An IM address compared as servers store it: a leading `sip:` varies between installations. */
export function sameImAddress(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/^sip:/i, '').toLowerCase();
  return norm(a) === norm(b);
}
