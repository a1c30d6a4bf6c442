import type { Contact, Mailbox } from '../state/mailbox.ts';
import { element, idElement, textElement } from './write.ts';

/** int.MaxValue: the relevance score EWS gives IM contacts. */
export const RELEVANCE = '2147483647';
/** A persona has a single attribution (one contact), so every value points at "0". */
const ATTRIBUTION_ID = '0';

/** How a persona's one attribution describes its source contact. */
export interface AttributionSource {
  /** "Outlook" or "Lync Contacts" in the DOCS examples (localized on real servers). */
  displayName: string;
  isWritable: boolean;
  /** Whether the attribution names the Quick Contacts folder. */
  withFolder: boolean;
  /** False only under the `attribution-not-quick-contact` deviation. */
  isQuickContact?: boolean;
}

/** xs:dateTime in UTC without fractional seconds. */
export function xsDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function valueAttributions(): string {
  return element('t:Attributions', textElement('t:Attribution', ATTRIBUTION_ID));
}

/** An ArrayOfStringAttributedValuesType element with one value. */
export function stringValues(name: string, value: string): string {
  const item = textElement('t:Value', value) + valueAttributions();
  return element(name, element('t:StringAttributedValue', item));
}

/** An ArrayOfPhoneNumberAttributedValuesType element with one number. */
export function phoneValues(name: string, number: string, type: string): string {
  const phone = textElement('t:Number', number) + textElement('t:Type', type);
  const item = element('t:Value', phone) + valueAttributions();
  return element(name, element('t:PhoneNumberAttributedValue', item));
}

/** `t:Attributions` with the one attribution of a Quick Contact (PersonaAttributionType). */
export function attribution(contact: Contact, mailbox: Mailbox, source: AttributionSource) {
  const sourceId = mailbox.id('contact', contact.number);
  const changeKey = mailbox.changeKey('contact', contact.revision);
  const folderKey = mailbox.changeKey('folder', 1);
  const folder = source.withFolder
    ? idElement('t:FolderId', mailbox.quickContactsFolderId(), folderKey)
    : '';
  const inner = [
    textElement('t:Id', ATTRIBUTION_ID),
    idElement('t:SourceId', sourceId, changeKey),
    textElement('t:DisplayName', source.displayName),
    textElement('t:IsWritable', String(source.isWritable)),
    textElement('t:IsQuickContact', String(source.isQuickContact ?? true)),
    textElement('t:IsHidden', 'false'),
    folder,
  ].join('');
  return element('t:Attributions', element('t:Attribution', inner));
}
