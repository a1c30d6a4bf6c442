import { ResponseError } from '../errors.ts';
import type { ImGroup, Mailbox } from '../state/mailbox.ts';
import { GROUP_TYPE } from '../state/mailbox.ts';
import { renameGroup } from '../state/membership.ts';
import { resolveGroup } from '../state/resolve.ts';
import { renderGroup } from '../xml/group.ts';
import { itemId, messageText, type Operation, type OperationContext } from './types.ts';

/** Whether another group (or, faithfully, the group itself) already has the name. */
function nameTaken(group: ImGroup, name: string, { mailbox, deviations }: OperationContext) {
  const holder = mailbox.findGroupByName(name);
  if (holder === group && deviations.has('setimgroup-own-name-accepted')) return false;
  return holder !== undefined;
}

/** Base children only; the renamed group under `setimgroup-returns-group`. */
function payload(group: ImGroup, mailbox: Mailbox, { deviations }: OperationContext): string {
  return deviations.has('setimgroup-returns-group') ? renderGroup('ImGroup', group, mailbox) : '';
}

/**
 * SetImGroup (facts 4.12): renames a user group; any other group is ErrorInvalidImGroupId.
 * A name that some group already has (case-insensitive, the group's own name included) is
 * ErrorImGroupDisplayNameAlreadyExists. Base children only: no new change key is returned,
 * though the group's change key changes.
 */
export const setImGroup: Operation = {
  name: 'SetImGroup',
  run(request, context) {
    const { mailbox, deviations } = context;
    const group = resolveGroup(mailbox, itemId(request, 'GroupId') ?? '');
    if (group.groupType !== GROUP_TYPE.user) throw new ResponseError('ErrorInvalidImGroupId');
    const newName = messageText(request, 'NewDisplayName') ?? '';
    if (nameTaken(group, newName, context)) {
      throw new ResponseError('ErrorImGroupDisplayNameAlreadyExists');
    }
    if (!deviations.has('setimgroup-no-rename')) renameGroup(group, newName);
    return payload(group, mailbox, context);
  },
};
