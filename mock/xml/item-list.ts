import type { Contact, ImGroup, Mailbox } from '../state/mailbox.ts';
import { type GroupOptions, renderGroup } from './group.ts';
import { renderContactPersona } from './persona.ts';
import { element, optionalElement } from './write.ts';

/** `ImItemList` (ImItemListType) with these groups and personas; empty arrays are left out. */
export function renderItemList(
  groups: ImGroup[],
  contacts: Contact[],
  mailbox: Mailbox,
  options: GroupOptions = {},
): string {
  const groupXml = groups.map((g) => renderGroup('t:ImGroup', g, mailbox, options));
  const personaXml = contacts.map((c) => renderContactPersona('t:Persona', c, mailbox));
  const list =
    optionalElement('t:Groups', groupXml.join('')) +
    optionalElement('t:Personas', personaXml.join(''));
  return element('ImItemList', list);
}
