import { expectThat } from '../checks.ts';
import { responseMessage } from '../ews/responses.ts';
import type { EwsWorld } from '../world.ts';

/**
 * RemoveContactFromImList: the page says the contact leaves the list and every group; a real
 * client saw servers refuse it (facts sheet 4.8). Either answer passes when the state matches
 * it; which one the server gave is recorded as a note.
 */
export async function removedOrRefused(w: EwsWorld, contact: string): Promise<void> {
  const x = w.last;
  const accepted = x.reply.kind === 'response' && responseMessage(x).responseClass === 'Success';
  if (!accepted) w.claim();
  const key = 'removed-or-refused';
  w.note({ key }, `${x.operation}: accepted or refused`, accepted ? 'accepted' : 'refused');
  const id = w.contact(contact).id.id;
  const list = await w.im.list(x.mailbox);
  const holding = list.groups.filter((g) => g.members.some((m) => m.id === id));
  w.verify({ key, check: `${x.operation}'s state matches its answer` }, () => {
    if (accepted) {
      expectThat(holding.length === 0, `accepted, but the contact is still in ${holding.length}`);
    } else {
      expectThat(holding.length > 0, 'refused, but the contact is in no group any more');
    }
  });
}
