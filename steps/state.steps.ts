import { Then } from '@cucumber/cucumber';
import { removedOrRefused } from '../support/assertions/either.ts';
import * as state from '../support/assertions/state.ts';
import type { Level } from '../support/checks.ts';
import type { AccountRole } from '../support/config.ts';
import type { EwsWorld } from '../support/world.ts';

Then(
  "the {role} account's IM list shows {string} in {string}",
  async function (this: EwsWorld, who: AccountRole, contact: string, group: string) {
    await state.contactIn(this, who, contact, group);
  },
);

Then(
  "the {role} account's IM list does not show {string} in {string}",
  async function (this: EwsWorld, who: AccountRole, contact: string, group: string) {
    await state.contactNotIn(this, who, contact, group);
  },
);

Then(
  "the {role} account's IM list shows {string} in the {string} group \\({level})",
  async function (this: EwsWorld, who: AccountRole, contact: string, type: string, level: Level) {
    await state.contactInType(this, who, contact, type, level);
  },
);

Then(
  "{string} is in the {role} account's {string} group \\({level})",
  async function (this: EwsWorld, contact: string, who: AccountRole, type: string, level: Level) {
    await state.contactInType(this, who, contact, type, level);
  },
);

Then(
  "the {role} account's IM list has no contact {string}",
  async function (this: EwsWorld, who: AccountRole, contact: string) {
    await state.noContact(this, who, contact, 'required');
  },
);

Then(
  "the {role} account's IM list has no contact {string} \\({level})",
  async function (this: EwsWorld, who: AccountRole, contact: string, level: Level) {
    await state.noContact(this, who, contact, level);
  },
);

Then(
  "the {role} account's IM list has no group {string}",
  async function (this: EwsWorld, who: AccountRole, group: string) {
    await state.hasGroup(this, who, group, false);
  },
);

Then(
  "the {role} account's IM list has the group {string}",
  async function (this: EwsWorld, who: AccountRole, group: string) {
    await state.hasGroup(this, who, group, true);
  },
);

Then(
  "the {role} account's IM list shows the group {string} named {string}",
  async function (this: EwsWorld, who: AccountRole, group: string, name: string) {
    await state.groupNamed(this, who, group, name);
  },
);

Then(
  "the {role} account's IM list has the returned group named {string}",
  async function (this: EwsWorld, who: AccountRole, name: string) {
    await state.returnedGroupListed(this, who, name);
  },
);

Then(
  "the {role} account's IM list has the returned group with type {string}",
  async function (this: EwsWorld, who: AccountRole, type: string) {
    await state.returnedGroupListed(this, who, undefined, type);
  },
);

Then(
  "the {role} account's IM list has one group named {string} \\({level})",
  async function (this: EwsWorld, who: AccountRole, name: string, level: Level) {
    await state.groupsNamed(this, who, name, 1, level);
  },
);

Then(
  'the server either removed {string} from every group or refused and kept it',
  async function (this: EwsWorld, contact: string) {
    await removedOrRefused(this, contact);
  },
);
