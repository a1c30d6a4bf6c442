import { Given, Then } from '@cucumber/cucumber';
import * as list from '../support/assertions/im-list.ts';
import type { Level } from '../support/checks.ts';
import type { AccountRole } from '../support/config.ts';
import type { EwsWorld } from '../support/world.ts';

Given(
  'the {role} account has a new IM group {string}',
  async function (this: EwsWorld, who: AccountRole, name: string) {
    await this.cleanup.ensureSnapshot(who);
    const group = await this.im.addGroup(who, this.unique(name));
    this.groups.set(name, { ...group, owner: who });
  },
);

Given(
  'the {role} account has removed the IM group {string}',
  async function (this: EwsWorld, who: AccountRole, name: string) {
    await this.im.removeGroup(who, this.group(name).id);
  },
);

Then(
  "the {role} account's IM list shows the contact in {string}",
  async function (this: EwsWorld, who: AccountRole, name: string) {
    await list.contactInGroup(this, who, name);
  },
);

Then(
  'the IM list shows the contact in the {string} group \\({level})',
  async function (this: EwsWorld, type: string, level: Level) {
    await list.contactInGroupType(this, type, level);
  },
);

Then(
  "the {role} account's IM list has a persona for the contact with its IM address",
  async function (this: EwsWorld, who: AccountRole) {
    await list.personaListed(this, who);
  },
);

Then(
  "the {role} account's IM list has no contact with the IM address that was sent",
  async function (this: EwsWorld, who: AccountRole) {
    await list.contactsWithAddress(this, who, 0, 'required');
  },
);

Then(
  "the {role} account's IM list has one contact with that IM address \\({level})",
  async function (this: EwsWorld, who: AccountRole, level: Level) {
    await list.contactsWithAddress(this, who, 1, level);
  },
);
