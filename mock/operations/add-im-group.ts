import { renderGroup } from '../xml/group.ts';
import { messageText, type Operation } from './types.ts';

/**
 * AddImGroup (facts 4.3): a group with that display name (any type, case-insensitive) is
 * returned as it is; otherwise a user group is created, within the group limit.
 */
export const addImGroup: Operation = {
  name: 'AddImGroup',
  run(request, { mailbox }) {
    const displayName = messageText(request, 'DisplayName') ?? '';
    const group = mailbox.findGroupByName(displayName) ?? mailbox.createUserGroup(displayName);
    return renderGroup('ImGroup', group, mailbox);
  },
};
