import type { Exchange } from '../soap/client.ts';
import { refusalCode } from '../soap/reply.ts';

/**
 * A mailbox whose IM list was never migrated to Exchange, or was rolled back (pitfall P15):
 * GetImItemList, which takes no argument that could name a missing folder, answers
 * ErrorFolderNotFound. Nothing about the IM operations can be told in such a mailbox.
 */
export function notMigrated(x: Pick<Exchange, 'operation' | 'reply'>): boolean {
  return x.operation === 'GetImItemList' && refusalCode(x.reply) === 'ErrorFolderNotFound';
}

export function notMigratedReason(mailbox: string): string {
  return (
    `the IM list of ${mailbox} was never migrated to Exchange or was rolled back ` +
    '(GetImItemList answers ErrorFolderNotFound, pitfall P15): the IM operations cannot be ' +
    'judged in that mailbox'
  );
}
