import { expectThat, type Level } from '../checks.ts';
import type { AccountRole } from '../config.ts';
import { sameImAddress } from '../expectations/lexical.ts';
import type { EwsWorld } from '../world.ts';
import { contactIdOf } from './persona.ts';

/** Checks of a mailbox's IM list, read back with GetImItemList after the operation. */
function sentAddress(w: EwsWorld): string {
  const add = w.adds.at(-1);
  if (!add) throw new Error('no AddNewImContactToGroup was sent in this scenario');
  return add.sent.imAddress;
}

async function listOf(w: EwsWorld, who: AccountRole) {
  return w.im.list(who, 'setup');
}

export async function contactInGroup(w: EwsWorld, who: AccountRole, name: string): Promise<void> {
  const list = await listOf(w, who);
  const check = 'GetImItemList lists the new contact as a member of its group';
  w.verify({ key: 'listed-in-group', check }, () => {
    const contact = contactIdOf(w);
    const group = list.groups.find((g) => g.id.id === w.group(name).id.id);
    expectThat(group !== undefined, `group "${w.group(name).displayName}" is not in the IM list`);
    const ids = group?.members.map((m) => m.id) ?? [];
    expectThat(ids.includes(contact.id), `members are [${ids.join(', ')}], not ${contact.id}`);
  });
}

export async function contactInGroupType(w: EwsWorld, type: string, level: Level): Promise<void> {
  const list = await listOf(w, w.last.mailbox);
  const check = `a contact added without GroupId is a member of the ${type} group`;
  w.verify({ key: `listed-in:${type}`, check, level }, () => {
    const contact = contactIdOf(w);
    const groups = list.groups.filter((g) => g.groupType === type);
    expectThat(groups.length === 1, `the IM list has ${groups.length} groups of type ${type}`);
    const ids = groups[0]?.members.map((m) => m.id) ?? [];
    expectThat(ids.includes(contact.id), `its members are [${ids.join(', ')}], not ${contact.id}`);
  });
}

export async function personaListed(w: EwsWorld, who: AccountRole): Promise<void> {
  const list = await listOf(w, who);
  const check = 'GetImItemList holds a persona for the new contact';
  w.verify({ key: 'listed-persona', check }, () => {
    const contact = contactIdOf(w);
    const persona = list.personas.find((p) => p.contactIds.some((c) => c.id === contact.id));
    expectThat(persona !== undefined, `no persona has the attribution SourceId ${contact.id}`);
    const address = persona?.imAddress ?? '';
    expectThat(sameImAddress(address, sentAddress(w)), `its ImAddress is "${address}"`);
  });
}

export async function contactsWithAddress(
  w: EwsWorld,
  who: AccountRole,
  expected: number,
  level: Level,
): Promise<void> {
  const list = await listOf(w, who);
  const address = sentAddress(w);
  const key = expected === 0 ? 'no-contact-created' : 'one-contact';
  const check = `the IM list holds ${expected} contact(s) with the IM address sent`;
  w.verify({ key, check, level }, () => {
    const ids = new Set(
      list.personas
        .filter((p) => sameImAddress(p.imAddress ?? '', address))
        .flatMap((p) => p.contactIds.map((c) => c.id)),
    );
    expectThat(ids.size === expected, `found ${ids.size}: [${[...ids].join(', ')}]`);
  });
}
