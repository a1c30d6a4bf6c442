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
  /** True only under `persona-email-docs-shape`: the page's swapped e-mail element names. */
  emailSlip?: boolean;
  /** False only under `attribution-not-quick-contact`. */
  quickContact?: boolean;
}

const OUTLOOK_SOURCE = { displayName: 'Outlook', isWritable: true, withFolder: true };

function emailChildren(name: string, email: string, inner = 't:EmailAddress'): string {
  return [
    textElement('t:Name', name),
    textElement(inner, email),
    textElement('t:RoutingType', 'SMTP'),
  ].join('');
}

/** EmailAddress and EmailAddresses; with the page's slip, their inner names are swapped. */
function emailFields(name: string, email: string | undefined, slip = false): [string, string] {
  if (email === undefined) return ['', ''];
  const [inner, item] = slip ? ['t:Address', 't:EmailAddress'] : ['t:EmailAddress', 't:Address'];
  const single = element('t:EmailAddress', emailChildren(name, email, inner));
  const list = element('t:EmailAddresses', element(item, emailChildren(name, email)));
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
  const [emailAddress, emailAddresses] = emailFields(name, contact.email, options.emailSlip);
  const source = { ...OUTLOOK_SOURCE, isQuickContact: options.quickContact ?? true };
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
    attribution(contact, mailbox, source),
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
