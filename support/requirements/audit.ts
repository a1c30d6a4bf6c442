import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import { OPERATIONS } from '../ews/operations.ts';
import type { CatalogueEntry } from './catalogue.ts';

/**
 * Consistency of the catalogue with the features and the code, for the unit tests: ids and
 * tags well-formed and known, no scenario whose tags leave a check's requirement ambiguous,
 * and every required requirement verified by something.
 */
export interface TaggedScenario {
  where: string;
  tags: readonly string[];
}

const CODES = ['EWS', ...OPERATIONS.map((o) => o.code)];
export const ID_PATTERN = new RegExp(`^(${CODES.join('|')})-R\\d{3}$`);
/** A tag meant as a requirement id: an upper-case code, a dash and R. */
const ID_LIKE = /^@[A-Z]+-R/;

/** Every scenario (each example row of an outline) of a feature text, with inherited tags. */
export function scenariosOf(uri: string, text: string): TaggedScenario[] {
  const newId = IdGenerator.incrementing();
  const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
  const pickles = compile(parser.parse(text), uri, newId);
  return pickles.map((p) => ({ where: `${uri}: ${p.name}`, tags: p.tags.map((t) => t.name) }));
}

export function featureScenarios(dir: string): TaggedScenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.feature'))
    .flatMap((f) => scenariosOf(f, readFileSync(join(dir, f), 'utf-8')));
}

export function catalogueProblems(entries: readonly CatalogueEntry[]): string[] {
  const seen = new Set<string>();
  return entries.flatMap((e) => {
    const problems: string[] = [];
    if (!ID_PATTERN.test(e.id)) problems.push(`${e.id}: not <CODE>-R<3 digits>`);
    if (seen.has(e.id)) problems.push(`${e.id}: listed twice`);
    seen.add(e.id);
    const code = OPERATIONS.find((o) => o.name === e.operation)?.code ?? 'EWS';
    if (!e.id.startsWith(`${code}-`)) problems.push(`${e.id}: operation ${e.operation}`);
    if (!e.statement.trim() || /\n/.test(e.statement)) problems.push(`${e.id}: statement`);
    if (!e.source.trim()) problems.push(`${e.id}: no source`);
    return problems;
  });
}

/** Tags that name no catalogue id, or that leave a check's requirement ambiguous. */
export function tagProblems(
  scenarios: readonly TaggedScenario[],
  entries: readonly CatalogueEntry[],
): string[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return scenarios.flatMap((s) => {
    const unknown = s.tags
      .filter((t) => ID_LIKE.test(t) && !byId.has(t.slice(1)))
      .map((t) => `${s.where}: ${t} is not a catalogue id`);
    const tagged = s.tags.flatMap((t) => byId.get(t.slice(1)) ?? []);
    return [...unknown, ...foreign(s, tagged), ...ambiguous(s, tagged)];
  });
}

function operationOf(s: TaggedScenario): string | undefined {
  return OPERATIONS.find((o) => s.tags.includes(`@${o.code}`))?.name;
}

function foreign(s: TaggedScenario, tagged: readonly CatalogueEntry[]): string[] {
  const op = operationOf(s);
  return tagged
    .filter((e) => e.operation !== '*' && e.operation !== op)
    .map((e) => `${s.where}: ${e.id} belongs to ${e.operation}, not to ${op ?? 'no operation'}`);
}

function ambiguous(s: TaggedScenario, tagged: readonly CatalogueEntry[]): string[] {
  const owners = new Map<string, string[]>();
  for (const e of tagged) {
    for (const key of e.keys) owners.set(key, [...(owners.get(key) ?? []), e.id]);
  }
  return [...owners]
    .filter(([, ids]) => ids.length > 1)
    .map(([key, ids]) => `${s.where}: the check "${key}" could judge ${ids.join(' or ')}`);
}

/**
 * Required requirements verified by nothing: no scenario tag for `scenario` ones; no code that
 * names the id for `every-message` and `mock-only` ones; `not-testable-live` is never enough.
 */
export function coverageProblems(
  scenarios: readonly TaggedScenario[],
  entries: readonly CatalogueEntry[],
  code: string,
): string[] {
  const tags = new Set(scenarios.flatMap((s) => s.tags));
  return entries
    .filter((e) => e.level === 'required')
    .filter((e) => {
      if (e.verifiedBy === 'scenario') return !tags.has(`@${e.id}`);
      if (e.verifiedBy === 'not-testable-live') return true;
      return !code.includes(`'${e.id}'`);
    })
    .map((e) => `${e.id} (${e.verifiedBy}) is required but verified by nothing`);
}
