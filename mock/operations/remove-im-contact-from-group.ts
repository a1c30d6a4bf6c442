import { ResponseError } from '../errors.ts';
import { dropMember, isMember, removeMember } from '../state/membership.ts';
import { resolveContact, resolveGroup } from '../state/resolve.ts';
import { itemId, type Operation } from './types.ts';

/**
 * RemoveImContactFromGroup (facts 4.10). A contact that is not in the group is
 * ErrorInvalidImGroupId (policy `member-check: srv`, mock/POLICIES.md) or, with the `docs`
 * alternative, ErrorInvalidImContactId. A contact left in no group other than Tagged is deleted.
 */
export const removeImContactFromGroup: Operation = {
  name: 'RemoveImContactFromGroup',
  run(request, { mailbox, deviations, policies }) {
    const contact = resolveContact(mailbox, itemId(request, 'ContactId') ?? '');
    const group = resolveGroup(mailbox, itemId(request, 'GroupId') ?? '');
    if (!isMember(group, contact)) {
      if (deviations.has('removemember-not-member-accepted')) return '';
      const docs = policies['member-check'] === 'docs';
      throw new ResponseError(docs ? 'ErrorInvalidImContactId' : 'ErrorInvalidImGroupId');
    }
    if (deviations.has('cleanup-noop')) return '';
    if (deviations.has('removemember-contact-kept')) dropMember(group, contact.number);
    else removeMember(mailbox, group, contact);
    return '';
  },
};
