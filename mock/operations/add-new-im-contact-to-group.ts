import { ResponseError } from '../errors.ts';
import { GROUP_TYPE, type ImContact, type Mailbox } from '../state/mailbox.ts';
import { addMember } from '../state/membership.ts';
import { resolveMemberGroup } from '../state/resolve.ts';
import { type PersonaOptions, renderPersona } from '../xml/persona.ts';
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

/** The persona's shape: the faithful one unless a persona deviation is on. */
function personaOptions({ deviations }: OperationContext): PersonaOptions {
  return {
    withPersonaId: !deviations.has('persona-without-personaid'),
    emailSlip: deviations.has('persona-email-docs-shape'),
    quickContact: !deviations.has('attribution-not-quick-contact'),
  };
}

/** The group named by GroupId; another mailbox's is ignored under `foreign-group-accepted`. */
function groupFor(mailbox: Mailbox, groupId: string | undefined, context: OperationContext) {
  if (groupId === undefined) return undefined;
  try {
    return resolveMemberGroup(mailbox, groupId);
  } catch (error) {
    const foreign = error instanceof ResponseError && error.code === 'ErrorNonExistentMailbox';
    if (foreign && context.deviations.has('foreign-group-accepted')) return undefined;
    throw error;
  }
}

/**
 * AddNewImContactToGroup (facts 4.1): reuse the Quick Contact with that IM address or create
 * one, then put it in the group (Other Contacts when no GroupId). Returns its persona. A
 * distribution-group entry takes no members (policy `dg-members: none`).
 */
export const addNewImContactToGroup: Operation = {
  name: 'AddNewImContactToGroup',
  run(request, context) {
    const { mailbox } = context;
    const imAddress = messageText(request, 'ImAddress') ?? '';
    const group = groupFor(mailbox, itemId(request, 'GroupId'), context);
    const displayName = displayNameFor(imAddress, messageText(request, 'DisplayName'), context);
    const contact = contactFor(mailbox, imAddress, displayName, context);
    addMember(group ?? mailbox.systemGroup(GROUP_TYPE.other), contact);
    return renderPersona('Persona', contact, mailbox, personaOptions(context));
  },
};
