import type { Mailbox, TelContact } from '../state/mailbox.ts';
import { attribution, phoneValues, RELEVANCE, stringValues, xsDateTime } from './attributed.ts';
import { element, idElement, textElement } from './write.ts';

export interface TelPersonaOptions {
  /** True only under the `telurl-persona-out-of-order` deviation. */
  outOfOrder?: boolean;
  /** False only under the `teluri-persona-no-phone` deviation. */
  withPhone?: boolean;
}

const LYNC_SOURCE = { displayName: 'Lync Contacts', isWritable: false, withFolder: false };

/** DisplayName (empty: the contact has no name) and DisplayNameFirstLast (the number). */
function names(contact: TelContact, options: TelPersonaOptions): string[] {
  const pair = [
    textElement('t:DisplayName', ''),
    textElement('t:DisplayNameFirstLast', contact.phoneNumber),
  ];
  return options.outOfOrder ? pair.reverse() : pair;
}

/**
 * The persona of a TEL URI contact, as in the DOCS AddNewTelUriContactToGroup example and in
 * PersonaType order (facts 3.1, 4.4): no IM or e-mail address, the number as
 * DisplayNameFirstLast and as an `Other` telephone, a read-only "Lync Contacts" attribution.
 */
export function renderTelPersona(
  tag: string,
  contact: TelContact,
  mailbox: Mailbox,
  options: TelPersonaOptions = {},
): string {
  const number = contact.phoneNumber;
  const children = [
    idElement('t:PersonaId', mailbox.id('persona', contact.number)),
    textElement('t:PersonaType', 'Person'),
    textElement('t:CreationTime', xsDateTime(contact.created)),
    ...names(contact, options),
    textElement('t:DisplayNameLastFirst', number),
    textElement('t:FileAs', ''),
    textElement('t:FileAsId', 'None'),
    textElement('t:RelevanceScore', RELEVANCE),
    attribution(contact, mailbox, LYNC_SOURCE),
    stringValues('t:FileAsIds', 'None'),
    options.withPhone === false ? '' : phoneValues('t:OtherTelephones', number, 'Other'),
  ];
  return element(tag, children.join(''));
}
