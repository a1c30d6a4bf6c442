import { findDistributionGroup, isSmtpAddress } from '../directory.ts';
import { ResponseError } from '../errors.ts';
import { GROUP_TYPE, type ImGroup } from '../state/mailbox.ts';
import { renderGroup } from '../xml/group.ts';
import { groupLimit, messageText, type Operation, type OperationContext } from './types.ts';

/** The entry as the response shows it: with the wrong type under `dg-wrong-group-type`. */
function shown(group: ImGroup, { deviations }: OperationContext): ImGroup {
  return deviations.has('dg-wrong-group-type') ? { ...group, groupType: GROUP_TYPE.user } : group;
}

/**
 * AddDistributionGroupToImList (facts 4.5): the SMTP address must be syntactically valid and
 * name a distribution group of the directory (mock/directory.ts), otherwise
 * ErrorInvalidImDistributionGroupSmtpAddress. An entry with that address is returned as it is;
 * otherwise one is created with the request's DisplayName, within the group limit.
 */
export const addDistributionGroupToImList: Operation = {
  name: 'AddDistributionGroupToImList',
  run(request, context) {
    const { mailbox } = context;
    const smtpAddress = messageText(request, 'SmtpAddress') ?? '';
    const displayName = messageText(request, 'DisplayName') ?? '';
    const known = isSmtpAddress(smtpAddress) ? findDistributionGroup(smtpAddress) : undefined;
    if (!known) throw new ResponseError('ErrorInvalidImDistributionGroupSmtpAddress');
    const group =
      mailbox.findDistributionGroup(known.smtpAddress) ??
      mailbox.createDistributionGroup(displayName, known.smtpAddress, groupLimit(context));
    return renderGroup('ImGroup', shown(group, context), mailbox);
  },
};
