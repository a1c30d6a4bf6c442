/**
 * Deviations ("fault profiles"): switchable ways in which the mock departs from EWS, so that
 * the suite can prove it notices them. Each hook sits next to the behaviour it changes and
 * asks `deviations.has(name)`.
 */
export const FAULTS = [
  {
    name: 'persona-without-personaid',
    description: 'AddNewImContactToGroup returns a Persona without its PersonaId',
  },
  {
    name: 'https-namespace-response',
    description: 'response messages use the https:// messages and types namespaces',
  },
  {
    name: 'no-server-version-info',
    description: 'responses carry no ServerVersionInfo SOAP header',
  },
  {
    name: 'duplicate-contact',
    description: 'adding an IM address that is already a contact creates a second contact',
  },
  {
    name: 'display-name-ignored',
    description: 'a new contact gets its IM address as display name, whatever was sent',
  },
  {
    name: 'addimcontact-error-not-raised',
    description: 'AddImContactToGroup answers Success for a contact id that names no contact',
  },
  {
    name: 'telurl-persona-out-of-order',
    description:
      "AddNewTelUriContactToGroup's Persona has DisplayName and DisplayNameFirstLast swapped",
  },
  {
    name: 'dg-wrong-group-type',
    description: 'AddDistributionGroupToImList returns GroupType IPM.DistList.MOC.UserGroup',
  },
  {
    name: 'getimitems-extra-group',
    description: 'GetImItems also returns a group nobody asked for',
  },
  {
    name: 'removecontact-keeps-membership',
    description: 'RemoveContactFromImList answers Success but leaves the contact in its groups',
  },
  {
    name: 'removedg-removes-all',
    description: 'RemoveDistributionGroupFromImList also removes the other distribution groups',
  },
  {
    name: 'setimgroup-no-rename',
    description: 'SetImGroup answers Success but the group keeps its old name',
  },
  {
    name: 'migration-flag-fault',
    description: 'SetImListMigrationCompleted answers an ErrorInternalServerError SOAP fault',
  },
  {
    name: 'cleanup-noop',
    description: 'RemoveImGroup and RemoveImContactFromGroup answer Success but change nothing',
  },
  {
    name: 'getimitemlist-no-tagged-group',
    description: 'GetImItemList leaves the Tagged system group out of the list',
  },
  {
    name: 'group-limit-off-by-one',
    description: 'one group more than the limit is allowed (65 user groups by default)',
  },
] as const satisfies readonly { name: string; description: string }[];

export type FaultName = (typeof FAULTS)[number]['name'];

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
