import { renderItemList } from '../xml/item-list.ts';
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
    return renderItemList([...mailbox.groups.values()], mailbox.memberContacts(), mailbox);
  },
};
