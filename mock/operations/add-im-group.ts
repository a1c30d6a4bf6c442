import { ResponseError } from '../errors.ts';
import type { ImGroup, Mailbox } from '../state/mailbox.ts';
import { renderGroup } from '../xml/group.ts';
import { groupLimit, messageText, type Operation, type OperationContext } from './types.ts';

/** The group of that name; under `addimgroup-existing-name-error` finding one is an error. */
function existing(name: string, { mailbox, deviations }: OperationContext): ImGroup | undefined {
  const group = mailbox.findGroupByName(name);
  if (group && deviations.has('addimgroup-existing-name-error')) {
    throw new ResponseError('ErrorImGroupDisplayNameAlreadyExists');
  }
  return group;
}

/** The group as returned: with the folder's id under `addimgroup-folder-id`. */
function rendered(group: ImGroup, mailbox: Mailbox, { deviations }: OperationContext): string {
  const storeId = deviations.has('addimgroup-folder-id')
    ? mailbox.quickContactsFolderId()
    : undefined;
  return renderGroup('ImGroup', group, mailbox, { storeId });
}

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
      existing(displayName, context) ?? mailbox.createUserGroup(displayName, groupLimit(context));
    return rendered(group, mailbox, context);
  },
};
