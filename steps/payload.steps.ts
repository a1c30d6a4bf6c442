import { Then } from '@cucumber/cucumber';
import * as list from '../support/assertions/item-list.ts';
import * as payload from '../support/assertions/payload.ts';
import type { Level } from '../support/checks.ts';
import type { EwsWorld } from '../support/world.ts';

Then('the response has no payload', function (this: EwsWorld) {
  payload.noPayload(this);
});

Then(
  'the response holds an ImGroup named {string} of type {string}',
  function (this: EwsWorld, name: string, type: string) {
    payload.imGroup(this, name, type);
  },
);

Then('the response holds an ImGroup of type {string}', function (this: EwsWorld, type: string) {
  payload.imGroup(this, undefined, type);
});

Then(
  'the returned group is {string} \\({level})',
  function (this: EwsWorld, name: string, level: Level) {
    payload.sameAsNamedGroup(this, name, level);
  },
);

Then('both responses return the same group \\({level})', function (this: EwsWorld, level: Level) {
  payload.sameGroupTwice(this, level);
});

Then(
  "the response's ImItemList holds exactly the groups {names}",
  function (this: EwsWorld, names: string[]) {
    payload.exactGroups(this, names);
  },
);

Then(
  "the response's ImItemList holds exactly the personas of {names}",
  function (this: EwsWorld, names: string[]) {
    payload.exactPersonas(this, names);
  },
);

Then("the response's ImItemList holds no personas", function (this: EwsWorld) {
  payload.noneOf(this, 'personas');
});

Then("the response's ImItemList holds no groups", function (this: EwsWorld) {
  payload.noneOf(this, 'groups');
});

Then(
  'the IM list holds the system groups Favorites, Tagged and Other Contacts',
  function (this: EwsWorld) {
    list.systemGroups(this);
  },
);

Then(
  'the IM list holds the group {string} with the member {string}',
  function (this: EwsWorld, group: string, contact: string) {
    list.groupWithMember(this, group, contact);
  },
);

Then(
  'the IM list holds a persona for {string} with the IM address {string}',
  function (this: EwsWorld, contact: string, address: string) {
    list.personaFor(this, contact, address);
  },
);

Then(
  'every group in the IM list has a DisplayName, a GroupType and an ExchangeStoreId',
  function (this: EwsWorld) {
    list.groupShapes(this);
  },
);
