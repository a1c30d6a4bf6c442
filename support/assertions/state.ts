import { expectEqual, expectThat, type Level } from '../checks.ts';
import type { AccountRole } from '../config.ts';
import type { ImItemList } from '../ews/responses.ts';
import { sameImAddress } from '../expectations/lexical.ts';
import type { EwsWorld } from '../world.ts';
import { returnedGroup } from './payload.ts';

/**
 * State checks: what a fresh GetImItemList of a mailbox shows after the operation under test,
 * in terms of the groups and contacts the scenario named.
 */
type ListCheck = (list: ImItemList) => void;

async function onList(
  w: EwsWorld,
  who: AccountRole,
  ref: { key: string; check: string; level?: Level },
  check: ListCheck,
): Promise<void> {
  const list = await w.im.list(who);
  w.verify(ref, () => check(list));
}

const NOT_MEMBER = { key: 'not-member', check: 'the contact is no longer a member of the group' };
const NO_CONTACT = { key: 'no-contact', check: 'the contact is in no group and has no persona' };
const GROUP_NAME = { key: 'group-name', check: "GetImItemList shows the group's current name" };
const GROUP_LISTED = { key: 'group-listed', check: 'GetImItemList lists the returned group' };

function memberOf(type: string, level: Level) {
  return { key: `member-of:${type}`, check: `the contact is a member of the ${type} group`, level };
}

function groupsOfName(n: number, level: Level) {
  return { key: 'one-group-named', check: `the IM list has ${n} group(s) of that name`, level };
}

function membersOf(list: ImItemList, groupId: string): string[] {
  const group = list.groups.find((g) => g.id.id === groupId);
  if (!group) throw new Error(`the group ${groupId} is not in the IM list`);
  return group.members.map((m) => m.id);
}

export function contactIn(w: EwsWorld, who: AccountRole, contact: string, group: string) {
  return onList(
    w,
    who,
    { key: 'member', check: 'the contact is a member of its group' },
    (list) => {
      const members = membersOf(list, w.group(group).id.id);
      const id = w.contact(contact).id.id;
      expectThat(members.includes(id), `"${group}" has members [${members}], not ${id}`);
    },
  );
}

export function contactNotIn(w: EwsWorld, who: AccountRole, contact: string, group: string) {
  return onList(w, who, NOT_MEMBER, (list) => {
    const id = w.contact(contact).id.id;
    expectThat(!membersOf(list, w.group(group).id.id).includes(id), `"${group}" still has ${id}`);
  });
}

export function contactInType(
  w: EwsWorld,
  who: AccountRole,
  contact: string,
  type: string,
  level: Level,
) {
  return onList(w, who, memberOf(type, level), (list) => {
    const groups = list.groups.filter((g) => g.groupType === type);
    expectEqual(groups.length, 1, `number of ${type} groups`);
    const id = w.contact(contact).id.id;
    const members = groups[0]?.members.map((m) => m.id) ?? [];
    expectThat(members.includes(id), `its members are [${members}], not ${id}`);
  });
}

export function noContact(w: EwsWorld, who: AccountRole, contact: string, level: Level) {
  return onList(w, who, { ...NO_CONTACT, level }, (list) => {
    const id = w.contact(contact).id.id;
    const holding = list.groups.filter((g) => g.members.some((m) => m.id === id));
    expectThat(holding.length === 0, `still in ${holding.map((g) => `"${g.displayName}"`)}`);
    const persona = list.personas.some((p) => p.contactIds.some((c) => c.id === id));
    expectThat(!persona, `a persona still names ${id}`);
  });
}

export function hasGroup(w: EwsWorld, who: AccountRole, group: string, present: boolean) {
  const check = present ? 'the group is still in the IM list' : 'the group is gone';
  return onList(w, who, { key: present ? 'group-kept' : 'group-gone', check }, (list) => {
    const found = list.groups.some((g) => g.id.id === w.group(group).id.id);
    expectEqual(found, present, `"${group}" in the IM list`);
  });
}

export function groupNamed(w: EwsWorld, who: AccountRole, group: string, name: string) {
  return onList(w, who, GROUP_NAME, (list) => {
    const found = list.groups.find((g) => g.id.id === w.group(group).id.id);
    expectEqual(found?.displayName, w.unique(name), `DisplayName of "${group}"`);
  });
}

export function returnedGroupListed(w: EwsWorld, who: AccountRole, name?: string, type?: string) {
  const returned = returnedGroup(w.last);
  return onList(w, who, GROUP_LISTED, (list) => {
    const found = list.groups.find((g) => g.id.id === returned.id.id);
    expectThat(found !== undefined, `no group has the ExchangeStoreId ${returned.id.id}`);
    if (name !== undefined) expectEqual(found?.displayName, w.unique(name), 'DisplayName');
    if (type !== undefined) expectEqual(found?.groupType, type, 'GroupType');
  });
}

export function groupsNamed(w: EwsWorld, who: AccountRole, name: string, n: number, level: Level) {
  return onList(w, who, groupsOfName(n, level), (list) => {
    const named = list.groups.filter((g) => g.displayName === w.unique(name));
    expectEqual(named.length, n, `groups named "${w.unique(name)}"`);
  });
}

export function personaAddress(list: ImItemList, contactId: string, address: string): void {
  const persona = list.personas.find((p) => p.contactIds.some((c) => c.id === contactId));
  expectThat(persona !== undefined, `no persona names the contact ${contactId}`);
  const got = persona?.imAddress ?? '';
  expectThat(sameImAddress(got, address), `its ImAddress is "${got}", not "${address}"`);
}
