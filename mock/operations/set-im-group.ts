import { ResponseError } from '../errors.ts';
import { GROUP_TYPE } from '../state/mailbox.ts';
import { renameGroup } from '../state/membership.ts';
import { resolveGroup } from '../state/resolve.ts';
import { itemId, messageText, type Operation } from './types.ts';

/**
 * SetImGroup (facts 4.12): renames a user group; any other group is ErrorInvalidImGroupId.
 * A name that some group already has (case-insensitive, the group's own name included) is
 * ErrorImGroupDisplayNameAlreadyExists. Base children only: no new change key is returned,
 * though the group's change key changes.
 */
export const setImGroup: Operation = {
  name: 'SetImGroup',
  run(request, { mailbox, deviations }) {
    const group = resolveGroup(mailbox, itemId(request, 'GroupId') ?? '');
    if (group.groupType !== GROUP_TYPE.user) throw new ResponseError('ErrorInvalidImGroupId');
    const newName = messageText(request, 'NewDisplayName') ?? '';
    if (mailbox.findGroupByName(newName)) {
      throw new ResponseError('ErrorImGroupDisplayNameAlreadyExists');
    }
    if (!deviations.has('setimgroup-no-rename')) renameGroup(group, newName);
    return '';
  },
};
