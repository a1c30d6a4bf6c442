import type { AccountRole } from '../config.ts';
import type { EwsWorld } from '../world.ts';
import { one } from '../xml/xpath.ts';
import { type ArgValue, buildRequest } from './generic-request.ts';
import type { ItemId } from './ids.ts';
import { SetupError } from './im-api.ts';
import { contactIdsOf, readGroup, responseMessage } from './responses.ts';

/**
 * Setup steps' work: groups and contacts a scenario needs before the operation under test,
 * made through the IM-list operations themselves and registered for cleanup. A setup request
 * that fails makes the scenario fail as a setup problem, not as a conformance verdict.
 */
async function setupCall(w: EwsWorld, who: AccountRole, op: string, args: Map<string, ArgValue>) {
  await w.cleanup.ensureSnapshot(who);
  const body = buildRequest(op, args);
  const exchange = await w.send(who, op, body, { phase: 'setup' });
  const message = responseMessage(exchange);
  if (message.responseClass !== 'Success') {
    const answer = `ResponseClass ${message.responseClass}, ResponseCode ${message.responseCode}`;
    throw new SetupError(`setup: ${op} as the ${who} account answered ${answer}`);
  }
  return message;
}

export async function newContact(
  w: EwsWorld,
  who: AccountRole,
  name: string,
  address: string,
  group: string,
): Promise<void> {
  const args = new Map<string, ArgValue>([
    ['ImAddress', w.unique(address)],
    ['DisplayName', w.unique(name)],
    ['GroupId', w.group(group).id],
  ]);
  const message = await setupCall(w, who, 'AddNewImContactToGroup', args);
  const [id] = contactIdsOf(one(message.root, 'm:Persona'));
  if (!id) throw new Error("setup: the new contact's persona names no Quick Contacts SourceId");
  w.contacts.set(name, { id, owner: who });
}

/** AddImContactToGroup or RemoveImContactFromGroup of a named contact and group. */
async function membership(
  w: EwsWorld,
  who: AccountRole,
  op: string,
  contact: string,
  group: string,
) {
  const args = new Map<string, ArgValue>([
    ['ContactId', w.contact(contact).id],
    ['GroupId', w.group(group).id],
  ]);
  await setupCall(w, who, op, args);
}

export function addToGroup(w: EwsWorld, who: AccountRole, contact: string, group: string) {
  return membership(w, who, 'AddImContactToGroup', contact, group);
}

export function removeFromGroup(w: EwsWorld, who: AccountRole, contact: string, group: string) {
  return membership(w, who, 'RemoveImContactFromGroup', contact, group);
}

/**
 * Adds a distribution group to the IM list. The server returns an entry that already exists
 * (facts sheet 4.5); such an entry belongs to the user, so the scenario must not go on to
 * remove it: the result says whether the entry is the scenario's own.
 */
export async function addDistributionGroup(
  w: EwsWorld,
  who: AccountRole,
  name: string,
  address = w.distributionGroup(),
): Promise<'created' | 'preexisting'> {
  const args = new Map<string, ArgValue>([
    ['SmtpAddress', address],
    ['DisplayName', w.unique(name)],
  ]);
  const message = await setupCall(w, who, 'AddDistributionGroupToImList', args);
  const group = readGroup(one(message.root, 'm:ImGroup'));
  w.groups.set(name, { ...group, owner: who });
  return w.cleanup.preexisting(who, group.id) ? 'preexisting' : 'created';
}

export async function removeDistributionGroup(w: EwsWorld, who: AccountRole, id: ItemId) {
  await setupCall(
    w,
    who,
    'RemoveDistributionGroupFromImList',
    new Map<string, ArgValue>([['GroupId', id]]),
  );
}
