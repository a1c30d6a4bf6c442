import type { ImGroup, Mailbox } from '../state/mailbox.ts';
import { element, idElement, optionalText, textElement } from './write.ts';

function memberKey(group: ImGroup, mailbox: Mailbox): string {
  const ids = group.members.flatMap((number) => {
    const contact = mailbox.contacts.get(number);
    if (!contact) return [];
    const key = mailbox.changeKey('contact', contact.revision);
    return [idElement('t:ItemId', mailbox.id('contact', number), key)];
  });
  return ids.length === 0 ? '' : element('t:MemberCorrelationKey', ids.join(''));
}

/**
 * An IM group in ImGroupType order. `tag` is `ImGroup` under a response root (messages
 * namespace) or `t:ImGroup` inside `t:Groups`. MemberCorrelationKey only when it has members,
 * SmtpAddress only for a distribution-group entry.
 */
export function renderGroup(tag: string, group: ImGroup, mailbox: Mailbox): string {
  const id = mailbox.id('group', group.number);
  const children = [
    textElement('t:DisplayName', group.displayName),
    textElement('t:GroupType', group.groupType),
    idElement('t:ExchangeStoreId', id, mailbox.changeKey('group', group.revision)),
    memberKey(group, mailbox),
    optionalText('t:SmtpAddress', group.smtpAddress),
  ];
  return element(tag, children.join(''));
}
