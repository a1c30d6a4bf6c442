import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Requirement } from '../requirements/types.ts';

/**
 * The requirement catalogue (support/requirements/catalogue.ts, `REQUIREMENTS`), loaded when
 * present. Without it the report still shows every requirement a run names in its check
 * records or scenario tags.
 */
const CATALOGUE = new URL('../requirements/catalogue.ts', import.meta.url);

function isRequirement(v: unknown): v is Requirement {
  const r = v as Partial<Requirement> | null;
  return typeof r?.id === 'string' && typeof r.operation === 'string';
}

export async function loadCatalogue(): Promise<readonly Requirement[]> {
  if (!existsSync(fileURLToPath(CATALOGUE))) return [];
  const module = (await import(CATALOGUE.href)) as { REQUIREMENTS?: unknown };
  const list = module.REQUIREMENTS;
  if (!Array.isArray(list) || !list.every(isRequirement)) {
    throw new Error(`${fileURLToPath(CATALOGUE)} does not export REQUIREMENTS as requirements`);
  }
  return list;
}
