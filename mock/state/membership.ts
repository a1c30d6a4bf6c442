import { type Contact, GROUP_TYPE, type ImGroup, type Mailbox } from './mailbox.ts';

/** Adds the contact to the group; an existing member is left alone. Returns true on change. */
export function addMember(group: ImGroup, contact: Contact): boolean {
  if (group.members.includes(contact.number)) return false;
  group.members.push(contact.number);
  group.revision += 1;
  return true;
}

export function isMember(group: ImGroup, contact: Contact): boolean {
  return group.members.includes(contact.number);
}

/** Takes the contact out of the group only (no last-group rule). */
export function dropMember(group: ImGroup, contactNumber: number): void {
  const index = group.members.indexOf(contactNumber);
  if (index < 0) return;
  group.members.splice(index, 1);
  group.revision += 1;
}

/**
 * The last-group rule: a contact that is left in no group other than Tagged is removed from
 * Tagged too and deleted from Quick Contacts. Returns true when the contact was deleted.
 */
export function pruneContact(mailbox: Mailbox, contact: Contact): boolean {
  const groups = mailbox.groupsOf(contact);
  if (groups.some((g) => g.groupType !== GROUP_TYPE.tagged)) return false;
  for (const group of groups) dropMember(group, contact.number);
  mailbox.contacts.delete(contact.number);
  return true;
}

/** Takes the contact out of every group and deletes it (RemoveContactFromImList). */
export function deleteContact(mailbox: Mailbox, contact: Contact): void {
  for (const group of mailbox.groupsOf(contact)) dropMember(group, contact.number);
  mailbox.contacts.delete(contact.number);
}

/** Removes the contact from the group, then applies the last-group rule. */
export function removeMember(mailbox: Mailbox, group: ImGroup, contact: Contact): void {
  dropMember(group, contact.number);
  pruneContact(mailbox, contact);
}

/** Deletes the group; its former members fall under the last-group rule. */
export function deleteGroup(mailbox: Mailbox, group: ImGroup): void {
  mailbox.groups.delete(group.number);
  for (const number of group.members) {
    const contact = mailbox.contacts.get(number);
    if (contact) pruneContact(mailbox, contact);
  }
}

/** Gives the group a new display name; its change key changes with it. */
export function renameGroup(group: ImGroup, displayName: string): void {
  group.displayName = displayName;
  group.revision += 1;
}
