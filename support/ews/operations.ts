/**
 * The 13 IM-list operations: their requirement code, their request children in schema order
 * (facts sheet section 4; all in the messages namespace) and the payload of their response.
 */
export type ArgKind = 'text' | 'id' | 'ids' | 'boolean' | 'extended-properties';

export interface ArgSpec {
  name: string;
  kind: ArgKind;
  required: boolean;
}

export interface OperationSpec {
  name: string;
  code: string;
  args: readonly ArgSpec[];
  /** The op-specific child of the response message, if any (messages namespace). */
  payload?: 'Persona' | 'ImGroup' | 'ImItemList';
}

const req = (name: string, kind: ArgKind): ArgSpec => ({ name, kind, required: true });
const opt = (name: string, kind: ArgKind): ArgSpec => ({ name, kind, required: false });

export const OPERATIONS: readonly OperationSpec[] = [
  {
    name: 'AddNewImContactToGroup',
    code: 'ANICTG',
    args: [req('ImAddress', 'text'), opt('DisplayName', 'text'), opt('GroupId', 'id')],
    payload: 'Persona',
  },
  {
    name: 'AddImContactToGroup',
    code: 'AICTG',
    args: [req('ContactId', 'id'), opt('GroupId', 'id')],
  },
  { name: 'AddImGroup', code: 'AIG', args: [req('DisplayName', 'text')], payload: 'ImGroup' },
  {
    name: 'AddNewTelUriContactToGroup',
    code: 'ANTUCTG',
    args: [
      req('TelUriAddress', 'text'),
      req('ImContactSipUriAddress', 'text'),
      req('ImTelephoneNumber', 'text'),
      opt('GroupId', 'id'),
    ],
    payload: 'Persona',
  },
  {
    name: 'AddDistributionGroupToImList',
    code: 'ADGTIL',
    args: [req('SmtpAddress', 'text'), req('DisplayName', 'text')],
    payload: 'ImGroup',
  },
  {
    name: 'GetImItemList',
    code: 'GIIL',
    args: [opt('ExtendedProperties', 'extended-properties')],
    payload: 'ImItemList',
  },
  {
    name: 'GetImItems',
    code: 'GII',
    args: [
      opt('ContactIds', 'ids'),
      opt('GroupIds', 'ids'),
      opt('ExtendedProperties', 'extended-properties'),
    ],
    payload: 'ImItemList',
  },
  { name: 'RemoveContactFromImList', code: 'RCFIL', args: [req('ContactId', 'id')] },
  { name: 'RemoveDistributionGroupFromImList', code: 'RDGFIL', args: [req('GroupId', 'id')] },
  {
    name: 'RemoveImContactFromGroup',
    code: 'RICFG',
    args: [req('ContactId', 'id'), req('GroupId', 'id')],
  },
  { name: 'RemoveImGroup', code: 'RIG', args: [req('GroupId', 'id')] },
  {
    name: 'SetImGroup',
    code: 'SIG',
    args: [req('GroupId', 'id'), req('NewDisplayName', 'text')],
  },
  {
    name: 'SetImListMigrationCompleted',
    code: 'SILMC',
    args: [req('ImListMigrationCompleted', 'boolean')],
  },
];

export function operation(name: string): OperationSpec {
  const spec = OPERATIONS.find((o) => o.name === name);
  if (!spec) {
    throw new Error(`unknown operation "${name}"; known: ${OPERATIONS.map((o) => o.name)}`);
  }
  return spec;
}
