import type { AccountRole } from './config.ts';
import type { ItemId } from './ews/ids.ts';
import type { ImApi, Phase } from './ews/im-api.ts';
import type { ImItemList } from './ews/responses.ts';
import { refuseIfInterrupted } from './interrupt.ts';
import { PlainError } from './plain-error.ts';
import { type Doomed, noneDoomed, removeAndVerify } from './removal.ts';
import { carriesPrefix } from './run-names.ts';

/**
 * One scenario's cleanup registry. Before the first change in a mailbox its IM list is
 * snapshotted; every group or contact id an answer names is registered as soon as it arrives,
 * unless the snapshot held it (the Add operations return what already exists). Afterwards the
 * registered ids, and any entry carrying the worker's name prefix that the snapshot did not
 * hold (a request whose answer was lost), are removed and the removal verified. A run leaves
 * the registry empty; EWS_KEEP_DATA=1 empties it without removing anything. Once the scenario
 * has ended, its steps' requests still under way are waited for and later ones refused (a step
 * may have left requests running), so that nothing is created after the cleanup looked.
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
  private readonly registry = new Map<AccountRole, Doomed>();
  private running: Promise<string[]> | undefined;
  private closed = false;
  private inFlight = 0;
  private idle: Array<() => void> = [];

  constructor(
    private readonly im: ImApi,
    /** The worker's name prefix (run-names.ts). */
    private readonly prefix: string,
  ) {}

  /** Sends one of the scenario's requests, unless the scenario has ended or the run was stopped. */
  async guard<T>(phase: Phase, send: () => Promise<T>): Promise<T> {
    const own = phase === 'cleanup';
    if (this.closed && !own)
      throw new PlainError('the scenario has ended: no more of its requests');
    refuseIfInterrupted(own);
    this.inFlight++;
    try {
      return await send();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
    }
  }

  /** The scenario has ended: waits (at most timeoutMs) for its requests still on their way. */
  close(timeoutMs: number): Promise<void> {
    this.closed = true;
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.idle.push(resolve);
      setTimeout(resolve, timeoutMs).unref();
    });
  }

  async ensureSnapshot(who: AccountRole): Promise<void> {
    if (this.snapshots.has(who)) return;
    this.snapshots.set(who, snapshotOf(await this.im.list(who, 'setup')));
  }

  private register(kind: keyof Doomed, who: AccountRole, id: ItemId): void {
    if (this.snapshots.get(who)?.[kind].has(id.id)) return;
    const doomed = this.registry.get(who) ?? noneDoomed();
    doomed[kind].set(id.id, id);
    this.registry.set(who, doomed);
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

  /** Whether an id is one the scenario created (for the privacy of report attachments). */
  created(id: string): boolean {
    return [...this.registry.values()].some((d) => d.groups.has(id) || d.contacts.has(id));
  }

  /** What the registry holds, one line per mailbox. */
  describe(): string[] {
    return [...this.registry].flatMap(([who, d]) =>
      d.groups.size + d.contacts.size === 0
        ? []
        : [
            `${who} mailbox: groups ${[...d.groups.keys()].join(', ') || 'none'}; ` +
              `contacts ${[...d.contacts.keys()].join(', ') || 'none'}`,
          ],
    );
  }

  /** EWS_KEEP_DATA=1: empties the registry without removing anything; returns what it held. */
  keep(): string[] {
    const held = this.describe();
    this.forget();
    return held;
  }

  /**
   * Removes what the scenario created in every touched mailbox and returns what was left
   * behind. Calls while one is under way (an interruption during the After hook) share it.
   */
  run(): Promise<string[]> {
    this.running ??= this.restoreAll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async restoreAll(): Promise<string[]> {
    const problems: string[] = [];
    const touched = new Set([...this.snapshots.keys(), ...this.registry.keys()]);
    for (const who of touched) {
      const snapshot = this.snapshots.get(who) ?? { groups: new Set(), contacts: new Set() };
      try {
        const left = await this.restore(who, snapshot);
        problems.push(...left.map((item) => `${who} mailbox: cleanup left ${item} behind`));
      } catch (err) {
        problems.push(`${who} mailbox: cleanup failed: ${(err as Error).message}`);
      }
    }
    this.forget();
    return problems;
  }

  private forget(): void {
    this.snapshots.clear();
    this.registry.clear();
  }

  /** The registered ids and the prefixed entries that were not in the snapshot. */
  private doomed(who: AccountRole, snapshot: Snapshot, list: ImItemList): Doomed {
    const registered = this.registry.get(who);
    const doomed: Doomed = {
      groups: new Map(registered?.groups),
      contacts: new Map(registered?.contacts),
    };
    for (const g of list.groups) {
      if (!snapshot.groups.has(g.id.id) && carriesPrefix(g.displayName, this.prefix)) {
        doomed.groups.set(g.id.id, g.id);
      }
    }
    for (const p of list.personas) {
      if (!carriesPrefix(p.imAddress, this.prefix) && !carriesPrefix(p.displayName, this.prefix)) {
        continue;
      }
      for (const c of p.contactIds) if (!snapshot.contacts.has(c.id)) doomed.contacts.set(c.id, c);
    }
    return doomed;
  }

  private async restore(who: AccountRole, snapshot: Snapshot): Promise<string[]> {
    const list = await this.im.list(who, 'cleanup');
    return removeAndVerify(this.im, who, this.doomed(who, snapshot, list), list);
  }
}
