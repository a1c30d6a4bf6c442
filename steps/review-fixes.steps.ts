import { Given, Then } from '@cucumber/cucumber';
import { phoneNumber } from '../support/assertions/persona.ts';
import { expectEqual, expectThat, type Level } from '../support/checks.ts';
import type { AccountRole } from '../support/config.ts';
import { type ImItemList, responseMessage } from '../support/ews/responses.ts';
import { runNumber } from '../support/ews/values.ts';
import type { EwsWorld } from '../support/world.ts';
import { one, optionalText, text } from '../support/xml/xpath.ts';

/** Checks of state and shape that hold across operations. */
const noted = new WeakMap<EwsWorld, Map<AccountRole, string[]>>();

function picture(list: ImItemList): string[] {
  const groups = list.groups.map(
    (g) => `${g.id.id} ${g.displayName} [${g.members.map((m) => m.id)}]`,
  );
  return groups.sort();
}

Then(
  "the persona's phone number is phone number {int} \\({level})",
  function (this: EwsWorld, n: number, level: Level) {
    phoneNumber(this, runNumber(this, n), level);
  },
);

Given("the {role} account's IM list is noted", async function (this: EwsWorld, who: AccountRole) {
  const pictures = noted.get(this) ?? new Map<AccountRole, string[]>();
  pictures.set(who, picture(await this.im.list(who)));
  noted.set(this, pictures);
});

Then(
  "the {role} account's IM list is as it was noted",
  async function (this: EwsWorld, who: AccountRole) {
    const before = noted.get(this)?.get(who);
    if (!before) throw new Error(`the ${who} account's IM list was not noted first`);
    const after = picture(await this.im.list(who));
    this.verifyUnlisted('required', `a refused ${this.last.operation} changes nothing`, () => {
      const added = after.filter((g) => !before.includes(g));
      const lost = before.filter((g) => !after.includes(g));
      expectThat(added.length + lost.length === 0, `now [${added}], before [${lost}]`);
    });
  },
);

Then(
  'the server refuses the request, with a SOAP fault \\({level})',
  function (this: EwsWorld, level: Level) {
    this.claim();
    const { reply, status } = this.last;
    this.verifyUnlisted('required', `${this.last.operation} is refused`, () => {
      const error =
        reply.kind === 'response' && responseMessage(this.last).responseClass === 'Error';
      expectThat(
        reply.kind === 'fault' || status >= 400 || error,
        `it was answered HTTP ${status}`,
      );
    });
    this.verifyUnlisted(
      level,
      `${this.last.operation} is refused with a SOAP fault and HTTP 500`,
      () => {
        expectEqual(reply.kind, 'fault', 'kind of answer');
        expectEqual(status, 500, 'HTTP status');
      },
    );
  },
);

Then(
  "the returned group's SmtpAddress is the distribution group's \\({level})",
  function (this: EwsWorld, level: Level) {
    const sent = this.distributionGroup();
    this.verifyUnlisted(level, 'a distribution-group entry carries its SMTP address', () => {
      const group = one(responseMessage(this.last).root, 'm:ImGroup');
      const address = optionalText(group, 't:SmtpAddress');
      expectEqual(address?.toLowerCase(), sent.toLowerCase(), 'ImGroup SmtpAddress');
    });
  },
);

Then(
  'the second add keeps the first display name \\({level})',
  function (this: EwsWorld, level: Level) {
    this.verifyUnlisted(level, 'a reused contact keeps its display name', () => {
      const [first, second] = [this.adds.at(0), this.adds.at(-1)].map((a) =>
        a ? text(one(responseMessage(a.exchange).root, 'm:Persona'), 't:DisplayName') : '',
      );
      expectEqual(second, first, 'DisplayName of the reused contact');
    });
  },
);

Then(
  "the {role} account's IM list shows the contact in {string} only \\({level})",
  async function (this: EwsWorld, who: AccountRole, name: string, level: Level) {
    const add = this.adds.at(-1);
    if (!add) throw new Error('no contact was added in this scenario');
    const persona = one(responseMessage(add.exchange).root, 'm:Persona');
    const contact = text(persona, `${'t:Attributions/t:Attribution'}/t:SourceId/@Id`);
    const list = await this.im.list(who);
    this.verifyUnlisted(
      level,
      'the new contact is a member of the group it named, and no other',
      () => {
        const holding = list.groups.filter((g) => g.members.some((m) => m.id === contact));
        const names = holding.map((g) =>
          g.id.id === this.group(name).id.id ? name : g.displayName,
        );
        expectEqual(names.join(', '), name, 'groups holding the contact');
      },
    );
  },
);
