import { type DistributionGroup, findDistributionGroup, isSmtpAddress } from '../directory.ts';
import { ResponseError } from '../errors.ts';
import { GROUP_TYPE, type ImGroup } from '../state/mailbox.ts';
import { renderGroup } from '../xml/group.ts';
import { groupLimit, messageText, type Operation, type OperationContext } from './types.ts';

/** The entry as the response shows it: with the wrong type under `dg-wrong-group-type`. */
function shown(group: ImGroup, { deviations }: OperationContext): ImGroup {
  return deviations.has('dg-wrong-group-type') ? { ...group, groupType: GROUP_TYPE.user } : group;
}

/** The directory's group; any well-formed address under `dg-unknown-address-accepted`. */
function directoryGroup(address: string, { deviations }: OperationContext) {
  if (!isSmtpAddress(address)) return undefined;
  const known = findDistributionGroup(address);
  if (known || !deviations.has('dg-unknown-address-accepted')) return known;
  return { smtpAddress: address, displayName: address } satisfies DistributionGroup;
}

/** The entry the list has for it; none is ever found under `dg-added-twice`. */
function listed(known: DistributionGroup, { mailbox, deviations }: OperationContext) {
  if (deviations.has('dg-added-twice')) return undefined;
  return mailbox.findDistributionGroup(known.smtpAddress);
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
    const known = directoryGroup(smtpAddress, context);
    if (!known) throw new ResponseError('ErrorInvalidImDistributionGroupSmtpAddress');
    const group =
      listed(known, context) ??
      mailbox.createDistributionGroup(displayName, known.smtpAddress, groupLimit(context));
    return renderGroup('ImGroup', shown(group, context), mailbox);
  },
};
