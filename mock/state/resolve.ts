import { escapeText } from '../../support/xml/escape.ts';
import { ResponseError } from '../errors.ts';
import { decodeId, type ItemRef } from './ids.ts';
import { type Contact, GROUP_TYPE, type ImGroup, type Mailbox } from './mailbox.ts';

/** The code for a well-formed id of this mailbox that names nothing at all. */
export type UnknownIdCode = 'ErrorInvalidImGroupId' | 'ErrorItemNotFound';

/** Turns an id into a reference in this mailbox, or throws the generic id errors. */
export function refInMailbox(mailbox: Mailbox, id: string): ItemRef {
  const decoded = decodeId(id);
  if (!decoded.ok) {
    throw new ResponseError(
      decoded.reason === 'empty' ? 'ErrorInvalidIdEmpty' : 'ErrorInvalidIdMalformed',
    );
  }
  const { ref } = decoded;
  if (ref.mailboxGuid !== mailbox.guid) {
    const value = `<t:Value Name="MailboxGuid">${escapeText(ref.mailboxGuid)}</t:Value>`;
    throw new ResponseError('ErrorNonExistentMailbox', value);
  }
  return ref;
}

function groupOf(mailbox: Mailbox, ref: ItemRef): ImGroup | undefined {
  return ref.kind === 'group' ? mailbox.groups.get(ref.number) : undefined;
}

function contactOf(mailbox: Mailbox, ref: ItemRef): Contact | undefined {
  return ref.kind === 'contact' ? mailbox.contacts.get(ref.number) : undefined;
}

/**
 * An IM group of this mailbox. An item that is no group is ErrorInvalidImGroupId; an id that
 * names nothing is `unknown` (ErrorInvalidImGroupId unless the operation's page says otherwise).
 */
export function resolveGroup(
  mailbox: Mailbox,
  id: string,
  unknown: UnknownIdCode = 'ErrorInvalidImGroupId',
): ImGroup {
  const ref = refInMailbox(mailbox, id);
  const group = groupOf(mailbox, ref);
  if (group) return group;
  throw new ResponseError(mailbox.hasItem(ref) ? 'ErrorInvalidImGroupId' : unknown);
}

/** A group contacts can join: any IM group but a distribution-group entry (`dg-members`). */
export function resolveMemberGroup(
  mailbox: Mailbox,
  id: string,
  unknown: UnknownIdCode = 'ErrorInvalidImGroupId',
): ImGroup {
  const group = resolveGroup(mailbox, id, unknown);
  if (group.groupType === GROUP_TYPE.dg) throw new ResponseError('ErrorInvalidImGroupId');
  return group;
}

/** A Quick Contact of this mailbox; anything else well-formed is ErrorInvalidImContactId. */
export function resolveContact(mailbox: Mailbox, id: string): Contact {
  const contact = contactOf(mailbox, refInMailbox(mailbox, id));
  if (!contact) throw new ResponseError('ErrorInvalidImContactId');
  return contact;
}

/** The reference, when the id is a well-formed id of this mailbox; never throws. */
function usableRef(mailbox: Mailbox, id: string): ItemRef | undefined {
  const decoded = decodeId(id);
  return decoded.ok && decoded.ref.mailboxGuid === mailbox.guid ? decoded.ref : undefined;
}

/** The group an id names, or undefined for any id that cannot be used (GetImItems). */
export function lookupGroup(mailbox: Mailbox, id: string): ImGroup | undefined {
  const ref = usableRef(mailbox, id);
  return ref && groupOf(mailbox, ref);
}

/** The contact an id names, or undefined for any id that cannot be used (GetImItems). */
export function lookupContact(mailbox: Mailbox, id: string): Contact | undefined {
  const ref = usableRef(mailbox, id);
  return ref && contactOf(mailbox, ref);
}
