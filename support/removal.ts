import type { AccountRole } from './config.ts';
import type { ItemId } from './ews/ids.ts';
import type { ImApi } from './ews/im-api.ts';
import type { ImGroup, ImItemList } from './ews/responses.ts';

/**
 * Removes chosen groups and contacts from one mailbox's IM list and checks with a fresh
 * GetImItemList that they are gone; the scenario cleanup and `npm run cleanup` share it.
 * Contacts leave through RemoveImContactFromGroup (pitfall P14); a contact only in groups about
 * to be removed goes with them (facts sheet 4.11); distribution-group entries leave through
 * RemoveDistributionGroupFromImList. Every call's result is checked; what a failed call left
 * is named with its id and the error.
 */
export const DG_TYPE = 'IPM.DistList.MOC.DG';

export interface Doomed {
  groups: Map<string, ItemId>;
  contacts: Map<string, ItemId>;
}

export function noneDoomed(): Doomed {
  return { groups: new Map(), contacts: new Map() };
}

/** Errors of removal calls, by the id of the group or contact they were for. */
type Errors = Map<string, string>;

async function attempt(errors: Errors, id: string, call: () => Promise<void>): Promise<void> {
  try {
    await call();
  } catch (err) {
    errors.set(id, (err as Error).message);
  }
}

function goesWithGroups(member: ItemId, doomed: ImGroup[], list: ImItemList): boolean {
  const holding = list.groups.filter((g) => g.members.some((m) => m.id === member.id));
  return holding.every((g) => doomed.includes(g) && g.groupType !== DG_TYPE);
}

async function removePass(im: ImApi, who: AccountRole, list: ImItemList, doomed: Doomed) {
  const errors: Errors = new Map();
  const groups = list.groups.filter((g) => doomed.groups.has(g.id.id));
  for (const group of list.groups) {
    for (const member of group.members) {
      if (!doomed.contacts.has(member.id) || goesWithGroups(member, groups, list)) continue;
      await attempt(errors, member.id, () => im.removeMember(who, member, group.id, 'cleanup'));
    }
  }
  for (const group of groups) {
    const remove =
      group.groupType === DG_TYPE
        ? () => im.removeDistributionGroup(who, group.id, 'cleanup')
        : () => im.removeGroup(who, group.id, 'cleanup');
    await attempt(errors, group.id.id, remove);
  }
  return errors;
}

/** What of the doomed entries a list still holds, each named with its id and last error. */
export function stillThere(list: ImItemList, doomed: Doomed, errors: Errors = new Map()) {
  const why = (id: string) => (errors.has(id) ? ` (${errors.get(id)})` : '');
  const left: string[] = [];
  for (const g of list.groups) {
    if (doomed.groups.has(g.id.id)) left.push(`group "${g.displayName}" ${g.id.id}${why(g.id.id)}`);
    for (const m of g.members) {
      if (doomed.contacts.has(m.id))
        left.push(`contact ${m.id} in group "${g.displayName}"${why(m.id)}`);
    }
  }
  return left;
}

/**
 * Removes the doomed entries, in two passes at most (a server may delete a contact with its
 * last group, or refuse once); returns what is still there afterwards.
 */
export async function removeAndVerify(
  im: ImApi,
  who: AccountRole,
  doomed: Doomed,
  list?: ImItemList,
): Promise<string[]> {
  let current = list ?? (await im.list(who, 'cleanup'));
  let left: string[] = [];
  for (let pass = 0; pass < 2; pass++) {
    if (stillThere(current, doomed).length === 0) return [];
    const errors = await removePass(im, who, current, doomed);
    current = await im.list(who, 'cleanup');
    left = stillThere(current, doomed, errors);
  }
  return left;
}
