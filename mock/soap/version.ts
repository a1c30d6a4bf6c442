import { EXCHANGE_VERSIONS } from '../../support/ews/versions.ts';
import { SoapFault } from '../errors.ts';
import { Deviations } from '../faults.ts';

/** Versions whose schema has no IM list operations. */
const BEFORE_IM = new Set<string>(
  EXCHANGE_VERSIONS.slice(0, EXCHANGE_VERSIONS.indexOf('Exchange2013')),
);

/** A present Version outside the enum: ErrorInvalidServerVersion (checked before the XSD). */
export function checkVersionValue(version: string | undefined): void {
  if (version === undefined) return;
  if (!(EXCHANGE_VERSIONS as readonly string[]).includes(version)) {
    throw new SoapFault('ErrorInvalidServerVersion');
  }
}

/**
 * Checked only after the request passed the (latest) schema: a missing header means the
 * oldest schema, which, like every version before Exchange2013, lacks the IM operations.
 */
export function checkVersionForIm(version: string | undefined, deviations = Deviations.none()) {
  if (version !== undefined && deviations.has('old-version-accepted')) return;
  if (version === undefined || BEFORE_IM.has(version)) {
    throw new SoapFault('ErrorIncorrectSchemaVersion');
  }
}
