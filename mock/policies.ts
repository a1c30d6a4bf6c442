/**
 * Switchable policies: where the documentation and the observed server behaviour disagree,
 * the mock follows the default named in mock/POLICIES.md, and `startMock({ policies })` (or
 * `--policy NAME=VALUE`) picks the other reading, so the suite can be tested against both.
 */
export const POLICY_CHOICES = {
  /** RemoveContactFromImList: `docs` removes the contact and deletes it; `sipe` refuses. */
  'remove-contact-from-im-list': ['docs', 'sipe'],
  /** RemoveImContactFromGroup, contact not in the group: `srv` group id, `docs` contact id. */
  'member-check': ['srv', 'docs'],
} as const;

type Choices = typeof POLICY_CHOICES;
export type PolicyName = keyof Choices;
export type Policies = { -readonly [K in PolicyName]: Choices[K][number] };

export const DEFAULT_POLICIES: Readonly<Policies> = {
  'remove-contact-from-im-list': 'docs',
  'member-check': 'srv',
};

function describeChoices(): string {
  return Object.entries(POLICY_CHOICES)
    .map(([name, values]) => `${name}=${values.join('|')}`)
    .join(', ');
}

/** The defaults with the given choices applied; throws, naming the known ones, on a bad one. */
export function resolvePolicies(
  given: Readonly<Record<string, string | undefined>> = {},
): Policies {
  const policies: Record<string, string> = { ...DEFAULT_POLICIES };
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const allowed: readonly string[] | undefined = POLICY_CHOICES[name as PolicyName];
    if (!allowed?.includes(value)) {
      throw new Error(`unknown mock policy ${name}=${value}; known policies: ${describeChoices()}`);
    }
    policies[name] = value;
  }
  return policies as Policies;
}

/** Parses `NAME=VALUE` arguments (the CLI's `--policy`). */
export function parsePolicyArgs(args: readonly string[] = []): Policies {
  const entries = args.map((arg) => {
    const at = arg.indexOf('=');
    return at < 0 ? [arg, ''] : [arg.slice(0, at), arg.slice(at + 1)];
  });
  return resolvePolicies(Object.fromEntries(entries));
}
