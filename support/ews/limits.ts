import type { AccountRole } from '../config.ts';
import type { EwsWorld } from '../world.ts';
import { buildRequest } from './generic-request.ts';
import { SetupError } from './im-api.ts';
import { responseMessage } from './responses.ts';

/**
 * Fills a mailbox up to a limit, counting from what it already holds: a real mailbox is not
 * empty, and the limits are server settings (EWS_MAX_GROUPS, EWS_MAX_CONTACTS). If the server
 * refuses earlier with the limit's own code, the filling stops there and a note says so.
 */
const SYSTEM_TYPES = [
  'IPM.DistList.MOC.Favorites',
  'IPM.DistList.MOC.Tagged',
  'IPM.DistList.MOC.OtherContacts',
];

type Filler = (n: number) => { op: string; args: Map<string, string | { id: string }> };

/** Requests in flight at once while filling; the server's answers decide when to stop. */
const PARALLEL = 8;

async function fill(w: EwsWorld, who: AccountRole, missing: number, code: string, make: Filler) {
  let next = 1;
  let refusedAt: number | undefined;
  let failure: string | undefined;
  const one = async (n: number) => {
    const { op, args } = make(n);
    const x = await w.send(who, op, buildRequest(op, args), { phase: 'setup', attach: false });
    const message = responseMessage(x);
    if (message.responseClass === 'Success') return;
    if (message.responseCode === code) refusedAt = Math.min(refusedAt ?? n, n);
    else failure = `setup: filling to the limit, ${op} answered ${message.responseCode}`;
  };
  let thrown: unknown;
  /** Every worker stops at the first refusal or failure, its own or another's. */
  const worker = async () => {
    while (next <= missing && refusedAt === undefined && !failure && !thrown) {
      await one(next++).catch((err: unknown) => {
        thrown ??= err;
      });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (thrown) throw thrown;
  const summary = `filled the mailbox with ${missing} requests to reach the limit`;
  w.attach(refusedAt === undefined ? summary : `${summary}; refused from #${refusedAt}`);
  if (failure) throw new SetupError(failure);
  if (refusedAt !== undefined) {
    w.checks.note(`${code} came early`, `after ${refusedAt - 1} of ${missing} expected additions`);
  }
}

export async function fillGroups(w: EwsWorld, who: AccountRole): Promise<void> {
  await w.cleanup.ensureSnapshot(who);
  const list = await w.im.list(who);
  const held = list.groups.filter((g) => !SYSTEM_TYPES.includes(g.groupType)).length;
  const missing = w.config.optional.maxGroups - held;
  await fill(w, who, missing, 'ErrorImGroupLimitReached', (n) => ({
    op: 'AddImGroup',
    args: new Map([['DisplayName', w.unique(`Filler ${n}`)]]),
  }));
}

export async function fillContacts(w: EwsWorld, who: AccountRole): Promise<void> {
  await w.cleanup.ensureSnapshot(who);
  const list = await w.im.list(who);
  const held = new Set(list.groups.flatMap((g) => g.members.map((m) => m.id))).size;
  const group = await w.im.addGroup(who, w.unique('Filler contacts'));
  w.cleanup.registerGroup(who, group.id);
  const missing = w.config.optional.maxContacts - held;
  await fill(w, who, missing, 'ErrorImContactLimitReached', (n) => ({
    op: 'AddNewImContactToGroup',
    args: new Map<string, string | { id: string }>([
      ['ImAddress', w.unique(`filler${n}@contoso.com`)],
      ['GroupId', group.id],
    ]),
  }));
}
