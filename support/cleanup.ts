import type { AccountRole } from './config.ts';
import type { ItemId } from './ews/ids.ts';
import type { ImApi } from './ews/im-api.ts';
import type { ImGroup, ImItemList } from './ews/responses.ts';

const DG_TYPE = 'IPM.DistList.MOC.DG';

/**
 * Leaves every mailbox as the scenario found it. Before the first change in a mailbox, the IM
 * list is snapshotted; afterwards only what was not there before is removed: ids the scenario
 * registered, and groups or contacts carrying the run's unique prefix. The removal is then
 * verified with a fresh GetImItemList.
 */
interface Snapshot {
  groups: Set<string>;
  contacts: Set<string>;
}

function snapshotOf(list: ImItemList): Snapshot {
  return {
    groups: new Set(list.groups.map((g) => g.id.id)),
    contacts: new Set(list.groups.flatMap((g) => g.members.map((m) => m.id))),
  };
}

export class Cleanup {
  private readonly snapshots = new Map<AccountRole, Snapshot>();
  private readonly groups = new Map<AccountRole, Map<string, ItemId>>();
  private readonly contacts = new Map<AccountRole, Map<string, ItemId>>();

  constructor(
    private readonly im: ImApi,
    private readonly prefix: string,
  ) {}

  async ensureSnapshot(who: AccountRole): Promise<void> {
    if (this.snapshots.has(who)) return;
    this.snapshots.set(who, snapshotOf(await this.im.list(who, 'setup')));
  }

  private register(kind: 'groups' | 'contacts', who: AccountRole, id: ItemId): void {
    const known = this.snapshots.get(who)?.[kind];
    if (known?.has(id.id)) return;
    const map = this[kind].get(who) ?? new Map<string, ItemId>();
    map.set(id.id, id);
    this[kind].set(who, map);
  }

  /** Whether the group was in the mailbox before the scenario changed anything. */
  preexisting(who: AccountRole, id: ItemId): boolean {
    return this.snapshots.get(who)?.groups.has(id.id) ?? false;
  }

  registerGroup(who: AccountRole, id: ItemId): void {
    this.register('groups', who, id);
  }

  registerContact(who: AccountRole, id: ItemId): void {
    this.register('contacts', who, id);
  }

  /** Removes what the scenario created in every touched mailbox; returns what was left behind. */
  async run(): Promise<string[]> {
    const problems: string[] = [];
    for (const [who, snapshot] of this.snapshots) {
      try {
        problems.push(...(await this.restore(who, snapshot)));
      } catch (err) {
        problems.push(`${who} mailbox: ${(err as Error).message}`);
      }
    }
    return problems;
  }

  private targets(who: AccountRole, snapshot: Snapshot, list: ImItemList) {
    const groups = new Map(this.groups.get(who));
    const contacts = new Map(this.contacts.get(who));
    for (const g of list.groups) {
      if (!snapshot.groups.has(g.id.id) && g.displayName.includes(this.prefix)) {
        groups.set(g.id.id, g.id);
      }
    }
    for (const p of list.personas) {
      const ours = `${p.imAddress ?? ''} ${p.displayName ?? ''}`.includes(this.prefix);
      for (const c of p.contactIds) if (ours && !snapshot.contacts.has(c.id)) contacts.set(c.id, c);
    }
    return { groups, contacts };
  }

  private async restore(who: AccountRole, snapshot: Snapshot): Promise<string[]> {
    const before = await this.im.list(who, 'cleanup');
    const { groups, contacts } = this.targets(who, snapshot, before);
    const doomed = before.groups.filter((g) => groups.has(g.id.id));
    for (const group of before.groups) {
      for (const member of group.members) {
        if (contacts.has(member.id) && !this.goesWithGroups(member, doomed, before)) {
          await this.im.removeMember(who, member, group.id, 'cleanup');
        }
      }
    }
    for (const group of doomed) {
      if (group.groupType === DG_TYPE) {
        await this.im.removeDistributionGroup(who, group.id, 'cleanup');
      } else await this.im.removeGroup(who, group.id, 'cleanup');
    }
    return this.verify(who, await this.im.list(who, 'cleanup'), groups, contacts);
  }

  /** A contact only in groups about to be removed goes with them (facts sheet 4.11). */
  private goesWithGroups(member: ItemId, doomed: ImGroup[], list: ImItemList): boolean {
    const holding = list.groups.filter((g) => g.members.some((m) => m.id === member.id));
    return holding.every((g) => doomed.includes(g) && g.groupType !== DG_TYPE);
  }

  private verify(
    who: AccountRole,
    after: ImItemList,
    groups: Map<string, ItemId>,
    contacts: Map<string, ItemId>,
  ): string[] {
    const left: string[] = [];
    for (const g of after.groups) {
      if (groups.has(g.id.id)) left.push(`group "${g.displayName}" (${g.id.id})`);
      for (const m of g.members) {
        if (contacts.has(m.id)) left.push(`contact ${m.id} in group "${g.displayName}"`);
      }
    }
    return left.map((item) => `${who} mailbox: cleanup left ${item} behind`);
  }
}
