import { renderGroup } from '../xml/group.ts';
import { groupLimit, messageText, type Operation } from './types.ts';

/**
 * AddImGroup (facts 4.3): a group with that display name (any type, case-insensitive) is
 * returned as it is; otherwise a user group is created, within the group limit.
 */
export const addImGroup: Operation = {
  name: 'AddImGroup',
  run(request, context) {
    const { mailbox } = context;
    const displayName = messageText(request, 'DisplayName') ?? '';
    const group =
      mailbox.findGroupByName(displayName) ??
      mailbox.createUserGroup(displayName, groupLimit(context));
    return renderGroup('ImGroup', group, mailbox);
  },
};
