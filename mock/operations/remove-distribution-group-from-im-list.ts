import { ResponseError } from '../errors.ts';
import { GROUP_TYPE, type ImGroup, type Mailbox } from '../state/mailbox.ts';
import { deleteGroup } from '../state/membership.ts';
import { resolveGroup } from '../state/resolve.ts';
import { itemId, type Operation, type OperationContext } from './types.ts';

/** The entries to delete: every distribution group under `removedg-removes-all`. */
function doomed(group: ImGroup, mailbox: Mailbox, { deviations }: OperationContext) {
  return deviations.has('removedg-removes-all') ? mailbox.groupsOfType(GROUP_TYPE.dg) : [group];
}

/**
 * RemoveDistributionGroupFromImList (facts 4.9): deletes a distribution-group entry. Any other
 * item is ErrorInvalidImGroupId (SRV); an id that names nothing, e.g. an entry already removed,
 * is ErrorItemNotFound (DOCS; policy `removed-dg: item-not-found`). Base children only.
 */
export const removeDistributionGroupFromImList: Operation = {
  name: 'RemoveDistributionGroupFromImList',
  run(request, context) {
    const { mailbox } = context;
    const group = resolveGroup(mailbox, itemId(request, 'GroupId') ?? '', 'ErrorItemNotFound');
    if (group.groupType !== GROUP_TYPE.dg) throw new ResponseError('ErrorInvalidImGroupId');
    if (context.deviations.has('removedg-noop')) return '';
    for (const entry of doomed(group, mailbox, context)) deleteGroup(mailbox, entry);
    return '';
  },
};
