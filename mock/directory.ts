/**
 * The distribution groups the mock's directory knows. AddDistributionGroupToImList accepts
 * only these (facts 4.5: the group must already exist).
 */
export interface DistributionGroup {
  smtpAddress: string;
  displayName: string;
}

export const DISTRIBUTION_GROUPS: readonly DistributionGroup[] = [
  { smtpAddress: 'sales@contoso.com', displayName: 'Sales' },
  { smtpAddress: 'support@contoso.com', displayName: 'Support' },
];

/** local@domain with at least two domain labels; no display names, brackets or spaces. */
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const SMTP_ADDRESS = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+[A-Za-z]{2,}$`);

export function isSmtpAddress(text: string): boolean {
  return SMTP_ADDRESS.test(text);
}

/** The directory entry with that address (case-insensitive), if any. */
export function findDistributionGroup(smtpAddress: string): DistributionGroup | undefined {
  const wanted = smtpAddress.toLowerCase();
  return DISTRIBUTION_GROUPS.find((g) => g.smtpAddress === wanted);
}
