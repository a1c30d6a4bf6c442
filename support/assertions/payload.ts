import type { Element } from '@xmldom/xmldom';
import { expectEqual, expectThat, type Level } from '../checks.ts';
import { type ImGroup, readGroup, readImItemList, responseMessage } from '../ews/responses.ts';
import type { Exchange } from '../soap/client.ts';
import type { EwsWorld } from '../world.ts';
import { nodes, one, qualifiedName } from '../xml/xpath.ts';

/** Checks of the payload a response message carries after its base children. */
const BASE = ['m:MessageText', 'm:ResponseCode', 'm:DescriptiveLinkKey', 'm:MessageXml'];

export function noPayload(w: EwsWorld): void {
  const check = `${w.last.operation}Response has the base children only`;
  w.verify({ key: 'no-payload', check }, () => {
    const extra = nodes(responseMessage(w.last).root, '*')
      .map(qualifiedName)
      .filter((n) => !BASE.includes(n));
    expectThat(extra.length === 0, `it also has ${extra.join(', ')}`);
  });
}

export function returnedGroup(x: Exchange): ImGroup {
  return readGroup(one(responseMessage(x).root, 'm:ImGroup'));
}

export function imGroup(w: EwsWorld, name: string | undefined, type: string): void {
  const what = name === undefined ? `of type ${type}` : `"${name}" of type ${type}`;
  const check = `${w.last.operation} returns the ImGroup ${what}`;
  w.verify({ key: 'returns-group', check }, () => {
    const group = returnedGroup(w.last);
    if (name !== undefined) expectEqual(group.displayName, w.unique(name), 'ImGroup DisplayName');
    expectEqual(group.groupType, type, 'ImGroup GroupType');
    expectThat(group.id.id !== '', 'ImGroup ExchangeStoreId has an empty Id');
  });
}

export function sameAsNamedGroup(w: EwsWorld, name: string, level: Level): void {
  const check = `${w.last.operation} with an existing name returns that group`;
  w.verify({ key: 'existing-group', check, level }, () => {
    expectEqual(returnedGroup(w.last).id.id, w.group(name).id.id, 'ExchangeStoreId Id');
  });
}

export function sameGroupTwice(w: EwsWorld, level: Level): void {
  const sends = w.exchanges.filter((x) => x.phase === 'scenario');
  const check = `${w.last.operation} twice returns the same group`;
  w.verify({ key: 'same-group-twice', check, level }, () => {
    const [a, b] = [sends.at(-2), sends.at(-1)];
    if (!a || !b) throw new Error('two requests were not sent');
    expectEqual(returnedGroup(b).id.id, returnedGroup(a).id.id, 'ExchangeStoreId Id');
  });
}

function itemList(w: EwsWorld) {
  return readImItemList(responseMessage(w.last));
}

export function exactGroups(w: EwsWorld, names: string[]): void {
  const check = `${w.last.operation} returns exactly the requested groups`;
  w.verify({ key: 'exact-groups', check }, () => {
    const got = itemList(w)
      .groups.map((g) => g.id.id)
      .sort();
    const want = names.map((n) => w.group(n).id.id).sort();
    expectEqual(got.join(' '), want.join(' '), 'group ids');
  });
}

export function exactPersonas(w: EwsWorld, names: string[]): void {
  const check = `${w.last.operation} returns exactly the personas of the contacts`;
  w.verify({ key: 'exact-personas', check }, () => {
    const personas = itemList(w).personas;
    const want = names.map((n) => w.contact(n).id.id);
    for (const id of want) {
      const hits = personas.filter((p) => p.contactIds.some((c) => c.id === id));
      expectThat(hits.length === 1, `${hits.length} personas name the contact ${id}`);
    }
    expectEqual(personas.length, want.length, 'number of personas');
  });
}

export function noneOf(w: EwsWorld, what: 'groups' | 'personas'): void {
  const check = `${w.last.operation} returns no ${what} that were not asked for`;
  w.verify({ key: `none:${what}`, check }, () => {
    const root = responseMessage(w.last).root as Element;
    const path = what === 'groups' ? 'm:ImItemList/t:Groups/*' : 'm:ImItemList/t:Personas/*';
    expectEqual(nodes(root, path).length, 0, `number of ${what}`);
  });
}
