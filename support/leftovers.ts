import type { ImItemList } from './ews/responses.ts';
import { type Doomed, noneDoomed } from './removal.ts';
import { carriesPrefix, parseRunName } from './run-names.ts';

/**
 * What earlier runs left in an IM list, found by their names' prefix alone (run-names.ts):
 * groups whose name, and contacts whose IM address or display name, carries a run prefix. The
 * user's own entries never match, so `npm run cleanup` cannot touch them.
 */
export interface RunLeftovers {
  /** `ewsct-<run id>`, or the prefix `--run` named. */
  prefix: string;
  /** From a standard prefix; absent for one that EWS_RUN_PREFIX chose. */
  startedAt?: Date;
  doomed: Doomed;
  /** One line per entry, for the listing. */
  lines: string[];
}

/** The run a name belongs to: every standard run, or only the one `--run` names. */
export type RunOf = (text: string | undefined) => { prefix: string; startedAt?: Date } | undefined;

export const standardRuns: RunOf = (text) => parseRunName(text);

export function namedRun(prefix: string): RunOf {
  return (text) => (carriesPrefix(text, prefix) ? { prefix } : undefined);
}

function entryOf(found: Map<string, RunLeftovers>, run: { prefix: string; startedAt?: Date }) {
  let entry = found.get(run.prefix);
  if (!entry) {
    entry = { ...run, doomed: noneDoomed(), lines: [] };
    found.set(run.prefix, entry);
  }
  return entry;
}

export function findLeftovers(list: ImItemList, runOf: RunOf): RunLeftovers[] {
  const found = new Map<string, RunLeftovers>();
  const members = new Set(list.groups.flatMap((g) => g.members.map((m) => m.id)));
  for (const g of list.groups) {
    const run = runOf(g.displayName);
    if (!run) continue;
    const entry = entryOf(found, run);
    entry.doomed.groups.set(g.id.id, g.id);
    entry.lines.push(`group "${g.displayName}" ${g.id.id}`);
  }
  for (const p of list.personas) {
    const run = runOf(p.imAddress) ?? runOf(p.displayName);
    const ids = p.contactIds.filter((c) => members.has(c.id));
    if (!run || ids.length === 0) continue;
    const entry = entryOf(found, run);
    for (const id of ids) entry.doomed.contacts.set(id.id, id);
    entry.lines.push(`contact ${p.imAddress ?? p.displayName ?? ''} ${ids.map((i) => i.id)}`);
  }
  return [...found.values()];
}

/** All the runs' entries as one set to remove. */
export function together(runs: readonly RunLeftovers[]): Doomed {
  const doomed = noneDoomed();
  for (const r of runs) {
    for (const [k, v] of r.doomed.groups) doomed.groups.set(k, v);
    for (const [k, v] of r.doomed.contacts) doomed.contacts.set(k, v);
  }
  return doomed;
}
