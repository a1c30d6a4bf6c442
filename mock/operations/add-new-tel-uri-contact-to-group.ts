import { ResponseError } from '../errors.ts';
import { GROUP_TYPE, type ImGroup } from '../state/mailbox.ts';
import { addMember } from '../state/membership.ts';
import { resolveMemberGroup } from '../state/resolve.ts';
import { renderTelPersona } from '../xml/tel-persona.ts';
import { itemId, messageText, type Operation, type OperationContext } from './types.ts';

/** The group named by GroupId; one naming nothing means Other Contacts under a deviation. */
function groupFor(groupId: string | undefined, { mailbox, deviations }: OperationContext) {
  if (groupId === undefined) return undefined;
  try {
    return resolveMemberGroup(mailbox, groupId, 'ErrorItemNotFound');
  } catch (error) {
    const unknown = error instanceof ResponseError && error.code === 'ErrorItemNotFound';
    if (unknown && deviations.has('teluri-unknown-group-accepted')) return undefined;
    throw error;
  }
}

function otherContacts(context: OperationContext): ImGroup {
  return context.mailbox.systemGroup(GROUP_TYPE.other);
}

/**
 * AddNewTelUriContactToGroup (facts 4.4): reuses the Quick Contact with that TEL URI
 * (case-insensitive) or creates one, within the contact limit, then puts it in the group
 * (Other Contacts when no GroupId). A GroupId that names nothing is ErrorItemNotFound, as on
 * the DOCS page (policy `teluri-unknown-group: docs`). Returns the persona.
 */
export const addNewTelUriContactToGroup: Operation = {
  name: 'AddNewTelUriContactToGroup',
  run(request, context) {
    const { mailbox, deviations } = context;
    const telUri = messageText(request, 'TelUriAddress') ?? '';
    const sipUri = messageText(request, 'ImContactSipUriAddress') ?? '';
    const phoneNumber = messageText(request, 'ImTelephoneNumber') ?? '';
    const group = groupFor(itemId(request, 'GroupId'), context);
    const contact =
      mailbox.findContactByTelUri(telUri) ??
      mailbox.createTelContact({ telUri, sipUri, phoneNumber });
    addMember(group ?? otherContacts(context), contact);
    const outOfOrder = deviations.has('telurl-persona-out-of-order');
    const withPhone = !deviations.has('teluri-persona-no-phone');
    return renderTelPersona('Persona', contact, mailbox, { outOfOrder, withPhone });
  },
};
