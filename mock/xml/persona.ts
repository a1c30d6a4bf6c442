import type { Contact, Mailbox } from '../state/mailbox.ts';
import { element, idElement, textElement } from './write.ts';

/** int.MaxValue: the relevance score EWS gives IM contacts. */
const RELEVANCE = '2147483647';
/** The persona has a single attribution (one contact), so every value points at "0". */
const ATTRIBUTION_ID = '0';

export interface PersonaOptions {
  /** False only under the `persona-without-personaid` deviation. */
  withPersonaId?: boolean;
}

/** xs:dateTime in UTC without fractional seconds. */
export function xsDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function emailChildren(name: string, email: string): string {
  return [
    textElement('t:Name', name),
    textElement('t:EmailAddress', email),
    textElement('t:RoutingType', 'SMTP'),
  ].join('');
}

function valueAttributions(): string {
  return element('t:Attributions', textElement('t:Attribution', ATTRIBUTION_ID));
}

function stringValues(name: string, value: string): string {
  const item = textElement('t:Value', value) + valueAttributions();
  return element(name, element('t:StringAttributedValue', item));
}

function attribution(contact: Contact, mailbox: Mailbox): string {
  const sourceId = mailbox.id('contact', contact.number);
  const changeKey = mailbox.changeKey('contact', contact.revision);
  const folderKey = mailbox.changeKey('folder', 1);
  const inner = [
    textElement('t:Id', ATTRIBUTION_ID),
    idElement('t:SourceId', sourceId, changeKey),
    textElement('t:DisplayName', 'Outlook'),
    textElement('t:IsWritable', 'true'),
    textElement('t:IsQuickContact', 'true'),
    textElement('t:IsHidden', 'false'),
    idElement('t:FolderId', mailbox.quickContactsFolderId(), folderKey),
  ].join('');
  return element('t:Attributions', element('t:Attribution', inner));
}

function emailFields(name: string, email: string | undefined): [string, string] {
  if (email === undefined) return ['', ''];
  const single = element('t:EmailAddress', emailChildren(name, email));
  const list = element('t:EmailAddresses', element('t:Address', emailChildren(name, email)));
  return [single, list];
}

function emails1(name: string, email: string | undefined): string {
  if (email === undefined) return '';
  const item = element('t:Value', emailChildren(name, email)) + valueAttributions();
  return element('t:Emails1', element('t:EmailAddressAttributedValue', item));
}

/**
 * A contact's persona, children in PersonaType order (facts sheet 3.1). `tag` is `Persona`
 * under a response root (messages namespace) or `t:Persona` inside `t:Personas`.
 */
export function renderPersona(
  tag: string,
  contact: Contact,
  mailbox: Mailbox,
  options: PersonaOptions = {},
): string {
  const name = contact.displayName;
  const personaId = mailbox.id('persona', contact.number);
  const [emailAddress, emailAddresses] = emailFields(name, contact.email);
  const children = [
    options.withPersonaId === false ? '' : idElement('t:PersonaId', personaId),
    textElement('t:PersonaType', 'Person'),
    textElement('t:CreationTime', xsDateTime(contact.created)),
    textElement('t:DisplayName', name),
    textElement('t:DisplayNameFirstLast', name),
    textElement('t:DisplayNameLastFirst', name),
    textElement('t:FileAsId', 'None'),
    emailAddress,
    emailAddresses,
    textElement('t:ImAddress', contact.imAddress),
    textElement('t:RelevanceScore', RELEVANCE),
    attribution(contact, mailbox),
    stringValues('t:DisplayNames', name),
    stringValues('t:FileAsIds', 'None'),
    emails1(name, contact.email),
    stringValues('t:ImAddresses', contact.imAddress),
  ];
  return element(tag, children.join(''));
}
