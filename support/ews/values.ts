import { createHash } from 'node:crypto';
import type { EwsWorld } from '../world.ts';
import type { ArgValue } from './generic-request.ts';
import type { ItemId } from './ids.ts';
import type { ArgKind } from './operations.ts';

/**
 * The value expressions of the features' argument tables, resolved against the scenario:
 *   group "Friends", contact "Tony", groups "A", "B", contacts "A", "B", the "TYPE" group,
 *   name "Best Friends" and address "x@contoso.com" (both made unique to the run),
 *   "literal text", id "literal id", true, false, the distribution group,
 *   property 0x3001 String,
 *   the Favorites group, the Tagged group, the Other Contacts group,
 *   phone number 1 and tel uri 1 (a number unique to the run, and its tel: URI),
 *   and, for lists of ids, any of them followed by "with a wrong change key".
 */
const SYSTEM_GROUPS: Record<string, string> = {
  'the Favorites group': 'IPM.DistList.MOC.Favorites',
  'the Tagged group': 'IPM.DistList.MOC.Tagged',
  'the Other Contacts group': 'IPM.DistList.MOC.OtherContacts',
};

const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

function quoted(expr: string): string[] {
  return [...expr.matchAll(QUOTED)].map((m) => (m[1] ?? '').replace(/\\"/g, '"'));
}

function first(expr: string): string {
  const [value] = quoted(expr);
  if (value === undefined) throw new Error(`value "${expr}" needs a quoted name`);
  return value;
}

async function idValue(w: EwsWorld, expr: string): Promise<ItemId> {
  if (expr.startsWith('group ')) return w.group(first(expr)).id;
  if (expr.startsWith('contact ')) return w.contact(first(expr)).id;
  if (expr.startsWith('id ')) return { id: first(expr) };
  const type = /^the "([^"]+)" group$/.exec(expr)?.[1] ?? SYSTEM_GROUPS[expr];
  if (type) return w.systemGroupId(type);
  throw new Error(`"${expr}" is not an id expression (group "…", contact "…", id "…")`);
}

/** A change key that matches no version of any item: base64 of a fixed text. */
const WRONG_CHANGE_KEY = Buffer.from('ewsct wrong change key').toString('base64');

async function idsValue(w: EwsWorld, expr: string): Promise<ItemId[]> {
  const wrongKey = / with a wrong change key$/.exec(expr);
  if (wrongKey) {
    const ids = await idsValue(w, expr.slice(0, wrongKey.index));
    return ids.map(({ id }) => ({ id, changeKey: WRONG_CHANGE_KEY }));
  }
  const names = quoted(expr);
  if (expr.startsWith('groups ')) return names.map((n) => w.group(n).id);
  if (expr.startsWith('contacts ')) return names.map((n) => w.contact(n).id);
  if (expr.startsWith('ids ')) return names.map((id) => ({ id }));
  return [await idValue(w, expr)];
}

/**
 * `phone number N` and `tel uri N`: telephone numbers unique to the run, so that a telephone
 * contact the server reuses by its tel: URI (facts sheet 4.4) is never a user's own.
 */
export function runNumber(w: EwsWorld, n: number): string {
  const digits = createHash('sha256').update(w.names).digest().readUInt32BE(0);
  return `555${String(digits % 1_000_000).padStart(6, '0')}${n % 10}`;
}

function textValue(w: EwsWorld, expr: string): string {
  const numbered = /^(phone number|tel uri) (\d)$/.exec(expr);
  if (numbered) {
    const number = runNumber(w, Number(numbered[2]));
    return numbered[1] === 'tel uri' ? `tel:${number}` : number;
  }
  if (expr.startsWith('name ') || expr.startsWith('address ')) return w.unique(first(expr));
  if (expr === 'the distribution group') return w.distributionGroup();
  if (expr.startsWith('"')) return first(expr);
  throw new Error(`"${expr}" is not a text expression (name "…", address "…", "…")`);
}

export async function resolveValue(w: EwsWorld, kind: ArgKind, expr: string): Promise<ArgValue> {
  switch (kind) {
    case 'text':
      return textValue(w, expr);
    case 'boolean':
      if (expr !== 'true' && expr !== 'false') throw new Error(`"${expr}" is not true or false`);
      return expr === 'true';
    case 'id':
      return idValue(w, expr);
    case 'ids':
      return idsValue(w, expr);
    case 'extended-properties': {
      const m = /^property (\S+) (\S+)$/.exec(expr);
      if (!m) throw new Error(`"${expr}" is not "property TAG TYPE"`);
      return [{ propertyTag: m[1] ?? '', propertyType: m[2] ?? '' }];
    }
  }
}
