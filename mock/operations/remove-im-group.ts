import { ResponseError } from '../errors.ts';
import type { Deviations } from '../faults.ts';
import { GROUP_TYPE } from '../state/mailbox.ts';
import { deleteGroup } from '../state/membership.ts';
import { resolveGroup } from '../state/resolve.ts';
import { itemId, type Operation } from './types.ts';

/** Only user groups can go; any group under `removeimgroup-system-group`. */
function removable(groupType: string, deviations: Deviations): boolean {
  return groupType === GROUP_TYPE.user || deviations.has('removeimgroup-system-group');
}

/**
 * RemoveImGroup (facts 4.11): only user groups can go; a system group or a distribution-group
 * entry is ErrorInvalidImGroupId. Contacts that were in no other group (Tagged aside) are
 * deleted.
 */
export const removeImGroup: Operation = {
  name: 'RemoveImGroup',
  run(request, { mailbox, deviations }) {
    const unknown = deviations.has('removeimgroup-unknown-item-not-found')
      ? 'ErrorItemNotFound'
      : 'ErrorInvalidImGroupId';
    const group = resolveGroup(mailbox, itemId(request, 'GroupId') ?? '', unknown);
    if (!removable(group.groupType, deviations)) throw new ResponseError('ErrorInvalidImGroupId');
    if (deviations.has('cleanup-noop')) return '';
    deleteGroup(mailbox, group);
    return '';
  },
};
