import type { Level } from '../checks.ts';
import { QUICK_CONTACT_ATTRIBUTION } from '../ews/responses.ts';
import { isXsBoolean, isXsDateTime, isXsInt, sameImAddress } from './lexical.ts';

/**
 * The expected-element table of AddNewImContactToGroup's Persona, built from the reference
 * page's element list, its success sample and the schema (facts sheet 3, 3.1, 4.1). Paths are
 * relative to `m:Persona`. Required rows are what the operation's purpose rests on; rows that
 * only the sample shows, or that the page lists without the schema requiring them, are
 * recommended: a server without them gets a warning, not a failure.
 */
export interface Sent {
  imAddress: string;
  /** The display name the request carried, if it carried one. */
  displayName?: string;
}

export type ValueRule = (value: string, sent: Sent) => string | undefined;

export interface ExpectedElement {
  path: string;
  level: Level;
  source: string;
  /** Returns why the value is wrong, or undefined when it is right. */
  value?: ValueRule;
  /** A slip of the page about this element, recorded as found. */
  slip?: string;
}

const QUICK = QUICK_CONTACT_ATTRIBUTION;
const EMAIL_VALUE = (v: string, s: Sent) =>
  sameImAddress(v, s.imAddress) ? undefined : `expected the IM address ${s.imAddress}`;

const is =
  (test: (v: string) => boolean, type: string): ValueRule =>
  (v) =>
    test(v) ? undefined : `"${v}" is not a valid ${type}`;

const equals =
  (expected: string): ValueRule =>
  (v) =>
    v === expected ? undefined : `expected "${expected}"`;

const displayNameSent: ValueRule = (v, s) =>
  s.displayName === undefined || v === s.displayName ? undefined : `expected "${s.displayName}"`;

const nonEmpty: ValueRule = (v) => (v.length > 0 ? undefined : 'is empty');

export const PERSONA_ELEMENTS: readonly ExpectedElement[] = [
  { path: 't:PersonaId/@Id', level: 'required', source: 'page list; schema 1..1', value: nonEmpty },
  { path: 't:ImAddress', level: 'required', source: 'page list', value: EMAIL_VALUE },
  {
    path: `${QUICK}/t:SourceId/@Id`,
    level: 'required',
    source: 'page: Quick Contacts',
    value: nonEmpty,
  },
  { path: 't:DisplayName', level: 'required', source: 'page list', value: displayNameSent },
  { path: 't:PersonaType', level: 'recommended', source: 'page list', value: equals('Person') },
  {
    path: 't:CreationTime',
    level: 'recommended',
    source: 'page list',
    value: is(isXsDateTime, 'xs:dateTime'),
  },
  { path: 't:DisplayNameFirstLast', level: 'recommended', source: 'page list' },
  { path: 't:DisplayNameLastFirst', level: 'recommended', source: 'page list' },
  { path: 't:FileAsId', level: 'recommended', source: 'page list' },
  { path: 't:EmailAddress/t:Name', level: 'recommended', source: 'page list' },
  {
    path: 't:EmailAddress/t:EmailAddress',
    level: 'recommended',
    source: 'page list; schema EmailAddressType',
    value: EMAIL_VALUE,
    slip:
      'the page lists "Address (string)" and its sample nests <Address>; ' +
      'the schema says EmailAddress',
  },
  {
    path: 't:EmailAddress/t:RoutingType',
    level: 'recommended',
    source: 'page list',
    value: equals('SMTP'),
  },
  {
    path: 't:EmailAddresses/t:Address/t:EmailAddress',
    level: 'recommended',
    source: 'page sample; schema ArrayOfEmailAddressesType',
    value: EMAIL_VALUE,
    slip:
      'the page list omits EmailAddresses; its sample nests <EmailAddress> ' +
      'where the schema says Address',
  },
  {
    path: 't:RelevanceScore',
    level: 'recommended',
    source: 'page list',
    value: is(isXsInt, 'xs:int'),
  },
  { path: `${QUICK}/t:Id`, level: 'recommended', source: 'page list', value: nonEmpty },
  { path: `${QUICK}/t:DisplayName`, level: 'recommended', source: 'page list' },
  {
    path: `${QUICK}/t:IsWritable`,
    level: 'recommended',
    source: 'page list',
    value: is(isXsBoolean, 'xs:boolean'),
  },
  {
    path: `${QUICK}/t:IsHidden`,
    level: 'recommended',
    source: 'page list',
    value: is(isXsBoolean, 'xs:boolean'),
  },
  { path: `${QUICK}/t:FolderId/@Id`, level: 'recommended', source: 'page list', value: nonEmpty },
  {
    path: 't:DisplayNames/t:StringAttributedValue/t:Value',
    level: 'recommended',
    source: 'page list',
    value: displayNameSent,
    slip:
      'the page links Value to ArrayOfStringValueType; ' +
      'in StringAttributedValue it is a plain xs:string',
  },
  {
    path: 't:FileAsIds/t:StringAttributedValue/t:Value',
    level: 'recommended',
    source: 'page list',
  },
  {
    path: 't:Emails1/t:EmailAddressAttributedValue/t:Value/t:EmailAddress',
    level: 'recommended',
    source: 'page list; schema EmailAddressType',
    value: EMAIL_VALUE,
  },
  {
    path: 't:ImAddresses/t:StringAttributedValue/t:Value',
    level: 'recommended',
    source: 'page list',
    value: EMAIL_VALUE,
  },
];
