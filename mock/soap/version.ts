import { SoapFault } from '../errors.ts';

/** ExchangeVersionType of the O365 schema (facts sheet 2.3). */
export const EXCHANGE_VERSIONS = [
  'Exchange2007',
  'Exchange2007_SP1',
  'Exchange2009',
  'Exchange2010',
  'Exchange2010_SP1',
  'Exchange2010_SP2',
  'Exchange2012',
  'Exchange2013',
  'Exchange2013_SP1',
  'Exchange2015',
  'Exchange2016',
  'V2015_10_05',
  'V2016_01_06',
  'V2016_04_13',
  'V2016_07_13',
  'V2016_10_10',
  'V2017_01_07',
  'V2017_04_14',
  'V2017_07_11',
  'V2017_10_09',
  'V2018_01_08',
] as const;

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
export function checkVersionForIm(version: string | undefined): void {
  if (version === undefined || BEFORE_IM.has(version)) {
    throw new SoapFault('ErrorIncorrectSchemaVersion');
  }
}
