import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import {
  type AccountRole,
  AUTH_SCHEMES,
  type AuthScheme,
  accountPool,
  type Credentials,
  credentials,
} from './config/accounts.ts';
import {
  choice,
  count,
  type Env,
  flag,
  isSmtpAddress,
  REPO_ROOT,
  readSettingFile,
  withConfigFile,
} from './config/env.ts';
import { EXCHANGE_VERSIONS, isImCapable } from './ews/versions.ts';
import { schemaFolderProblems } from './schema/folder.ts';

export type { AccountRole, AuthScheme, Credentials };

/**
 * The run's configuration, read once from the environment and the optional EWS_CONFIG file
 * (the environment wins). Every problem is collected and reported together, before anything is
 * sent (exit code 2). The README's settings table documents each variable.
 */
export interface LiveTarget {
  kind: 'live';
  url: string;
  accounts: Partial<Record<AccountRole, Credentials>> & { first: Credentials };
  /** EWS_ACCOUNTS: further test accounts, one mailbox per parallel worker. */
  pool: Credentials[];
}

/** The embedded mock's settings (EWS_MOCK_*), the same choices as `npm run mock`'s flags. */
export interface EmbeddedTarget {
  kind: 'embedded';
  auth: AuthScheme;
  tls: boolean;
  throttle: boolean;
  /** EWS_MOCK_ACCOUNTS, absolute: a JSON file of the mock's accounts. */
  accountsFile: string | undefined;
}

/** Scenarios that change what the suite cannot restore, or that take long, are opt-in live. */
export interface Optional {
  /** A distribution group that exists on the server (EWS_DG_ADDRESS). */
  dgAddress: string | undefined;
  /** Another one (EWS_SECOND_DG_ADDRESS), to show that removing one leaves the other. */
  secondDgAddress: string | undefined;
  /** EWS_LIMITS=1: fill the mailbox up to the group and contact limits. */
  limits: boolean;
  maxGroups: number;
  maxContacts: number;
  /** EWS_MIGRATION_FLAG=1: send SetImListMigrationCompleted. */
  migrationFlag: boolean;
}

export interface Config {
  target: LiveTarget | EmbeddedTarget;
  optional: Optional;
  version: string;
  timeoutMs: number;
  /** EWS_AUTH: how every account logs in. */
  auth: AuthScheme;
  /** EWS_INSECURE_TLS=1: certificates are not verified (the report says so). */
  insecureTls: boolean;
  /** EWS_CA_FILE, absolute: a PEM file of further trusted CAs (the launcher hands it to Node). */
  caFile: string | undefined;
  /** EWS_IMPERSONATE: the whole run acts, through the first account, in this mailbox. */
  impersonate: string | undefined;
  /** EWS_READ_ONLY=1: only the scenarios that change nothing. */
  readOnly: boolean;
  /** EWS_KEEP_DATA=1: what the run created is left in place, for debugging. */
  keepData: boolean;
  /** Unique per run (time and a random part); EWS_RUN_ID hands it to worker processes. */
  runId: string;
  /** The prefix of every name the run creates: `ewsct-<run id>` unless EWS_RUN_PREFIX. */
  runPrefix: string;
  /** EWS_SCHEMA_DIR, absolute: a folder with messages.xsd and types.xsd, else the target's own. */
  schemaDir: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function checkUrl(url: string, problems: string[]): void {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error();
    if (parsed.username || parsed.password) {
      problems.push('EWS_URL must not carry credentials; use EWS_USERNAME and EWS_PASSWORD');
    }
    if (parsed.pathname === '/' || parsed.pathname === '') {
      problems.push(
        `EWS_URL has no path; the endpoint is usually ${parsed.origin}/EWS/Exchange.asmx`,
      );
    }
  } catch {
    problems.push(`EWS_URL is not an http(s) URL with a path: ${url}`);
  }
}

function liveTarget(env: Env, url: string, auth: AuthScheme, problems: string[]) {
  checkUrl(url, problems);
  const first = credentials(env, 'EWS_', auth, problems);
  if (!first && !env.EWS_USERNAME && !env.EWS_PASSWORD && !env.EWS_TOKEN) {
    const what =
      auth === 'bearer' ? 'EWS_TOKEN (or EWS_TOKEN_FILE)' : 'EWS_USERNAME and EWS_PASSWORD';
    problems.push(`EWS_URL is set, so ${what} are needed too`);
  }
  const second = credentials(env, 'EWS_SECOND_', auth, problems);
  const impersonator = credentials(env, 'EWS_IMPERSONATOR_', auth, problems);
  const pool = accountPool(env, auth, problems);
  if (!first) return undefined;
  const target: LiveTarget = { kind: 'live', url, accounts: { first, second, impersonator }, pool };
  return target;
}

function embeddedTarget(env: Env, problems: string[]): EmbeddedTarget {
  const file = env.EWS_MOCK_ACCOUNTS;
  return {
    kind: 'embedded',
    auth: choice(env, 'EWS_MOCK_AUTH', AUTH_SCHEMES, problems),
    tls: flag(env, 'EWS_MOCK_TLS', problems),
    throttle: flag(env, 'EWS_MOCK_THROTTLE', problems),
    accountsFile: file ? readSettingFile('EWS_MOCK_ACCOUNTS', file, problems)?.path : undefined,
  };
}

/** Settings for the other kind of target are a mistake worth stopping for. */
function misplaced(env: Env, live: boolean, problems: string[]): void {
  const names = Object.keys(env).filter((k) => env[k] !== undefined);
  const wrong = live
    ? names.filter((k) => k.startsWith('EWS_MOCK_'))
    : names.filter((k) =>
        /^EWS_(SECOND_|IMPERSONATOR_)?(USERNAME|PASSWORD|TOKEN|TOKEN_FILE)$/.test(k),
      );
  if (wrong.length === 0) return;
  problems.push(
    live
      ? `${wrong.join(', ')} only apply to the embedded mock, but EWS_URL names a live server`
      : `${wrong.join(', ')} set but EWS_URL is not: which server is meant?`,
  );
}

