/** ExchangeVersionType of the published schema (facts sheet 2.3), oldest first. */
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

/** The IM-list operations were introduced with this version. */
export const FIRST_IM_VERSION = 'Exchange2013';

export function isImCapable(version: string): boolean {
  const index = EXCHANGE_VERSIONS.indexOf(version as (typeof EXCHANGE_VERSIONS)[number]);
  return index >= EXCHANGE_VERSIONS.indexOf(FIRST_IM_VERSION);
}
