import { GROUP_TYPE, type ImContact, type Mailbox } from '../state/mailbox.ts';
import { addMember } from '../state/membership.ts';
import { resolveMemberGroup } from '../state/resolve.ts';
import { renderPersona } from '../xml/persona.ts';
import { itemId, messageText, type Operation, type OperationContext } from './types.ts';

function displayNameFor(imAddress: string, given: string | undefined, context: OperationContext) {
  if (context.deviations.has('display-name-ignored')) return imAddress;
  return given || imAddress;
}

function contactFor(
  mailbox: Mailbox,
  imAddress: string,
  displayName: string,
  context: OperationContext,
): ImContact {
  const existing = context.deviations.has('duplicate-contact')
    ? undefined
    : mailbox.findContactByImAddress(imAddress);
  return existing ?? mailbox.createContact(imAddress, displayName);
}

/**
 * AddNewImContactToGroup (facts 4.1): reuse the Quick Contact with that IM address or create
 * one, then put it in the group (Other Contacts when no GroupId). Returns its persona. A
 * distribution-group entry takes no members (policy `dg-members: none`).
 */
export const addNewImContactToGroup: Operation = {
  name: 'AddNewImContactToGroup',
  run(request, context) {
    const { mailbox, deviations } = context;
    const imAddress = messageText(request, 'ImAddress') ?? '';
    const groupId = itemId(request, 'GroupId');
    const group = groupId === undefined ? undefined : resolveMemberGroup(mailbox, groupId);
    const displayName = displayNameFor(imAddress, messageText(request, 'DisplayName'), context);
    const contact = contactFor(mailbox, imAddress, displayName, context);
    addMember(group ?? mailbox.systemGroup(GROUP_TYPE.other), contact);
    const withPersonaId = !deviations.has('persona-without-personaid');
    return renderPersona('Persona', contact, mailbox, { withPersonaId });
  },
};
