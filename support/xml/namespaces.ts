/**
 * The one namespace map of the suite. Every XPath goes through these prefixes, never through
 * the prefixes a response happens to use (XPath 1.0 has no default namespace).
 */
export const NS = {
  soap: 'http://schemas.xmlsoap.org/soap/envelope/',
  m: 'http://schemas.microsoft.com/exchange/services/2006/messages',
  t: 'http://schemas.microsoft.com/exchange/services/2006/types',
  e: 'http://schemas.microsoft.com/exchange/services/2006/errors',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

export type Prefix = keyof typeof NS;

/** The `https://` spelling of the EWS namespaces that old published samples used (pitfall P01). */
export const HTTPS_NS = {
  m: NS.m.replace('http://', 'https://'),
  t: NS.t.replace('http://', 'https://'),
} as const;

/** `prefix=uri` lines, for error messages that must say which namespaces were in force. */
export function describeNamespaces(): string {
  return Object.entries(NS)
    .map(([prefix, uri]) => `${prefix}=${uri}`)
    .join(', ');
}
