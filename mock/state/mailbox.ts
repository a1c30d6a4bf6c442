import { ResponseError } from '../errors.ts';
import { encodeChangeKey, encodeId, type IdKind } from './ids.ts';

/** One Quick Contacts entry. */
export interface Contact {
  number: number;
  imAddress: string;
  displayName: string;
  /** Set when the IM address (without a leading `sip:`) looks like an e-mail address. */
  email?: string;
  created: Date;
  revision: number;
}

/** One IM group (a distribution-list item of the IM contact list folder). */
export interface ImGroup {
  number: number;
  displayName: string;
  groupType: string;
  /** Contact numbers, in the order they joined. */
  members: number[];
  revision: number;
}

export interface Limits {
  /** Maximum number of user groups (system groups do not count). */
  groups: number;
  /** Maximum number of Quick Contacts. */
  contacts: number;
}

export const DEFAULT_LIMITS: Limits = { groups: 64, contacts: 1000 };

export const GROUP_TYPE = {
  favorites: 'IPM.DistList.MOC.Favorites',
  tagged: 'IPM.DistList.MOC.Tagged',
  other: 'IPM.DistList.MOC.OtherContacts',
  user: 'IPM.DistList.MOC.UserGroup',
} as const;

const SYSTEM_GROUPS = [
  { groupType: GROUP_TYPE.favorites, displayName: 'Favorites' },
  { groupType: GROUP_TYPE.tagged, displayName: 'Tagged' },
  { groupType: GROUP_TYPE.other, displayName: 'Other Contacts' },
] as const;

const QUICK_CONTACTS_FOLDER = 1;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function emailOf(imAddress: string): string | undefined {
  const bare = imAddress.replace(/^sip:/i, '');
  return EMAIL.test(bare) ? bare : undefined;
}

/** A mailbox's IM list: Quick Contacts and IM groups. Numbers are never reused. */
export class Mailbox {
  readonly contacts = new Map<number, Contact>();
  readonly groups = new Map<number, ImGroup>();
  private nextNumber = QUICK_CONTACTS_FOLDER + 1;

  constructor(
    readonly smtp: string,
    readonly guid: string,
    readonly limits: Limits = DEFAULT_LIMITS,
  ) {}

  id(kind: IdKind, number: number): string {
    return encodeId({ mailboxGuid: this.guid, kind, number });
  }

  changeKey(kind: IdKind, revision: number): string {
    return encodeChangeKey(kind, revision);
  }

  quickContactsFolderId(): string {
    return this.id('folder', QUICK_CONTACTS_FOLDER);
  }

  findContactByImAddress(imAddress: string): Contact | undefined {
    const wanted = imAddress.toLowerCase();
    return [...this.contacts.values()].find((c) => c.imAddress.toLowerCase() === wanted);
  }

  createContact(imAddress: string, displayName: string, now = new Date()): Contact {
    if (this.contacts.size >= this.limits.contacts) {
      throw new ResponseError('ErrorImContactLimitReached');
    }
    const created = new Date(Math.floor(now.getTime() / 1000) * 1000);
    const email = emailOf(imAddress);
    const contact: Contact = { number: this.take(), imAddress, displayName, created, revision: 1 };
    if (email !== undefined) contact.email = email;
    this.contacts.set(contact.number, contact);
    return contact;
  }

  findGroupByName(displayName: string): ImGroup | undefined {
    const wanted = displayName.toLowerCase();
    return [...this.groups.values()].find((g) => g.displayName.toLowerCase() === wanted);
  }

  createUserGroup(displayName: string): ImGroup {
    const userGroups = [...this.groups.values()].filter((g) => g.groupType === GROUP_TYPE.user);
    if (userGroups.length >= this.limits.groups)
      throw new ResponseError('ErrorImGroupLimitReached');
    return this.addGroup(displayName, GROUP_TYPE.user);
  }

  /** The system group of that type, created when it is absent. */
  systemGroup(groupType: string): ImGroup {
    const found = [...this.groups.values()].find((g) => g.groupType === groupType);
    if (found) return found;
    const spec = SYSTEM_GROUPS.find((s) => s.groupType === groupType);
    if (!spec) throw new Error(`not a system group type: ${groupType}`);
    return this.addGroup(spec.displayName, spec.groupType);
  }

  ensureSystemGroups(): void {
    for (const spec of SYSTEM_GROUPS) this.systemGroup(spec.groupType);
  }

  isSystemGroup(group: ImGroup): boolean {
    return SYSTEM_GROUPS.some((s) => s.groupType === group.groupType);
  }

  groupsOf(contact: Contact): ImGroup[] {
    return [...this.groups.values()].filter((g) => g.members.includes(contact.number));
  }

  /** Contacts that belong to at least one group, in creation order. */
  memberContacts(): Contact[] {
    return [...this.contacts.values()].filter((c) => this.groupsOf(c).length > 0);
  }

  private take(): number {
    const number = this.nextNumber;
    this.nextNumber += 1;
    return number;
  }

  private addGroup(displayName: string, groupType: string): ImGroup {
    const group: ImGroup = {
      number: this.take(),
      displayName,
      groupType,
      members: [],
      revision: 1,
    };
    this.groups.set(group.number, group);
    return group;
  }
}
