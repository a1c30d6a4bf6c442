import { renderGroup } from '../xml/group.ts';
import { renderPersona } from '../xml/persona.ts';
import { element, optionalElement } from '../xml/write.ts';
import type { Operation } from './types.ts';

/**
 * GetImItemList (facts 4.6): creates the three system groups when absent, then lists every
 * group and the persona of every contact that is in some group. ExtendedProperties is
 * accepted and ignored. Empty Groups or Personas are left out.
 */
export const getImItemList: Operation = {
  name: 'GetImItemList',
  run(_request, { mailbox }) {
    mailbox.ensureSystemGroups();
    const groups = [...mailbox.groups.values()].map((g) => renderGroup('t:ImGroup', g, mailbox));
    const personas = mailbox.memberContacts().map((c) => renderPersona('t:Persona', c, mailbox));
    const list =
      optionalElement('t:Groups', groups.join('')) +
      optionalElement('t:Personas', personas.join(''));
    return element('ImItemList', list);
  },
};
