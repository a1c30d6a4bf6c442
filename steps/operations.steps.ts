import { type DataTable, When } from '@cucumber/cucumber';
import type { AccountRole } from '../support/config.ts';
import { type ArgValue, buildRequest } from '../support/ews/generic-request.ts';
import { operation } from '../support/ews/operations.ts';
import { resolveValue } from '../support/ews/values.ts';
import type { EwsWorld } from '../support/world.ts';

async function argsOf(w: EwsWorld, op: string, table: DataTable): Promise<Map<string, ArgValue>> {
  const spec = operation(op);
  const args = new Map<string, ArgValue>();
  for (const [name = '', expr = ''] of table.raw()) {
    const arg = spec.args.find((a) => a.name === name);
    if (!arg) throw new Error(`${op} has no argument ${name}`);
    args.set(name, await resolveValue(w, arg.kind, expr.trim()));
  }
  return args;
}

When(
  'the {role} account sends {word} with:',
  async function (this: EwsWorld, who: AccountRole, op: string, table: DataTable) {
    await this.sendOperation(who, op, await argsOf(this, op, table));
  },
);

When(
  'the {role} account sends {word} without arguments',
  async function (this: EwsWorld, who: AccountRole, op: string) {
    await this.sendOperation(who, op, new Map());
  },
);

async function sendWithout(
  w: EwsWorld,
  who: AccountRole,
  op: string,
  left: string,
  table?: DataTable,
) {
  const spec = operation(op);
  if (!spec.args.some((a) => a.name === left && a.required)) {
    throw new Error(`${left} is not a required argument of ${op}`);
  }
  const args = table ? await argsOf(w, op, table) : new Map<string, ArgValue>();
  if (args.has(left)) throw new Error(`the table gives ${left}, which the step leaves out`);
  await w.send(who, op, buildRequest(op, args), { meantValid: false });
}

When(
  'the {role} account sends {word} without its {word}',
  async function (this: EwsWorld, who: AccountRole, op: string, left: string) {
    await sendWithout(this, who, op, left);
  },
);

When(
  'the {role} account sends {word} without its {word}, with:',
  async function (this: EwsWorld, who: AccountRole, op: string, left: string, table: DataTable) {
    await sendWithout(this, who, op, left, table);
  },
);

When(
  'the {role} account sends the request body:',
  async function (this: EwsWorld, who: AccountRole, body: string) {
    const op = /<(?:[\w.-]+:)?([\w.-]+)/.exec(body)?.[1] ?? '(unknown)';
    const xml = body.replaceAll('tsmith@contoso.com', this.unique('tsmith@contoso.com'));
    await this.send(who, op, { xml }, { meantValid: false });
  },
);
