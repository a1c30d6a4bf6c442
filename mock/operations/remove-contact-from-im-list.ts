import { ResponseError } from '../errors.ts';
import type { Deviations } from '../faults.ts';
import type { Contact, Mailbox } from '../state/mailbox.ts';
import { deleteContact } from '../state/membership.ts';
import { resolveContact } from '../state/resolve.ts';
import { itemId, type Operation } from './types.ts';

/** The contact; undefined for one not in the list under `removecontact-gone-success`. */
function contactFor(mailbox: Mailbox, id: string, deviations: Deviations): Contact | undefined {
  try {
    return resolveContact(mailbox, id);
  } catch (error) {
    const gone = error instanceof ResponseError && error.code === 'ErrorInvalidImContactId';
    if (gone && deviations.has('removecontact-gone-success')) return undefined;
    throw error;
  }
}

/**
 * RemoveContactFromImList (facts 4.8). Policy `remove-contact-from-im-list: docs`: takes the
 * contact out of every group and deletes it; an id that names no Quick Contact is
 * ErrorInvalidImContactId (SRV). The `sipe` alternative refuses every request that gets past
 * the generic id checks with ErrorInvalidImContactId and changes nothing. Base children only.
 */
export const removeContactFromImList: Operation = {
  name: 'RemoveContactFromImList',
  run(request, { mailbox, deviations, policies }) {
    const contact = contactFor(mailbox, itemId(request, 'ContactId') ?? '', deviations);
    if (!contact) return '';
    if (policies['remove-contact-from-im-list'] === 'sipe') {
      throw new ResponseError('ErrorInvalidImContactId');
    }
    if (deviations.has('removecontact-keeps-membership')) return '';
    deleteContact(mailbox, contact);
    return '';
  },
};
