import { type DataTable, Given } from '@cucumber/cucumber';
import type { RequestHeaders } from '../support/soap/envelope.ts';
import type { EwsWorld } from '../support/world.ts';

const HEADER_FIELDS: Record<string, keyof RequestHeaders> = {
  RequestServerVersion: 'version',
  MailboxCulture: 'culture',
  TimeZoneContext: 'timeZone',
};

Given('the next request carries the headers:', function (this: EwsWorld, table: DataTable) {
  for (const [name = '', value = ''] of table.raw()) {
    const field = HEADER_FIELDS[name];
    if (!field) throw new Error(`unknown header "${name}"; known: ${Object.keys(HEADER_FIELDS)}`);
    const header = field === 'version' && value === '(none)' ? null : value;
    this.nextHeaders = { ...this.nextHeaders, [field]: header };
  }
});

Given("the next request impersonates the first account's mailbox", function (this: EwsWorld) {
  this.nextHeaders = { ...this.nextHeaders, impersonate: this.account('first').mailbox };
});
