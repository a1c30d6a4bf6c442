import { ResponseError } from '../errors.ts';
import { GROUP_TYPE } from '../state/mailbox.ts';
import { deleteGroup } from '../state/membership.ts';
import { resolveGroup } from '../state/resolve.ts';
import { itemId, type Operation } from './types.ts';

/**
 * RemoveImGroup (facts 4.11): only user groups can go; a system group or a distribution-group
 * entry is ErrorInvalidImGroupId. Contacts that were in no other group (Tagged aside) are
 * deleted.
 */
export const removeImGroup: Operation = {
  name: 'RemoveImGroup',
  run(request, { mailbox, deviations }) {
    const group = resolveGroup(mailbox, itemId(request, 'GroupId') ?? '');
    if (group.groupType !== GROUP_TYPE.user) throw new ResponseError('ErrorInvalidImGroupId');
    if (deviations.has('cleanup-noop')) return '';
    deleteGroup(mailbox, group);
    return '';
  },
};
