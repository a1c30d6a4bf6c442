import { renderItemList } from '../xml/item-list.ts';
import type { Operation } from './types.ts';

/**
 * GetImItemList (facts 4.6): creates the three system groups when absent, then lists every
 * group and the persona of every contact that is in some group. ExtendedProperties is
 * accepted and ignored. Empty Groups or Personas are left out. Under
 * `getimitemlist-no-tagged-group` the Tagged group is missing from the answer; under
 * `getimitemlist-members-unresolvable` members are listed by persona id.
 */
export const getImItemList: Operation = {
  name: 'GetImItemList',
  run(_request, { mailbox, deviations }) {
    mailbox.ensureSystemGroups();
    const hideTagged = deviations.has('getimitemlist-no-tagged-group');
    const groups = [...mailbox.groups.values()].filter(
      (g) => !(hideTagged && g.groupType === 'IPM.DistList.MOC.Tagged'),
    );
    const membersByPersona = deviations.has('getimitemlist-members-unresolvable');
    return renderItemList(groups, mailbox.memberContacts(), mailbox, { membersByPersona });
  },
};
