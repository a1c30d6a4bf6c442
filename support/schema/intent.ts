import type { RequestHeaders } from '../soap/envelope.ts';

/**
 * Which requests the suite means to be valid against the schema, when the sender does not say.
 * A request the suite builds is; header values that a feature gives verbatim (the table of
 * "the next request carries the headers:") may be wrong on purpose, so a request carrying them
 * is not. Raw envelopes are never assumed valid: their sender says so.
 */
const FEATURE_GIVEN: ReadonlyArray<keyof RequestHeaders> = ['version', 'culture', 'timeZone'];

export function builtByTheSuite(nextHeaders: Partial<RequestHeaders>): boolean {
  return !FEATURE_GIVEN.some((name) => name in nextHeaders);
}
