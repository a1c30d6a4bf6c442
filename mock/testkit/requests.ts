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

export function addImContactToGroup(contactId: string, groupId?: string): string {
  const group = groupId === undefined ? '' : `<m:GroupId ${idAttrs(groupId)}/>`;
  const contact = `<m:ContactId ${idAttrs(contactId)}/>`;
  return `<m:AddImContactToGroup>${contact}${group}</m:AddImContactToGroup>`;
}

export function addNewTelUriContactToGroup(p: {
  telUri: string;
  sipUri: string;
  phoneNumber: string;
  groupId?: string;
}): string {
  const children = [
    `<m:TelUriAddress>${escapeText(p.telUri)}</m:TelUriAddress>`,
    `<m:ImContactSipUriAddress>${escapeText(p.sipUri)}</m:ImContactSipUriAddress>`,
    `<m:ImTelephoneNumber>${escapeText(p.phoneNumber)}</m:ImTelephoneNumber>`,
    p.groupId === undefined ? '' : `<m:GroupId ${idAttrs(p.groupId)}/>`,
  ];
  return `<m:AddNewTelUriContactToGroup>${children.join('')}</m:AddNewTelUriContactToGroup>`;
}

export function addDistributionGroupToImList(smtpAddress: string, displayName: string): string {
  const smtp = `<m:SmtpAddress>${escapeText(smtpAddress)}</m:SmtpAddress>`;
  const name = `<m:DisplayName>${escapeText(displayName)}</m:DisplayName>`;
  return `<m:AddDistributionGroupToImList>${smtp}${name}</m:AddDistributionGroupToImList>`;
}

/** An id for GetImItems' lists: a bare Id, or Id with a ChangeKey. */
export type ListedId = string | { id: string; changeKey: string };

function idList(name: string, ids: readonly ListedId[] | undefined): string {
  if (ids === undefined) return '';
  const items = ids.map((item) =>
    typeof item === 'string'
      ? `<t:ItemId ${idAttrs(item)}/>`
      : `<t:ItemId ${idAttrs(item.id, item.changeKey)}/>`,
  );
  return `<m:${name}>${items.join('')}</m:${name}>`;
}

export function getImItems(p: {
  contactIds?: readonly ListedId[];
  groupIds?: readonly ListedId[];
  /** PropertyTag values to request as extended properties (type String). */
  extendedProperties?: readonly string[];
}): string {
  const paths = (p.extendedProperties ?? []).map(
    (tag) => `<t:ExtendedProperty PropertyTag="${escapeAttr(tag)}" PropertyType="String"/>`,
  );
  const extended =
    p.extendedProperties === undefined
      ? ''
      : `<m:ExtendedProperties>${paths.join('')}</m:ExtendedProperties>`;
  const lists = idList('ContactIds', p.contactIds) + idList('GroupIds', p.groupIds);
  return `<m:GetImItems>${lists}${extended}</m:GetImItems>`;
}

export function removeContactFromImList(contactId: string): string {
  const contact = `<m:ContactId ${idAttrs(contactId)}/>`;
  return `<m:RemoveContactFromImList>${contact}</m:RemoveContactFromImList>`;
}

export function removeDistributionGroupFromImList(groupId: string): string {
  const group = `<m:GroupId ${idAttrs(groupId)}/>`;
  return `<m:RemoveDistributionGroupFromImList>${group}</m:RemoveDistributionGroupFromImList>`;
}

export function setImGroup(groupId: string, newDisplayName: string): string {
  const group = `<m:GroupId ${idAttrs(groupId)}/>`;
  const name = `<m:NewDisplayName>${escapeText(newDisplayName)}</m:NewDisplayName>`;
  return `<m:SetImGroup>${group}${name}</m:SetImGroup>`;
}

/** `value` as sent: any xs:boolean spelling ('true', 'false', '1', '0'). */
export function setImListMigrationCompleted(value: boolean | string): string {
  const text = escapeText(String(value));
  const flag = `<m:ImListMigrationCompleted>${text}</m:ImListMigrationCompleted>`;
  return `<m:SetImListMigrationCompleted>${flag}</m:SetImListMigrationCompleted>`;
}

/** One schema-valid request per IM operation (all 13), naming these ids where ids are needed. */
export function everyOperation(ids: { groupId: string; contactId: string }): [string, string][] {
  const { groupId, contactId } = ids;
  const tel = { telUri: 'tel:1', sipUri: 'sip:t@contoso.com', phoneNumber: '1', groupId };
  return [
    ['AddNewImContactToGroup', addNewImContactToGroup({ imAddress: 'a@contoso.com', groupId })],
    ['AddImContactToGroup', addImContactToGroup(contactId, groupId)],
    ['AddImGroup', addImGroup('Group')],
    ['AddNewTelUriContactToGroup', addNewTelUriContactToGroup(tel)],
    ['AddDistributionGroupToImList', addDistributionGroupToImList('sales@contoso.com', 'Sales')],
    ['GetImItemList', getImItemList()],
    ['GetImItems', getImItems({ contactIds: [contactId], groupIds: [groupId] })],
    ['RemoveContactFromImList', removeContactFromImList(contactId)],
    ['RemoveDistributionGroupFromImList', removeDistributionGroupFromImList(groupId)],
    ['RemoveImContactFromGroup', removeImContactFromGroup(contactId, groupId)],
    ['RemoveImGroup', removeImGroup(groupId)],
    ['SetImGroup', setImGroup(groupId, 'Renamed')],
    ['SetImListMigrationCompleted', setImListMigrationCompleted(true)],
  ];
}
