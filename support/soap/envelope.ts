import { NS } from '../xml/namespaces.ts';
import { el, present, type Xml } from './xml-builder.ts';

/**
 * SOAP 1.1 envelopes with the exact `http://` EWS namespaces (pitfall P01) bound to the
 * prefixes `soap`, `t` and `m`, and the request headers of the IM operations' WSDL binding.
 */
export interface RequestHeaders {
  /** `RequestServerVersion/@Version`; `null` leaves the header out. */
  version: string | null;
  culture?: string;
  timeZone?: string;
  /** SMTP address for `ExchangeImpersonation/ConnectingSID/PrimarySmtpAddress`. */
  impersonate?: string;
}

function headerBlocks(h: RequestHeaders): Xml[] {
  return present(
    h.impersonate === undefined
      ? undefined
      : el(
          't:ExchangeImpersonation',
          {},
          el('t:ConnectingSID', {}, el('t:PrimarySmtpAddress', {}, h.impersonate)),
        ),
    h.culture === undefined ? undefined : el('t:MailboxCulture', {}, h.culture),
    h.version === null ? undefined : el('t:RequestServerVersion', { Version: h.version }),
    h.timeZone === undefined
      ? undefined
      : el('t:TimeZoneContext', {}, el('t:TimeZoneDefinition', { Id: h.timeZone })),
  );
}

export function envelope(headers: RequestHeaders, body: Xml): string {
  const blocks = headerBlocks(headers);
  const root = el(
    'soap:Envelope',
    { 'xmlns:soap': NS.soap, 'xmlns:t': NS.t, 'xmlns:m': NS.m },
    ...(blocks.length > 0 ? [el('soap:Header', {}, ...blocks)] : []),
    el('soap:Body', {}, body),
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${root.xml}`;
}
