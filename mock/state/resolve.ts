import { escapeText } from '../../support/xml/escape.ts';
import { ResponseError } from '../errors.ts';
import { decodeId, type IdKind, type ItemRef } from './ids.ts';
import type { Contact, ImGroup, Mailbox } from './mailbox.ts';

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

function numberOfKind(ref: ItemRef, kind: IdKind): number | undefined {
  return ref.kind === kind ? ref.number : undefined;
}

/** An IM group of this mailbox; anything else well-formed is ErrorInvalidImGroupId. */
export function resolveGroup(mailbox: Mailbox, id: string): ImGroup {
  const number = numberOfKind(refInMailbox(mailbox, id), 'group');
  const group = number === undefined ? undefined : mailbox.groups.get(number);
  if (!group) throw new ResponseError('ErrorInvalidImGroupId');
  return group;
}

/** A Quick Contact of this mailbox; anything else well-formed is ErrorInvalidImContactId. */
export function resolveContact(mailbox: Mailbox, id: string): Contact {
  const number = numberOfKind(refInMailbox(mailbox, id), 'contact');
  const contact = number === undefined ? undefined : mailbox.contacts.get(number);
  if (!contact) throw new ResponseError('ErrorInvalidImContactId');
  return contact;
}
