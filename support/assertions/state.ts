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
  level: Level,
  statement: string,
  check: ListCheck,
): Promise<void> {
  const list = await w.im.list(who);
  w.verify(level, statement, () => check(list));
}

function membersOf(list: ImItemList, groupId: string): string[] {
  const group = list.groups.find((g) => g.id.id === groupId);
  if (!group) throw new Error(`the group ${groupId} is not in the IM list`);
  return group.members.map((m) => m.id);
}

export function contactIn(w: EwsWorld, who: AccountRole, contact: string, group: string) {
  return onList(w, who, 'required', `the contact is a member of its group`, (list) => {
    const members = membersOf(list, w.group(group).id.id);
    const id = w.contact(contact).id.id;
    expectThat(members.includes(id), `"${group}" has members [${members}], not ${id}`);
  });
}

export function contactNotIn(w: EwsWorld, who: AccountRole, contact: string, group: string) {
  return onList(w, who, 'required', `the contact is no longer a member of the group`, (list) => {
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
  return onList(w, who, level, `the contact is a member of the ${type} group`, (list) => {
    const groups = list.groups.filter((g) => g.groupType === type);
    expectEqual(groups.length, 1, `number of ${type} groups`);
    const id = w.contact(contact).id.id;
    const members = groups[0]?.members.map((m) => m.id) ?? [];
    expectThat(members.includes(id), `its members are [${members}], not ${id}`);
  });
}

export function noContact(w: EwsWorld, who: AccountRole, contact: string, level: Level) {
  return onList(w, who, level, `the contact is in no group and has no persona`, (list) => {
    const id = w.contact(contact).id.id;
    const holding = list.groups.filter((g) => g.members.some((m) => m.id === id));
    expectThat(holding.length === 0, `still in ${holding.map((g) => `"${g.displayName}"`)}`);
    const persona = list.personas.some((p) => p.contactIds.some((c) => c.id === id));
    expectThat(!persona, `a persona still names ${id}`);
  });
}

export function hasGroup(w: EwsWorld, who: AccountRole, group: string, present: boolean) {
  const statement = present ? 'the group is still in the IM list' : 'the group is gone';
  return onList(w, who, 'required', statement, (list) => {
    const found = list.groups.some((g) => g.id.id === w.group(group).id.id);
    expectEqual(found, present, `"${group}" in the IM list`);
  });
}

export function groupNamed(w: EwsWorld, who: AccountRole, group: string, name: string) {
  return onList(w, who, 'required', `GetImItemList shows the group's current name`, (list) => {
    const found = list.groups.find((g) => g.id.id === w.group(group).id.id);
    expectEqual(found?.displayName, w.unique(name), `DisplayName of "${group}"`);
  });
}

export function returnedGroupListed(w: EwsWorld, who: AccountRole, name?: string, type?: string) {
  const returned = returnedGroup(w.last);
  return onList(w, who, 'required', 'GetImItemList lists the returned group', (list) => {
    const found = list.groups.find((g) => g.id.id === returned.id.id);
    expectThat(found !== undefined, `no group has the ExchangeStoreId ${returned.id.id}`);
    if (name !== undefined) expectEqual(found?.displayName, w.unique(name), 'DisplayName');
    if (type !== undefined) expectEqual(found?.groupType, type, 'GroupType');
  });
}

export function groupsNamed(w: EwsWorld, who: AccountRole, name: string, n: number, level: Level) {
  return onList(w, who, level, `the IM list has ${n} group(s) of that name`, (list) => {
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
