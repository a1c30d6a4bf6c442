import { parsePolicyArgs } from '../mock/policies.ts';
import { type MockServer, startMock } from '../mock/server.ts';
import type { AccountRole, Config, Credentials } from './config.ts';

/**
 * The server under test for this process: the live server of the configuration, or the
 * embedded mock, started once on a free loopback port and stopped at the end.
 */
export interface Target {
  url: string;
  embedded: boolean;
  accounts: Partial<Record<AccountRole, Credentials>> & { first: Credentials };
}

const MOCK_ROLES: Record<string, AccountRole> = {
  'user1@contoso.com': 'first',
  'user2@contoso.com': 'second',
  'svc@contoso.com': 'impersonator',
};

let mock: MockServer | undefined;
let current: Target | undefined;

function mockAccounts(server: MockServer): Target['accounts'] {
  const accounts: Partial<Record<AccountRole, Credentials>> = {};
  for (const a of server.accounts) {
    const role = MOCK_ROLES[a.username];
    if (role) accounts[role] = { username: a.username, password: a.password, mailbox: a.smtp };
  }
  const { first } = accounts;
  if (!first) throw new Error('the embedded mock has no user1@contoso.com account');
  return { ...accounts, first };
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
    current = { url: config.target.url, embedded: false, accounts: config.target.accounts };
    return current;
  }
  const faults = list(process.env.EWS_MOCK_FAULTS);
  const policies = parsePolicyArgs(list(process.env.EWS_MOCK_POLICIES));
  const limits = { groups: config.optional.maxGroups, contacts: config.optional.maxContacts };
  mock = await startMock({ port: 0, faults, policies, limits });
  current = { url: mock.url, embedded: true, accounts: mockAccounts(mock) };
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
