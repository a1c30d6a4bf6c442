import { Then } from '@cucumber/cucumber';
import * as p from '../support/assertions/persona.ts';
import type { Level } from '../support/checks.ts';
import type { EwsWorld } from '../support/world.ts';

Then('the persona has the IM address that was sent', function (this: EwsWorld) {
  p.imAddressSent(this);
});

Then('the persona has every element of the expected-element table', function (this: EwsWorld) {
  p.expectedElements(this);
});

Then("the persona's children are in schema order", function (this: EwsWorld) {
  p.schemaOrder(this);
});

Then(
  'every attributed value of the persona names one of its attributions',
  function (this: EwsWorld) {
    p.attributionsResolve(this);
  },
);

Then(
  "the persona's display name is its IM address \\({level})",
  function (this: EwsWorld, level: Level) {
    p.displayName(this, 'im address', level);
  },
);

Then("the persona's display name is the one that was sent", function (this: EwsWorld) {
  p.displayName(this, 'sent', 'required');
});

Then('both responses name the same contact \\({level})', function (this: EwsWorld, level: Level) {
  p.sameContactTwice(this, level);
});

Then('the persona has a PersonaId and a Quick Contacts attribution', function (this: EwsWorld) {
  p.identified(this);
});

Then(
  "the persona's phone number is {string} \\({level})",
  function (this: EwsWorld, number: string, level: Level) {
    p.phoneNumber(this, number, level);
  },
);
