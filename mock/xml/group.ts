import type { ImGroup, Mailbox } from '../state/mailbox.ts';
import { element, idElement, optionalText, textElement } from './write.ts';

export interface GroupOptions {
  /** Another ExchangeStoreId Id: only under the `addimgroup-folder-id` deviation. */
  storeId?: string;
  /** Members by persona id: only under the `getimitemlist-members-unresolvable` deviation. */
  membersByPersona?: boolean;
}

function memberKey(group: ImGroup, mailbox: Mailbox, options: GroupOptions): string {
  const kind = options.membersByPersona ? 'persona' : 'contact';
  const ids = group.members.flatMap((number) => {
    const contact = mailbox.contacts.get(number);
    if (!contact) return [];
    const key = mailbox.changeKey('contact', contact.revision);
    return [idElement('t:ItemId', mailbox.id(kind, number), key)];
  });
  return ids.length === 0 ? '' : element('t:MemberCorrelationKey', ids.join(''));
}

/**
 * An IM group in ImGroupType order. `tag` is `ImGroup` under a response root (messages
 * namespace) or `t:ImGroup` inside `t:Groups`. MemberCorrelationKey only when it has members,
 * SmtpAddress only for a distribution-group entry.
 */
export function renderGroup(
  tag: string,
  group: ImGroup,
  mailbox: Mailbox,
  options: GroupOptions = {},
): string {
  const id = options.storeId ?? mailbox.id('group', group.number);
  const children = [
    textElement('t:DisplayName', group.displayName),
    textElement('t:GroupType', group.groupType),
    idElement('t:ExchangeStoreId', id, mailbox.changeKey('group', group.revision)),
    memberKey(group, mailbox, options),
    optionalText('t:SmtpAddress', group.smtpAddress),
  ];
  return element(tag, children.join(''));
}
