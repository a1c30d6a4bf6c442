import { GROUP_TYPE } from '../state/mailbox.ts';
import { addMember } from '../state/membership.ts';
import { resolveMemberGroup } from '../state/resolve.ts';
import { renderTelPersona } from '../xml/tel-persona.ts';
import { itemId, messageText, type Operation } from './types.ts';

/**
 * AddNewTelUriContactToGroup (facts 4.4): reuses the Quick Contact with that TEL URI
 * (case-insensitive) or creates one, within the contact limit, then puts it in the group
 * (Other Contacts when no GroupId). A GroupId that names nothing is ErrorItemNotFound, as on
 * the DOCS page (policy `teluri-unknown-group: docs`). Returns the persona.
 */
export const addNewTelUriContactToGroup: Operation = {
  name: 'AddNewTelUriContactToGroup',
  run(request, { mailbox, deviations }) {
    const telUri = messageText(request, 'TelUriAddress') ?? '';
    const sipUri = messageText(request, 'ImContactSipUriAddress') ?? '';
    const phoneNumber = messageText(request, 'ImTelephoneNumber') ?? '';
    const groupId = itemId(request, 'GroupId');
    const group =
      groupId === undefined ? undefined : resolveMemberGroup(mailbox, groupId, 'ErrorItemNotFound');
    const contact =
      mailbox.findContactByTelUri(telUri) ??
      mailbox.createTelContact({ telUri, sipUri, phoneNumber });
    addMember(group ?? mailbox.systemGroup(GROUP_TYPE.other), contact);
    const outOfOrder = deviations.has('telurl-persona-out-of-order');
    return renderTelPersona('Persona', contact, mailbox, { outOfOrder });
  },
};
