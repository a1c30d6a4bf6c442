import { QUICK_CONTACT_ATTRIBUTION } from '../ews/responses.ts';
import { CATALOGUE, type CatalogueEntry } from './catalogue.ts';

/**
 * Finds the requirement a generic check judges: the catalogue entry of the operation (or of
 * every message) that lists the check's key. When several do, the scenario's tags decide.
 */
export function requirementFor(
  operation: string,
  key: string,
  tags: readonly string[],
): CatalogueEntry {
  const candidates = CATALOGUE.filter(
    (e) => (e.operation === operation || e.operation === '*') && e.keys.includes(key),
  );
  const tagged = candidates.filter((e) => tags.includes(`@${e.id}`));
  const [only] = tagged.length === 1 ? tagged : candidates;
  if (only && (tagged.length === 1 || candidates.length === 1)) return only;
  const ids = candidates.map((e) => e.id).join(', ') || 'none';
  throw new Error(
    `no single requirement of ${operation} for the check "${key}" among the scenario's tags ` +
      `(candidates: ${ids}); tag the scenario with the one it verifies`,
  );
}

/** The key of an expected-element row: its path, with the Quick Contacts filter named. */
export function personaKey(path: string): string {
  const named = path.replace(
    QUICK_CONTACT_ATTRIBUTION,
    't:Attributions/t:Attribution[Quick Contacts]',
  );
  return `persona:${named}`;
}
