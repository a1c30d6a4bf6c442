import { SoapFault } from '../errors.ts';
import { Deviations } from '../faults.ts';

export const DEFAULT_CULTURE = 'en-US';

/** Cultures the mock accepts in `t:MailboxCulture` (matched case-insensitively). */
export const SUPPORTED_CULTURES = [
  'en-US',
  'en-GB',
  'fr-FR',
  'de-DE',
  'es-ES',
  'it-IT',
  'ja-JP',
  'nl-NL',
  'pt-BR',
  'zh-CN',
  'en',
  'fr',
  'de',
  'es',
  'it',
  'ja',
  'nl',
  'pt',
  'zh',
] as const;

/** The canonical spelling of a supported culture, or undefined. */
export function supportedCulture(culture: string | undefined): string | undefined {
  const wanted = culture?.toLowerCase();
  return SUPPORTED_CULTURES.find((c) => c.toLowerCase() === wanted);
}

/** A well-formed culture (the XSD checked xs:language) that the mock does not support. */
export function checkCulture(culture: string | undefined, deviations = Deviations.none()) {
  if (culture === undefined || supportedCulture(culture)) return;
  if (deviations.has('unsupported-culture-accepted')) return;
  const text = `The mailbox culture '${culture}' is not supported by this server.`;
  throw new SoapFault('ErrorUnsupportedCulture', text);
}
