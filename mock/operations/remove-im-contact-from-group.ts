import { ResponseError } from '../errors.ts';
import { isMember, removeMember } from '../state/membership.ts';
import { resolveContact, resolveGroup } from '../state/resolve.ts';
import { itemId, type Operation } from './types.ts';

/**
 * RemoveImContactFromGroup (facts 4.10). A contact that is not in the group is
 * ErrorInvalidImGroupId (policy `member-check: srv`, mock/POLICIES.md). A contact left in no
 * group other than Tagged is deleted.
 */
export const removeImContactFromGroup: Operation = {
  name: 'RemoveImContactFromGroup',
  run(request, { mailbox }) {
    const contact = resolveContact(mailbox, itemId(request, 'ContactId') ?? '');
    const group = resolveGroup(mailbox, itemId(request, 'GroupId') ?? '');
    if (!isMember(group, contact)) throw new ResponseError('ErrorInvalidImGroupId');
    removeMember(mailbox, group, contact);
    return '';
  },
};
