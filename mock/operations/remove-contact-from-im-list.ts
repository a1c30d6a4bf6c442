import { ResponseError } from '../errors.ts';
import { deleteContact } from '../state/membership.ts';
import { resolveContact } from '../state/resolve.ts';
import { itemId, type Operation } from './types.ts';

/**
 * RemoveContactFromImList (facts 4.8). Policy `remove-contact-from-im-list: docs`: takes the
 * contact out of every group and deletes it; an id that names no Quick Contact is
 * ErrorInvalidImContactId (SRV). The `sipe` alternative refuses every request that gets past
 * the generic id checks with ErrorInvalidImContactId and changes nothing. Base children only.
 */
export const removeContactFromImList: Operation = {
  name: 'RemoveContactFromImList',
  run(request, { mailbox, deviations, policies }) {
    const contact = resolveContact(mailbox, itemId(request, 'ContactId') ?? '');
    if (policies['remove-contact-from-im-list'] === 'sipe') {
      throw new ResponseError('ErrorInvalidImContactId');
    }
    if (deviations.has('removecontact-keeps-membership')) return '';
    deleteContact(mailbox, contact);
    return '';
  },
};
