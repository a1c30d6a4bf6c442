import { loadAccountsFile } from '../mock/accounts-file.ts';
import { parsePolicyArgs } from '../mock/policies.ts';
import { type MockAccount, type MockServer, startMock } from '../mock/server.ts';
import type { AccountRole, Config, Credentials, EmbeddedTarget } from './config.ts';
import { preparedMockCertificate } from './launch-tls.ts';
import { workerAccounts, workerIndex } from './parallel.ts';

/**
 * The server under test for this process: the live server of the configuration, or the
 * embedded mock, started once on a free loopback port and stopped at the end.
 */
export interface Target {
  url: string;
  embedded: boolean;
  accounts: Partial<Record<AccountRole, Credentials>> & { first: Credentials };
  /**
   * The embedded mock over HTTPS (EWS_MOCK_TLS=1): its self-signed certificate (PEM), the one the
   * launcher made and handed to Node as NODE_EXTRA_CA_CERTS (support/launch-tls.ts), else one
   * made at start that this process does not trust.
   */
  caPem?: string;
}

const MOCK_ROLES: Record<string, AccountRole> = {
  'user1@contoso.com': 'first',
  'user2@contoso.com': 'second',
  'svc@contoso.com': 'impersonator',
};

let mock: MockServer | undefined;
let current: Target | undefined;

function credentialsOf(a: MockAccount): Credentials {
  return { username: a.username, password: a.password, mailbox: a.smtp, token: a.token };
}

/**
 * The roles of an accounts file without the seeded names: the first account is the first
 * mailbox, the first other account that may impersonate it the impersonator, and the next
 * remaining one the second mailbox.
 */
function rolesByOrder(list: MockAccount[], may: Set<string>): Record<string, AccountRole> {
  const [first, ...rest] = list;
  if (!first) return {};
  const roles: Record<string, AccountRole> = { [first.username]: 'first' };
  const impersonator = rest.find((a) => may.has(a.username));
  if (impersonator) roles[impersonator.username] = 'impersonator';
  const second = rest.find((a) => a !== impersonator);
  if (second) roles[second.username] = 'second';
  return roles;
}

function mockAccounts(server: MockServer, impersonators: Set<string>): Target['accounts'] {
  const seeded = server.accounts.some((a) => MOCK_ROLES[a.username] === 'first');
  const roles = seeded ? MOCK_ROLES : rolesByOrder(server.accounts, impersonators);
  const accounts: Partial<Record<AccountRole, Credentials>> = {};
  for (const a of server.accounts) {
    const role = roles[a.username];
    if (role) accounts[role] = credentialsOf(a);
  }
  const { first } = accounts;
  if (!first) throw new Error('the embedded mock has no account');
  return { ...accounts, first };
}

/** The embedded mock as EWS_MOCK_AUTH, _TLS, _THROTTLE and _ACCOUNTS choose it. */
async function startEmbedded(config: Config, settings: EmbeddedTarget): Promise<Target> {
  const faults = list(process.env.EWS_MOCK_FAULTS);
  const policies = parsePolicyArgs(list(process.env.EWS_MOCK_POLICIES));
  const limits = { groups: config.optional.maxGroups, contacts: config.optional.maxContacts };
  const file = settings.accountsFile ? loadAccountsFile(settings.accountsFile) : undefined;
  const { auth, tls, throttle } = settings;
  mock = await startMock({
    port: 0,
    faults,
    policies,
    limits,
    auth,
    // The certificate the launcher made and Node trusts (launch-tls.ts), else a new one.
    tls: tls ? (preparedMockCertificate() ?? true) : false,
    throttle,
    accounts: file,
  });
  const first = file?.[0]?.smtp ?? '';
  const mayImpersonateFirst = (file ?? []).filter((a) => a.mayImpersonate.includes(first));
  const impersonators = new Set(mayImpersonateFirst.map((a) => a.username));
  const target = { url: mock.url, embedded: true, accounts: mockAccounts(mock, impersonators) };
  return mock.caPem ? { ...target, caPem: mock.caPem } : target;
}

/** EWS_MOCK_FAULTS and EWS_MOCK_POLICIES: comma-separated, for the suite's self-tests. */
function list(value: string | undefined): string[] {
  return (
    value
      ?.split(',')
      .map((v) => v.trim())
      .filter(Boolean) ?? []
  );
}

export async function openTarget(config: Config): Promise<Target> {
  if (current) return current;
  if (config.target.kind === 'live') {
    // In a parallel run each worker has a first mailbox of its own (support/parallel.ts).
    const accounts = workerAccounts(config, config.target, workerIndex());
    current = { url: config.target.url, embedded: false, accounts };
    return current;
  }
  current = await startEmbedded(config, config.target);
  return current;
}

export function currentTarget(): Target {
  if (!current) throw new Error('no target: the BeforeAll hook that opens it has not run');
  return current;
}

/** Whether the target is the embedded mock (also before it is opened, e.g. in a dry run). */
export function isEmbeddedTarget(): boolean {
  return current?.embedded ?? true;
}

export async function closeTarget(): Promise<void> {
  await mock?.close();
  mock = undefined;
  current = undefined;
}
