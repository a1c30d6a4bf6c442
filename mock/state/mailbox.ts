import { ResponseError } from '../errors.ts';
import { encodeChangeKey, encodeId, type IdKind, type ItemRef } from './ids.ts';

interface ContactBase {
  number: number;
  displayName: string;
  created: Date;
  revision: number;
}

/** A Quick Contact made by AddNewImContactToGroup. */
export interface ImContact extends ContactBase {
  kind: 'im';
  imAddress: string;
  /** Set when the IM address (without a leading `sip:`) looks like an e-mail address. */
  email?: string;
}

/** A Quick Contact made by AddNewTelUriContactToGroup; it has no display name of its own. */
export interface TelContact extends ContactBase {
  kind: 'tel';
  telUri: string;
  sipUri: string;
  phoneNumber: string;
}

/** One Quick Contacts entry. */
export type Contact = ImContact | TelContact;

/** One IM group (a distribution-list item of the IM contact list folder). */
export interface ImGroup {
  number: number;
  displayName: string;
  groupType: string;
  /** Contact numbers, in the order they joined. */
  members: number[];
  revision: number;
  /** Only distribution-group entries have one (facts 3, ImGroupType). */
  smtpAddress?: string;
}

export interface Limits {
  /** Maximum number of user groups and distribution-group entries (system groups do not count). */
  groups: number;
  /** Maximum number of Quick Contacts. */
  contacts: number;
}

export const DEFAULT_LIMITS: Limits = { groups: 64, contacts: 1000 };

/** Whether the mailbox's contact list was migrated to Exchange (pitfall P15). */
export type ImListState = 'migrated' | 'not-migrated';

export const GROUP_TYPE = {
  favorites: 'IPM.DistList.MOC.Favorites',
  tagged: 'IPM.DistList.MOC.Tagged',
  other: 'IPM.DistList.MOC.OtherContacts',
  user: 'IPM.DistList.MOC.UserGroup',
  dg: 'IPM.DistList.MOC.DG',
} as const;

/** Group types that count against the group limit. */
const LIMITED_TYPES: readonly string[] = [GROUP_TYPE.user, GROUP_TYPE.dg];

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

function toTheSecond(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 1000) * 1000);
}

/** A mailbox's IM list: Quick Contacts and IM groups. Numbers are never reused. */
export class Mailbox {
  readonly contacts = new Map<number, Contact>();
  readonly groups = new Map<number, ImGroup>();
  /** The last value SetImListMigrationCompleted stored; no operation reads it back. */
  migrationCompleted: boolean | undefined;
  private nextNumber = QUICK_CONTACTS_FOLDER + 1;

  constructor(
    readonly smtp: string,
    readonly guid: string,
    readonly limits: Limits = DEFAULT_LIMITS,
    readonly imList: ImListState = 'migrated',
  ) {}

  /** Encoded ids, kept: an id never changes, and GetImItemList at the limits needs thousands. */
  private readonly encoded = new Map<string, string>();

  id(kind: IdKind, number: number): string {
    const key = `${kind}:${number}`;
    let id = this.encoded.get(key);
    if (id === undefined) {
      id = encodeId({ mailboxGuid: this.guid, kind, number });
      this.encoded.set(key, id);
    }
    return id;
  }

  changeKey(kind: IdKind, revision: number): string {
    return encodeChangeKey(kind, revision);
  }

  quickContactsFolderId(): string {
    return this.id('folder', QUICK_CONTACTS_FOLDER);
  }

  /** Whether a reference of this mailbox names anything at all (a folder, group or contact). */
  hasItem(ref: ItemRef): boolean {
    if (ref.kind === 'folder') return ref.number === QUICK_CONTACTS_FOLDER;
    if (ref.kind === 'group') return this.groups.has(ref.number);
    return this.contacts.has(ref.number);
  }

  findContactByImAddress(imAddress: string): ImContact | undefined {
    const wanted = imAddress.toLowerCase();
    return this.imContacts().find((c) => c.imAddress.toLowerCase() === wanted);
  }

  findContactByTelUri(telUri: string): TelContact | undefined {
    const wanted = telUri.toLowerCase();
    return this.telContacts().find((c) => c.telUri.toLowerCase() === wanted);
  }

  createContact(imAddress: string, displayName: string, now = new Date()): ImContact {
    this.checkContactLimit();
    const email = emailOf(imAddress);
    const contact: ImContact = {
      kind: 'im',
      number: this.take(),
      imAddress,
      displayName,
      created: toTheSecond(now),
      revision: 1,
    };
    if (email !== undefined) contact.email = email;
    this.contacts.set(contact.number, contact);
    return contact;
  }

  createTelContact(
    tel: { telUri: string; sipUri: string; phoneNumber: string },
    now = new Date(),
  ): TelContact {
    this.checkContactLimit();
    const contact: TelContact = {
      kind: 'tel',
      number: this.take(),
      ...tel,
      displayName: '',
      created: toTheSecond(now),
      revision: 1,
    };
    this.contacts.set(contact.number, contact);
    return contact;
  }

  findGroupByName(displayName: string): ImGroup | undefined {
    const wanted = displayName.toLowerCase();
    return [...this.groups.values()].find((g) => g.displayName.toLowerCase() === wanted);
  }

  findDistributionGroup(smtpAddress: string): ImGroup | undefined {
    const wanted = smtpAddress.toLowerCase();
    return this.groupsOfType(GROUP_TYPE.dg).find((g) => g.smtpAddress?.toLowerCase() === wanted);
  }

  groupsOfType(groupType: string): ImGroup[] {
    return [...this.groups.values()].filter((g) => g.groupType === groupType);
  }

  /** `limit` is the group limit in force (the configured one unless a deviation changes it). */
  createUserGroup(displayName: string, limit = this.limits.groups): ImGroup {
    this.checkGroupLimit(limit);
    return this.addGroup(displayName, GROUP_TYPE.user);
  }

  /** A distribution-group entry; it counts against the same limit as the user groups. */
  createDistributionGroup(
    displayName: string,
    smtpAddress: string,
    limit = this.limits.groups,
  ): ImGroup {
    this.checkGroupLimit(limit);
    const group = this.addGroup(displayName, GROUP_TYPE.dg);
    group.smtpAddress = smtpAddress;
    return group;
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
    const members = new Set<number>();
    for (const group of this.groups.values()) for (const n of group.members) members.add(n);
    return [...this.contacts.values()].filter((c) => members.has(c.number));
  }

  private imContacts(): ImContact[] {
    return [...this.contacts.values()].filter((c): c is ImContact => c.kind === 'im');
  }

  private telContacts(): TelContact[] {
    return [...this.contacts.values()].filter((c): c is TelContact => c.kind === 'tel');
  }

  private checkContactLimit(): void {
    if (this.contacts.size >= this.limits.contacts) {
      throw new ResponseError('ErrorImContactLimitReached');
    }
  }

  private checkGroupLimit(limit: number): void {
    const counted = [...this.groups.values()].filter((g) => LIMITED_TYPES.includes(g.groupType));
    if (counted.length >= limit) throw new ResponseError('ErrorImGroupLimitReached');
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

/** A mailbox whose IM list was never migrated answers every IM operation with an error. */
export function requireImList(mailbox: Mailbox): void {
  if (mailbox.imList === 'not-migrated') throw new ResponseError('ErrorFolderNotFound');
}
