import type { XmlElement } from 'libxml2-wasm';
import { NS } from '../../support/xml/namespaces.ts';
import { attrValue, child, childElements } from '../xml/read.ts';

/** `t:ConnectingSID`'s one child: PrincipalName, SID, PrimarySmtpAddress or SmtpAddress. */
export interface Impersonation {
  kind: string;
  value: string;
}

/** The SOAP headers the mock acts on. Absent headers are undefined. */
export interface RequestHeaders {
  /** `t:RequestServerVersion/@Version`; undefined when the header (or attribute) is missing. */
  version: string | undefined;
  /** `t:MailboxCulture`, trimmed. */
  culture: string | undefined;
  impersonation: Impersonation | undefined;
}

function readImpersonation(header: XmlElement): Impersonation | undefined {
  const impersonation = child(header, NS.t, 'ExchangeImpersonation');
  const sid = impersonation && child(impersonation, NS.t, 'ConnectingSID');
  const choice = sid && childElements(sid)[0];
  if (!choice || choice.namespaceUri !== NS.t) return undefined;
  return { kind: choice.name, value: choice.content.trim() };
}

export function readHeaders(header: XmlElement | undefined): RequestHeaders {
  if (!header) return { version: undefined, culture: undefined, impersonation: undefined };
  const version = child(header, NS.t, 'RequestServerVersion');
  const culture = child(header, NS.t, 'MailboxCulture');
  return {
    version: version && attrValue(version, 'Version'),
    culture: culture?.content.trim(),
    impersonation: readImpersonation(header),
  };
}