function version(env: Env, problems: string[]): string {
  const value = env.EWS_VERSION ?? 'Exchange2013';
  if (!(EXCHANGE_VERSIONS as readonly string[]).includes(value)) {
    problems.push(
      `EWS_VERSION "${value}" is not in the schema's list: ${EXCHANGE_VERSIONS.join(', ')}`,
    );
  } else if (!isImCapable(value)) {
    problems.push(`EWS_VERSION "${value}" predates the IM operations (Exchange2013 or later)`);
  }
  return value;
}

function timeout(env: Env, problems: string[]): number {
  const raw = env.EWS_TIMEOUT_MS ?? '30000';
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    problems.push(`EWS_TIMEOUT_MS must be a positive whole number of milliseconds, not "${raw}"`);
  }
  return value;
}

function address(env: Env, name: string, problems: string[]): string | undefined {
  const value = env[name];
  if (value !== undefined && !isSmtpAddress(value)) {
    problems.push(`${name} must be an SMTP address, not "${value}"`);
  }
  return value;
}

function optional(env: Env, problems: string[]): Optional {
  return {
    dgAddress: address(env, 'EWS_DG_ADDRESS', problems),
    secondDgAddress: address(env, 'EWS_SECOND_DG_ADDRESS', problems),
    limits: flag(env, 'EWS_LIMITS', problems),
    maxGroups: count(env, 'EWS_MAX_GROUPS', 64, problems),
    maxContacts: count(env, 'EWS_MAX_CONTACTS', 1000, problems),
    migrationFlag: flag(env, 'EWS_MIGRATION_FLAG', problems),
  };
}

function newRunId(): string {
  const time = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15).toLowerCase();
  return `${time}-${randomBytes(3).toString('hex')}`;
}

/** One run id per process; worker processes get the launcher's through EWS_RUN_ID. */
const PROCESS_RUN_ID = newRunId();

function runId(env: Env, problems: string[]): string {
  const value = env.EWS_RUN_ID ?? PROCESS_RUN_ID;
  if (!/^[0-9]{8}t[0-9]{6}-[0-9a-f]{6}$/.test(value)) {
    problems.push(`EWS_RUN_ID must look like 20261203t112233-a1b2c3, not "${value}"`);
  }
  return value;
}

function runPrefix(env: Env, id: string, problems: string[]): string {
  const value = env.EWS_RUN_PREFIX ?? `ewsct-${id}`;
  if (!/^[a-z][a-z0-9-]{3,30}$/.test(value)) {
    problems.push(`EWS_RUN_PREFIX must be 4-31 lower-case letters, digits or dashes: ${value}`);
  }
  return value;
}

/** EWS_SCHEMA_DIR, resolved from the repository root when relative. */
function schemaDir(env: Env, problems: string[]): string | undefined {
  if (!env.EWS_SCHEMA_DIR) return undefined;
  const dir = resolve(REPO_ROOT, env.EWS_SCHEMA_DIR);
  problems.push(...schemaFolderProblems(dir).map((p) => `EWS_SCHEMA_DIR: ${p}`));
  return dir;
}

function tls(env: Env, problems: string[]) {
  const insecureTls = flag(env, 'EWS_INSECURE_TLS', problems);
  const file = env.EWS_CA_FILE;
  const caFile = file ? readSettingFile('EWS_CA_FILE', file, problems) : undefined;
  if (caFile && !caFile.text.includes('-----BEGIN CERTIFICATE-----')) {
    problems.push(`EWS_CA_FILE ${caFile.path} holds no PEM certificate`);
  }
  if (caFile && insecureTls) {
    problems.push('EWS_CA_FILE and EWS_INSECURE_TLS=1 contradict each other: choose one');
  }
  return { insecureTls, caFile: caFile?.path };
}

function target(env: Env, auth: AuthScheme, problems: string[]): Config['target'] {
  const url = env.EWS_URL;
  misplaced(env, url !== undefined, problems);
  if (url === undefined) return embeddedTarget(env, problems);
  return liveTarget(env, url, auth, problems) ?? embeddedTarget({}, []);
}

function impersonate(env: Env, config: Config, problems: string[]): string | undefined {
  const value = address(env, 'EWS_IMPERSONATE', problems);
  if (value === undefined) return undefined;
  if (config.target.kind !== 'live') {
    problems.push('EWS_IMPERSONATE needs EWS_URL: the embedded mock impersonates in its scenarios');
  } else {
    config.target.accounts.first = { ...config.target.accounts.first, mailbox: value };
  }
  return value;
}

export function loadConfig(given: Env = process.env): Config {
  const problems: string[] = [];
  const env = withConfigFile(given, problems);
  const auth = choice(env, 'EWS_AUTH', AUTH_SCHEMES, problems);
  const id = runId(env, problems);
  const config: Config = {
    target: target(env, auth, problems),
    optional: optional(env, problems),
    version: version(env, problems),
    timeoutMs: timeout(env, problems),
    auth,
    ...tls(env, problems),
    impersonate: undefined,
    readOnly: flag(env, 'EWS_READ_ONLY', problems),
    keepData: flag(env, 'EWS_KEEP_DATA', problems),
    runId: id,
    runPrefix: runPrefix(env, id, problems),
    schemaDir: schemaDir(env, problems),
  };
  config.impersonate = impersonate(env, config, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The configuration's problems, empty when there are none (for tests and tools). */
export function configProblems(env: Env): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}
