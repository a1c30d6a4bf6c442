import { Given } from '@cucumber/cucumber';
import type { AccountRole } from '../support/config.ts';
import { fillContacts, fillGroups } from '../support/ews/limits.ts';
import * as setup from '../support/ews/setup.ts';
import { SKIP_MEDIA_TYPE } from '../support/report/tally.ts';
import type { EwsWorld } from '../support/world.ts';

Given(
  'the {role} account has a new IM contact {string} at {string} in {string}',
  async function (this: EwsWorld, who: AccountRole, name: string, address: string, group: string) {
    await setup.newContact(this, who, name, address, group);
  },
);

Given(
  'the {role} account has added {string} to {string}',
  async function (this: EwsWorld, who: AccountRole, contact: string, group: string) {
    await setup.addToGroup(this, who, contact, group);
  },
);

Given(
  'the {role} account has removed {string} from {string}',
  async function (this: EwsWorld, who: AccountRole, contact: string, group: string) {
    await setup.removeFromGroup(this, who, contact, group);
  },
);

/** A user's own entry for the distribution group must survive: the scenario is skipped. */
function skipIfPreexisting(w: EwsWorld, outcome: 'created' | 'preexisting', address: string) {
  if (outcome === 'created') return undefined;
  const why =
    `${address} is already on the mailbox's IM list: ` +
    "removing it would lose the user's own entry";
  w.attach(why, SKIP_MEDIA_TYPE);
  return 'skipped' as const;
}

Given(
  'the {role} account has added the distribution group as {string}',
  async function (this: EwsWorld, who: AccountRole, name: string) {
    const address = this.distributionGroup();
    const outcome = await setup.addDistributionGroup(this, who, name, address);
    return skipIfPreexisting(this, outcome, address);
  },
);

Given(
  'the {role} account has added the second distribution group as {string}',
  async function (this: EwsWorld, who: AccountRole, name: string) {
    const address = this.distributionGroup('second');
    const outcome = await setup.addDistributionGroup(this, who, name, address);
    return skipIfPreexisting(this, outcome, address);
  },
);

Given(
  'the {role} account has removed the distribution group {string}',
  async function (this: EwsWorld, who: AccountRole, name: string) {
    await setup.removeDistributionGroup(this, who, this.group(name).id);
  },
);

Given(
  'the {role} account has as many user groups as the limit allows',
  async function (this: EwsWorld, who: AccountRole) {
    await fillGroups(this, who);
  },
);

Given(
  'the {role} account has as many contacts as the limit allows',
  async function (this: EwsWorld, who: AccountRole) {
    await fillContacts(this, who);
  },
);
