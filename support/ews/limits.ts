import type { AccountRole } from '../config.ts';
import type { EwsWorld } from '../world.ts';
import { buildRequest } from './generic-request.ts';
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

async function fill(
  w: EwsWorld,
  who: AccountRole,
  missing: number,
  code: string,
  request: (n: number) => { op: string; args: Map<string, string | { id: string }> },
): Promise<void> {
  for (let n = 1; n <= missing; n++) {
    const { op, args } = request(n);
    const exchange = await w.send(who, op, buildRequest(op, args), { phase: 'setup' });
    const message = responseMessage(exchange);
    if (message.responseClass === 'Success') continue;
    if (message.responseCode === code) {
      w.checks.note(`${code} came early`, `after ${n - 1} of the ${missing} expected additions`);
      return;
    }
    throw new Error(`setup: filling to the limit, ${op} answered ${message.responseCode}`);
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
