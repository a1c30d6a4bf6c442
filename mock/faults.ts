/**
 * Deviations ("fault profiles"): switchable ways in which the mock departs from EWS, so that
 * the suite can prove it notices them. This is the one catalogue of them: each entry names the
 * operation it concerns, its kind, the requirements (support/requirements/catalogue.ts) whose
 * failure or warning counts as detecting it, and the tag expression of the scenarios that
 * concern it (`npm run selftest` runs only those). Each hook sits next to the behaviour it
 * changes and asks `deviations.has(name)`.
 */
export const FAULT_KINDS = [
  'element missing',
  'element extra',
  'element renamed',
  'wrong namespace',
  'out of schema order',
  'wrong ResponseClass',
  'wrong ResponseCode',
  'wrong boolean',
  'unresolvable id',
  'wrong value',
  'wrong HTTP status',
  'wrong content type',
  'fault for a response',
  'response for a fault',
  'no ServerVersionInfo',
  'ServerVersionInfo of wrong type',
  'state effect missing',
  'state effect twice',
  'state effect too wide',
  'error not raised',
  'cleanup does nothing',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export const OPERATION = {
  ANICTG: 'AddNewImContactToGroup',
  AICTG: 'AddImContactToGroup',
  AIG: 'AddImGroup',
  ANTUCTG: 'AddNewTelUriContactToGroup',
  ADGTIL: 'AddDistributionGroupToImList',
  GIIL: 'GetImItemList',
  GII: 'GetImItems',
  RCFIL: 'RemoveContactFromImList',
  RDGFIL: 'RemoveDistributionGroupFromImList',
  RICFG: 'RemoveImContactFromGroup',
  RIG: 'RemoveImGroup',
  SIG: 'SetImGroup',
  SILMC: 'SetImListMigrationCompleted',
} as const;

export type OperationName = (typeof OPERATION)[keyof typeof OPERATION];

export interface FaultEntry {
  name: string;
  description: string;
  /** The operation(s) whose answers or effects deviate; 'all' for every message. */
  operation: OperationName | readonly OperationName[] | 'all';
  kind: FaultKind;
  /** Requirement ids: a failure of one (or a warning, when all are recommended) detects it. */
  requirements: readonly string[];
  /** Cucumber tag expression of the scenarios that concern it. */
  tags: string;
  /** Why the suite cannot detect it by design; the self-test lists it apart. */
  undetectable?: string;
}

const op = OPERATION;
/** The features' tags; the contact-limit and group-limit scenarios are slow and left out. */
const T = {
  ANICTG: '@ANICTG and not @limits',
  AIG: '@AIG and not @limits',
} as const;

export const FAULTS = [
  {
    name: 'persona-without-personaid',
    operation: op.ANICTG,
    kind: 'element missing',
    requirements: ['ANICTG-R030', 'EWS-R001'],
    tags: T.ANICTG,
    description: 'AddNewImContactToGroup returns a Persona without its PersonaId',
  },
  {
    name: 'persona-email-docs-shape',
    operation: op.ANICTG,
    kind: 'element renamed',
    requirements: ['EWS-R001', 'ANICTG-R040', 'ANICTG-R042'],
    tags: T.ANICTG,
    description:
      "AddNewImContactToGroup's Persona has the page's slip: EmailAddress/Address and " +
      'EmailAddresses/EmailAddress',
  },
  {
    name: 'attribution-not-quick-contact',
    operation: op.ANICTG,
    kind: 'wrong boolean',
    requirements: ['ANICTG-R032'],
    tags: T.ANICTG,
    description: "AddNewImContactToGroup's Persona attribution says IsQuickContact false",
  },
  {
    name: 'display-name-ignored',
    operation: op.ANICTG,
    kind: 'wrong value',
    requirements: ['ANICTG-R033', 'ANICTG-R007'],
    tags: T.ANICTG,
    description: 'a new contact gets its IM address as display name, whatever was sent',
  },
  {
    name: 'duplicate-contact',
    operation: op.ANICTG,
    kind: 'state effect twice',
    requirements: ['ANICTG-R006'],
    tags: T.ANICTG,
    description: 'adding an IM address that is already a contact creates a second contact',
  },
  {
    name: 'foreign-group-accepted',
    operation: op.ANICTG,
    kind: 'error not raised',
    requirements: ['ANICTG-R015'],
    tags: T.ANICTG,
    description:
      "AddNewImContactToGroup ignores that the GroupId is another mailbox's and adds the " +
      'contact to Other Contacts',
  },
  {
    name: 'content-type-latin1',
    operation: op.ANICTG,
    kind: 'wrong content type',
    requirements: ['ANICTG-R007'],
    tags: T.ANICTG,
    description:
      'AddNewImContactToGroup answers with Content-Type charset=iso-8859-1 over a UTF-8 body',
  },
  {
    name: 'content-type-text-plain',
    operation: op.GIIL,
    kind: 'wrong content type',
    requirements: ['EWS-R008'],
    tags: '@GIIL',
    description: 'GetImItemList answers with Content-Type text/plain instead of text/xml',
  },
  {
    name: 'getimitems-checks-change-key',
    operation: op.GII,
    kind: 'wrong value',
    requirements: ['GII-R008'],
    tags: '@GII',
    description: 'GetImItems drops ids whose ChangeKey is not the current one',
  },
  {
    name: 'addimcontact-error-not-raised',
    operation: op.AICTG,
    kind: 'error not raised',
    requirements: ['AICTG-R008'],
    tags: '@AICTG',
    description: 'AddImContactToGroup answers Success for a contact id that names no contact',
  },
  {
    name: 'addimcontact-payload',
    operation: op.AICTG,
    kind: 'element extra',
    requirements: ['AICTG-R002', 'EWS-R001'],
    tags: '@AICTG',
    description: 'AddImContactToGroupResponse also carries the ImGroup the contact joined',
  },
  {
    name: 'addimgroup-existing-name-error',
    operation: op.AIG,
    kind: 'wrong ResponseClass',
    requirements: ['AIG-R004'],
    tags: T.AIG,
    description:
      'AddImGroup answers ErrorImGroupDisplayNameAlreadyExists for the name of an existing group',
  },
  {
    name: 'addimgroup-folder-id',
    operation: op.AIG,
    kind: 'unresolvable id',
    requirements: ['AIG-R003'],
    tags: T.AIG,
    description: "AddImGroup returns the IM list folder's id as the new group's ExchangeStoreId",
  },
  {
    name: 'group-limit-off-by-one',
    operation: op.AIG,
    kind: 'error not raised',
    requirements: ['AIG-R008'],
    tags: '@AIG and @limits',
    description: 'one group more than the limit is allowed (65 user groups by default)',
  },
  {
    name: 'telurl-persona-out-of-order',
    operation: op.ANTUCTG,
    kind: 'out of schema order',
    requirements: ['ANTUCTG-R004', 'EWS-R001'],
    tags: '@ANTUCTG',
    description:
      "AddNewTelUriContactToGroup's Persona has DisplayName and DisplayNameFirstLast swapped",
  },
  {
    name: 'teluri-persona-no-phone',
    operation: op.ANTUCTG,
    kind: 'element missing',
    requirements: ['ANTUCTG-R003'],
    tags: '@ANTUCTG',
    description: "AddNewTelUriContactToGroup's Persona lacks OtherTelephones",
  },
  {
    name: 'teluri-unknown-group-accepted',
    operation: op.ANTUCTG,
    kind: 'error not raised',
    requirements: ['ANTUCTG-R008'],
    tags: '@ANTUCTG',
    description:
      'AddNewTelUriContactToGroup puts the contact in Other Contacts when GroupId names nothing',
  },
  {
    name: 'dg-wrong-group-type',
    operation: op.ADGTIL,
    kind: 'wrong value',
    requirements: ['ADGTIL-R002'],
    tags: '@ADGTIL',
    description: 'AddDistributionGroupToImList returns GroupType IPM.DistList.MOC.UserGroup',
  },
  {
    name: 'dg-unknown-address-accepted',
    operation: op.ADGTIL,
    kind: 'error not raised',
    requirements: ['ADGTIL-R005'],
    tags: '@ADGTIL',
    description:
      'AddDistributionGroupToImList adds an entry for any well-formed address, known or not',
  },
  {
    name: 'dg-added-twice',
    operation: op.ADGTIL,
    kind: 'state effect twice',
    requirements: ['ADGTIL-R004'],
    tags: '@ADGTIL',
    description: 'AddDistributionGroupToImList makes a second entry for a group already listed',
  },
  {
    name: 'getimitemlist-no-tagged-group',
    operation: op.GIIL,
    kind: 'element missing',
    requirements: ['GIIL-R002'],
    tags: '@GIIL',
    description: 'GetImItemList leaves the Tagged system group out of the list',
  },
  {
    name: 'getimitemlist-members-unresolvable',
    operation: op.GIIL,
    kind: 'unresolvable id',
    requirements: ['GIIL-R003'],
    tags: '@GIIL',
    description: "GetImItemList lists each group's members by persona id, not contact id",
  },
  {
    name: 'getimitems-extra-group',
    operation: op.GII,
    kind: 'element extra',
    requirements: ['GII-R002'],
    tags: '@GII',
    description: 'GetImItems also returns a group nobody asked for',
  },
  {
    name: 'getimitems-error-for-unknown-id',
    operation: op.GII,
    kind: 'wrong ResponseClass',
    requirements: ['GII-R005'],
    tags: '@GII',
    description: 'GetImItems answers an error for an unknown or malformed id instead of skipping',
  },
  {
    name: 'removecontact-keeps-membership',
    operation: op.RCFIL,
    kind: 'state effect missing',
    requirements: ['RCFIL-R001'],
    tags: '@RCFIL',
    description: 'RemoveContactFromImList answers Success but leaves the contact in its groups',
  },
  {
    name: 'removecontact-gone-success',
    operation: op.RCFIL,
    kind: 'error not raised',
    requirements: ['RCFIL-R002'],
    tags: '@RCFIL',
    description: 'RemoveContactFromImList answers Success for a contact no longer in the list',
  },
  {
    name: 'removedg-removes-all',
    operation: op.RDGFIL,
    kind: 'state effect too wide',
    requirements: ['RDGFIL-R004'],
    tags: '@RDGFIL',
    description: 'RemoveDistributionGroupFromImList also removes the other distribution groups',
  },
  {
    name: 'removedg-noop',
    operation: op.RDGFIL,
    kind: 'cleanup does nothing',
    requirements: ['RDGFIL-R003'],
    tags: '@RDGFIL',
    description: 'RemoveDistributionGroupFromImList answers Success but keeps the entry',
  },
  {
    name: 'cleanup-noop',
    operation: [op.RIG, op.RICFG],
    kind: 'cleanup does nothing',
    requirements: ['RIG-R003', 'RICFG-R003'],
    tags: '@RIG or @RICFG',
    description: 'RemoveImGroup and RemoveImContactFromGroup answer Success but change nothing',
  },
  {
    name: 'removemember-not-member-accepted',
    operation: op.RICFG,
    kind: 'error not raised',
    requirements: ['RICFG-R005'],
    tags: '@RICFG',
    description: 'RemoveImContactFromGroup answers Success for a contact not in the group',
  },
  {
    name: 'removemember-contact-kept',
    operation: op.RICFG,
    kind: 'state effect missing',
    requirements: ['RICFG-R004'],
    tags: '@RICFG',
    description:
      'RemoveImContactFromGroup keeps a contact left in no group in Quick Contacts (no delete)',
    undetectable:
      'GetImItemList shows personas only for group members, so a contact in no group looks ' +
      'deleted; probing its id with AddImContactToGroup would put it back on a live server',
  },
  {
    name: 'removeimgroup-system-group',
    operation: op.RIG,
    kind: 'error not raised',
    requirements: ['RIG-R006'],
    tags: '@RIG',
    description: 'RemoveImGroup removes a system group such as Favorites',
  },
  {
    name: 'removeimgroup-unknown-item-not-found',
    operation: op.RIG,
    kind: 'wrong ResponseCode',
    requirements: ['RIG-R006'],
    tags: '@RIG',
    description: 'RemoveImGroup answers ErrorItemNotFound for a group not in the mailbox',
  },
  {
    name: 'setimgroup-no-rename',
    operation: op.SIG,
    kind: 'state effect missing',
    requirements: ['SIG-R003'],
    tags: '@SIG',
    description: 'SetImGroup answers Success but the group keeps its old name',
  },
  {
    name: 'setimgroup-own-name-accepted',
    operation: op.SIG,
    kind: 'error not raised',
    requirements: ['SIG-R004'],
    tags: '@SIG',
    description: "SetImGroup accepts the group's own current name as its new name",
  },
  {
    name: 'setimgroup-returns-group',
    operation: op.SIG,
    kind: 'element extra',
    requirements: ['SIG-R002', 'EWS-R001'],
    tags: '@SIG',
    description: 'SetImGroupResponse carries the renamed ImGroup with its new change key',
  },
  {
    name: 'migration-flag-fault',
    operation: op.SILMC,
    kind: 'fault for a response',
    requirements: ['SILMC-R001'],
    tags: '@SILMC',
    description: 'SetImListMigrationCompleted answers an ErrorInternalServerError SOAP fault',
  },
  {
    name: 'migration-flag-not-stored',
    operation: op.SILMC,
    kind: 'state effect missing',
    requirements: ['SILMC-R004'],
    tags: '@SILMC',
    description: 'SetImListMigrationCompleted answers Success but does not store the flag',
    undetectable:
      'no operation reads the flag back (SILMC-R004 is informative): only the mock knows it',
  },
  {
    name: 'https-namespace-response',
    operation: 'all',
    kind: 'wrong namespace',
    requirements: ['EWS-R001'],
    tags: T.ANICTG,
    description: 'response messages use the https:// messages and types namespaces',
  },
  {
    name: 'success-without-response-code',
    operation: 'all',
    kind: 'element missing',
    requirements: ['RDGFIL-R001'],
    tags: '@RDGFIL',
    description: 'Success response messages carry no ResponseCode (the schema allows that)',
  },
  {
    name: 'no-server-version-info',
    operation: 'all',
    kind: 'no ServerVersionInfo',
    requirements: ['EWS-R004'],
    tags: T.ANICTG,
    description: 'responses carry no ServerVersionInfo SOAP header',
  },
  {
    name: 'server-version-wrong-type',
    operation: 'all',
    kind: 'ServerVersionInfo of wrong type',
    requirements: ['EWS-R004', 'EWS-R001'],
    tags: T.ANICTG,
    description: 'ServerVersionInfo has MajorVersion="15.2", which is no xs:int',
  },
  {
    name: 'old-version-accepted',
    operation: 'all',
    kind: 'response for a fault',
    requirements: ['GIIL-R007'],
    tags: '@GIIL',
    description: 'a RequestServerVersion older than Exchange2013 is answered as if it were 2013',
  },
  {
    name: 'unsupported-culture-accepted',
    operation: 'all',
    kind: 'response for a fault',
    requirements: ['ANICTG-R012'],
    tags: T.ANICTG,
    description: 'a well-formed MailboxCulture the server lacks is accepted, not refused',
  },
  {
    name: 'fault-status-200',
    operation: 'all',
    kind: 'wrong HTTP status',
    requirements: ['EWS-R003'],
    tags: T.AIG,
    description: 'SOAP faults are sent with HTTP status 200',
  },
  {
    name: 'error-status-500',
    operation: 'all',
    kind: 'wrong HTTP status',
    requirements: ['EWS-R006'],
    tags: T.ANICTG,
    description: 'error response messages (ResponseClass Error) are sent with HTTP status 500',
  },
  {
    name: 'fault-code-wrong-namespace',
    operation: 'all',
    kind: 'wrong namespace',
    requirements: ['EWS-R002'],
    tags: '@SIG',
    description: "a SOAP fault's faultcode prefix is bound to the messages namespace",
  },
  {
    name: 'schema-fault-without-position',
    operation: 'all',
    kind: 'element missing',
    requirements: ['EWS-R005'],
    tags: T.AIG,
    description: 'ErrorSchemaValidation faults give the Violation without LineNumber/Position',
  },
] as const satisfies readonly FaultEntry[];

export type FaultName = (typeof FAULTS)[number]['name'];

/** The operations a fault concerns, as a list ('all' stays 'all'). */
export function faultOperations(fault: FaultEntry): readonly OperationName[] | 'all' {
  if (fault.operation === 'all') return 'all';
  return typeof fault.operation === 'string' ? [fault.operation] : fault.operation;
}

/**
 * One line per fault for `npm run mock -- --list-faults`, tab-separated: name, operation(s),
 * kind, the requirements that detect it, the tags of its scenarios, what it does, and why it
 * cannot be detected when that is so.
 */
export function faultLine(fault: FaultEntry): string {
  const ops = faultOperations(fault);
  const cells = [
    fault.name,
    ops === 'all' ? 'all operations' : ops.join(', '),
    fault.kind,
    fault.requirements.join(' '),
    fault.tags,
    fault.description,
    ...(fault.undetectable ? [`undetectable: ${fault.undetectable}`] : []),
  ];
  return cells.join('\t');
}

export function findFault(name: string): FaultEntry | undefined {
  return (FAULTS as readonly FaultEntry[]).find((f) => f.name === name);
}

export class Deviations {
  private constructor(private readonly active: ReadonlySet<FaultName>) {}

  static none(): Deviations {
    return new Deviations(new Set());
  }

  /** Throws, naming the known faults, when a name is not in the catalogue. */
  static parse(names: readonly string[] = []): Deviations {
    const known: readonly string[] = FAULTS.map((f) => f.name);
    const unknown = names.filter((n) => !known.includes(n));
    if (unknown.length > 0) {
      const list = known.join(', ');
      throw new Error(`unknown mock fault(s): ${unknown.join(', ')}; known faults: ${list}`);
    }
    return new Deviations(new Set(names as FaultName[]));
  }

  has(name: FaultName): boolean {
    return this.active.has(name);
  }

  list(): FaultName[] {
    return [...this.active];
  }
}
