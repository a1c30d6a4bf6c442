/** SOAP request builders for the mock's own tests. Every value is escaped. */
import { escapeAttr, escapeText } from '../../support/xml/escape.ts';
import { NS } from '../../support/xml/namespaces.ts';

export interface EnvelopeOptions {
  /** RequestServerVersion; null leaves the header out. Default Exchange2013. */
  version?: string | null;
  culture?: string;
  impersonate?: { kind?: string; value: string };
  timeZone?: string;
  /** Namespace URI bound to `m:` (default the real messages namespace). */
  messagesNs?: string;
}

function headerEntries(options: EnvelopeOptions): string[] {
  const entries: string[] = [];
  const { version = 'Exchange2013', culture, impersonate, timeZone } = options;
  if (version !== null) entries.push(`<t:RequestServerVersion Version="${escapeAttr(version)}"/>`);
  if (culture !== undefined)
    entries.push(`<t:MailboxCulture>${escapeText(culture)}</t:MailboxCulture>`);
  if (impersonate) {
    const kind = impersonate.kind ?? 'PrimarySmtpAddress';
    const sid = `<t:${kind}>${escapeText(impersonate.value)}</t:${kind}>`;
    entries.push(
      `<t:ExchangeImpersonation><t:ConnectingSID>${sid}</t:ConnectingSID>` +
        '</t:ExchangeImpersonation>',
    );
  }
  if (timeZone !== undefined) {
    const definition = `<t:TimeZoneDefinition Id="${escapeAttr(timeZone)}"/>`;
    entries.push(`<t:TimeZoneContext>${definition}</t:TimeZoneContext>`);
  }
  return entries;
}

/** A multi-line SOAP 1.1 envelope around `body` (one element, using the `m:` prefix). */
export function envelope(body: string, options: EnvelopeOptions = {}): string {
  const header = headerEntries(options);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<soap:Envelope xmlns:soap="${NS.soap}" xmlns:t="${NS.t}"`,
    `    xmlns:m="${options.messagesNs ?? NS.m}">`,
    header.length === 0 ? '' : `  <soap:Header>\n    ${header.join('\n    ')}\n  </soap:Header>`,
    '  <soap:Body>',
    `    ${body}`,
    '  </soap:Body>',
    '</soap:Envelope>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function idAttrs(id: string, changeKey?: string): string {
  const key = changeKey === undefined ? '' : ` ChangeKey="${escapeAttr(changeKey)}"`;
  return `Id="${escapeAttr(id)}"${key}`;
}

export function addNewImContactToGroup(p: {
  imAddress: string;
  displayName?: string;
  groupId?: string;
}) {
  const name =
    p.displayName === undefined
      ? ''
      : `<m:DisplayName>${escapeText(p.displayName)}</m:DisplayName>`;
  const group = p.groupId === undefined ? '' : `<m:GroupId ${idAttrs(p.groupId)}/>`;
  const address = `<m:ImAddress>${escapeText(p.imAddress)}</m:ImAddress>`;
  return `<m:AddNewImContactToGroup>${address}${name}${group}</m:AddNewImContactToGroup>`;
}

export function addImGroup(displayName: string): string {
  return `<m:AddImGroup><m:DisplayName>${escapeText(displayName)}</m:DisplayName></m:AddImGroup>`;
}

export function getImItemList(): string {
  return '<m:GetImItemList/>';
}

export function removeImContactFromGroup(contactId: string, groupId: string): string {
  const ids = `<m:ContactId ${idAttrs(contactId)}/><m:GroupId ${idAttrs(groupId)}/>`;
  return `<m:RemoveImContactFromGroup>${ids}</m:RemoveImContactFromGroup>`;
}

export function removeImGroup(groupId: string): string {
  return `<m:RemoveImGroup><m:GroupId ${idAttrs(groupId)}/></m:RemoveImGroup>`;
}
