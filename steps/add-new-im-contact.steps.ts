import { When } from '@cucumber/cucumber';
import type { AccountRole } from '../support/config.ts';
import type { ItemId } from '../support/ews/ids.ts';
import { addNewImContactToGroup, type NewContactArgs } from '../support/ews/requests.ts';
import type { EwsWorld } from '../support/world.ts';
import { escapeAttr } from '../support/xml/escape.ts';

async function add(w: EwsWorld, who: AccountRole, args: NewContactArgs): Promise<void> {
  const sent = { imAddress: args.imAddress ?? '', displayName: args.displayName };
  const exchange = await w.send(who, 'AddNewImContactToGroup', addNewImContactToGroup(args));
  w.adds.push({ exchange, sent });
}

function groupId(w: EwsWorld, name: string): ItemId {
  return w.group(name).id;
}

When(
  'the {role} account adds {string} at {string} to {string}',
  async function (this: EwsWorld, who: AccountRole, name: string, address: string, group: string) {
    const args = { imAddress: this.unique(address), displayName: this.unique(name) };
    await add(this, who, { ...args, groupId: groupId(this, group) });
  },
);

When(
  'the {role} account adds {string} at {string} to {string} again',
  async function (this: EwsWorld, who: AccountRole, name: string, address: string, group: string) {
    const args = { imAddress: this.unique(address), displayName: this.unique(name) };
    await add(this, who, { ...args, groupId: groupId(this, group) });
  },
);

When(
  'the {role} account adds {string} without a display name to {string}',
  async function (this: EwsWorld, who: AccountRole, address: string, group: string) {
    await add(this, who, { imAddress: this.unique(address), groupId: groupId(this, group) });
  },
);

When(
  'the {role} account adds {string} at {string} without a group',
  async function (this: EwsWorld, who: AccountRole, name: string, address: string) {
    await add(this, who, { imAddress: this.unique(address), displayName: this.unique(name) });
  },
);

When(
  'the {role} account adds {string} at {string} to group id {string}',
  async function (this: EwsWorld, who: AccountRole, name: string, address: string, id: string) {
    const args = { imAddress: this.unique(address), displayName: this.unique(name) };
    await add(this, who, { ...args, groupId: { id } });
  },
);

async function sendSample(w: EwsWorld, group: string, sample: string, meantValid: boolean) {
  const id = groupId(w, group);
  const imAddress = w.sampleAddress('tsmith@contoso.com');
  const xml = sample
    .replace('{{group id}}', escapeAttr(id.id))
    .replace('{{group change key}}', escapeAttr(id.changeKey ?? ''))
    .replace('tsmith@contoso.com', imAddress);
  const exchange = await w.sendRaw('first', 'AddNewImContactToGroup', xml, { meantValid });
  w.adds.push({ exchange, sent: { imAddress, displayName: 'Tony Smith' } });
}

When(
  "the first account sends the reference page's sample request for {string}:",
  async function (this: EwsWorld, group: string, sample: string) {
    await sendSample(this, group, sample, true);
  },
);

When(
  "the first account sends the seed's sample request for {string}:",
  async function (this: EwsWorld, group: string, sample: string) {
    await sendSample(this, group, sample, false);
  },
);
