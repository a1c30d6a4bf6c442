import { ResponseError } from '../errors.ts';
import { type Contact, GROUP_TYPE } from '../state/mailbox.ts';
import { addMember } from '../state/membership.ts';
import { resolveContact, resolveMemberGroup } from '../state/resolve.ts';
import { renderGroup } from '../xml/group.ts';
import { itemId, type Operation, type OperationContext } from './types.ts';

/** The contact; undefined only for an unknown one under `addimcontact-error-not-raised`. */
function contactFor(id: string, { mailbox, deviations }: OperationContext): Contact | undefined {
  try {
    return resolveContact(mailbox, id);
  } catch (error) {
    const unknown = error instanceof ResponseError && error.code === 'ErrorInvalidImContactId';
    if (unknown && deviations.has('addimcontact-error-not-raised')) return undefined;
    throw error;
  }
}

/**
 * AddImContactToGroup (facts 4.2): puts an existing Quick Contact into a group (Other
 * Contacts when no GroupId). An id that names no contact is ErrorInvalidImContactId, one that
 * names no group (or a distribution-group entry) ErrorInvalidImGroupId. An existing member is
 * left alone. Base children only.
 */
export const addImContactToGroup: Operation = {
  name: 'AddImContactToGroup',
  run(request, context) {
    const { mailbox } = context;
    const contact = contactFor(itemId(request, 'ContactId') ?? '', context);
    if (!contact) return '';
    const groupId = itemId(request, 'GroupId');
    const group =
      groupId === undefined
        ? mailbox.systemGroup(GROUP_TYPE.other)
        : resolveMemberGroup(mailbox, groupId);
    addMember(group, contact);
    return context.deviations.has('addimcontact-payload')
      ? renderGroup('ImGroup', group, mailbox)
      : '';
  },
};
