import { expectEqual, expectThat } from '../checks.ts';
import { readImItemList, responseMessage } from '../ews/responses.ts';
import type { EwsWorld } from '../world.ts';
import { nodes, text } from '../xml/xpath.ts';
import { personaAddress } from './state.ts';

/** Checks of the ImItemList that the scenario's own GetImItemList returned. */
const SYSTEM = [
  'IPM.DistList.MOC.Favorites',
  'IPM.DistList.MOC.Tagged',
  'IPM.DistList.MOC.OtherContacts',
];

function list(w: EwsWorld) {
  return readImItemList(responseMessage(w.last));
}

export function systemGroups(w: EwsWorld): void {
  w.verify({ key: 'system-groups', check: 'GetImItemList holds each system group once' }, () => {
    for (const type of SYSTEM) {
      const n = list(w).groups.filter((g) => g.groupType === type).length;
      expectEqual(n, 1, `groups of type ${type}`);
    }
  });
}

export function groupWithMember(w: EwsWorld, group: string, contact: string): void {
  w.verify({ key: 'group-members', check: 'GetImItemList lists the group with its member' }, () => {
    const found = list(w).groups.find((g) => g.id.id === w.group(group).id.id);
    expectThat(found !== undefined, `the group "${group}" is missing`);
    const members = found?.members.map((m) => m.id) ?? [];
    const id = w.contact(contact).id.id;
    expectThat(members.includes(id), `its members are [${members}], not ${id}`);
  });
}

export function personaFor(w: EwsWorld, contact: string, address: string): void {
  w.verify(
    { key: 'member-personas', check: 'GetImItemList holds a persona for each member' },
    () => {
      personaAddress(list(w), w.contact(contact).id.id, w.unique(address));
    },
  );
}

export function groupShapes(w: EwsWorld): void {
  const check = 'every ImGroup has DisplayName, GroupType and ExchangeStoreId/@Id';
  w.verify({ key: 'group-shape', check }, () => {
    const root = responseMessage(w.last).root;
    for (const group of nodes(root, 'm:ImItemList/t:Groups/t:ImGroup')) {
      for (const path of ['t:DisplayName', 't:GroupType', 't:ExchangeStoreId/@Id']) {
        expectThat(text(group, path) !== '', `${path} is empty`);
      }
    }
  });
}
