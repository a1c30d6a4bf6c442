import type { Contact, ImContact, Mailbox } from '../state/mailbox.ts';
import {
  attribution,
  RELEVANCE,
  stringValues,
  valueAttributions,
  xsDateTime,
} from './attributed.ts';
import { renderTelPersona } from './tel-persona.ts';
import { element, idElement, textElement } from './write.ts';

export interface PersonaOptions {
  /** False only under the `persona-without-personaid` deviation. */
  withPersonaId?: boolean;
}

const OUTLOOK_SOURCE = { displayName: 'Outlook', isWritable: true, withFolder: true };

function emailChildren(name: string, email: string): string {
  return [
    textElement('t:Name', name),
    textElement('t:EmailAddress', email),
    textElement('t:RoutingType', 'SMTP'),
  ].join('');
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
 * An IM contact's persona, children in PersonaType order (facts sheet 3.1). `tag` is `Persona`
 * under a response root (messages namespace) or `t:Persona` inside `t:Personas`.
 */
export function renderPersona(
  tag: string,
  contact: ImContact,
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
    attribution(contact, mailbox, OUTLOOK_SOURCE),
    stringValues('t:DisplayNames', name),
    stringValues('t:FileAsIds', 'None'),
    emails1(name, contact.email),
    stringValues('t:ImAddresses', contact.imAddress),
  ];
  return element(tag, children.join(''));
}

/** The persona of any Quick Contact, in the shape of the operation that made it. */
export function renderContactPersona(tag: string, contact: Contact, mailbox: Mailbox): string {
  return contact.kind === 'tel'
    ? renderTelPersona(tag, contact, mailbox)
    : renderPersona(tag, contact, mailbox);
}
