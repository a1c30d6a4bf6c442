import type { ImGroup, Mailbox } from '../state/mailbox.ts';
import { lookupContact, lookupGroup, resolveContact, resolveGroup } from '../state/resolve.ts';
import { renderItemList } from '../xml/item-list.ts';
import { itemIds, itemRefs, type Operation } from './types.ts';

/** The distinct things the ids name, in request order; unusable ids are dropped. */
function found<T>(ids: string[], lookup: (id: string) => T | undefined): T[] {
  const things = ids.map(lookup).filter((thing): thing is T => thing !== undefined);
  return [...new Set(things)];
}

/** Under `getimitems-extra-group`: some group nobody asked for (system groups on demand). */
function extraGroup(mailbox: Mailbox, requested: ImGroup[]): ImGroup[] {
  mailbox.ensureSystemGroups();
  const extra = [...mailbox.groups.values()].find((g) => !requested.includes(g));
  return extra ? [extra] : [];
}

/** Under `getimitems-error-for-unknown-id`: ids checked like elsewhere, the first bad one fails. */
function refuseUnusable(mailbox: Mailbox, groupIds: string[], contactIds: string[]): void {
  for (const id of groupIds) resolveGroup(mailbox, id);
  for (const id of contactIds) resolveContact(mailbox, id);
}

/**
 * Under `getimitems-checks-change-key`: the ids of a list whose ChangeKey is not the item's
 * current one are dropped, as if change keys mattered (the page says they are ignored).
 */
function currentOnly(mailbox: Mailbox, request: Parameters<Operation['run']>[0], list: string) {
  const kind = list === 'GroupIds' ? 'group' : 'contact';
  return itemRefs(request, list)
    .filter(({ id, changeKey }) => {
      const item = kind === 'group' ? lookupGroup(mailbox, id) : lookupContact(mailbox, id);
      return !item || !changeKey || changeKey === mailbox.changeKey(kind, item.revision);
    })
    .map(({ id }) => id);
}

/**
 * GetImItems (facts 4.7): exactly the requested groups and the personas of the requested
 * contacts. Ids it cannot use (empty, malformed, foreign, unknown, of the wrong kind, or not
 * `t:ItemId`) are skipped without an error; change keys are ignored; the mock holds no
 * extended properties, so requested ones are left out (policy `get-im-items: skip-unusable`).
 */
export const getImItems: Operation = {
  name: 'GetImItems',
  run(request, { mailbox, deviations }) {
    const ids = deviations.has('getimitems-checks-change-key')
      ? (list: string) => currentOnly(mailbox, request, list)
      : (list: string) => itemIds(request, list);
    const [groupIds, contactIds] = [ids('GroupIds'), ids('ContactIds')];
    if (deviations.has('getimitems-error-for-unknown-id')) {
      refuseUnusable(mailbox, groupIds, contactIds);
    }
    const groups = found(groupIds, (id) => lookupGroup(mailbox, id));
    const contacts = found(contactIds, (id) => lookupContact(mailbox, id));
    const extra = deviations.has('getimitems-extra-group') ? extraGroup(mailbox, groups) : [];
    return renderItemList([...groups, ...extra], contacts, mailbox);
  },
};
