import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXCHANGE_VERSIONS, isImCapable } from './ews/versions.ts';
import { schemaFolderProblems } from './schema/folder.ts';

/**
 * The run's configuration, read from the environment once. Every problem is collected and
 * reported together, before anything is sent (exit code 2).
 */
export interface Credentials {
  username: string;
  password: string;
  /** The SMTP address of the account's mailbox. */
  mailbox: string;
}

export type AccountRole = 'first' | 'second' | 'impersonator';

export interface LiveTarget {
  kind: 'live';
  url: string;
  accounts: Partial<Record<AccountRole, Credentials>> & { first: Credentials };
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
  target: LiveTarget | { kind: 'embedded' };
  optional: Optional;
  version: string;
  timeoutMs: number;
  insecureTls: boolean;
  runPrefix: string;
  /** EWS_SCHEMA_DIR, absolute: a folder with messages.xsd and types.xsd, else the target's own. */
  schemaDir: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

function credentials(env: Env, prefix: string, problems: string[]): Credentials | undefined {
  const username = env[`${prefix}USERNAME`];
  const password = env[`${prefix}PASSWORD`];
  if (!username && !password) return undefined;
  if (!username || !password) {
    problems.push(`${prefix}USERNAME and ${prefix}PASSWORD must be set together`);
    return undefined;
  }
  const mailbox = env[`${prefix}MAILBOX`] ?? username;
  if (!mailbox.includes('@')) {
    problems.push(`${prefix}MAILBOX must give the SMTP address of ${username}'s mailbox`);
  }
  return { username, password, mailbox };
}

function liveTarget(env: Env, url: string, problems: string[]): LiveTarget | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error();
    if (parsed.username || parsed.password) {
      problems.push('EWS_URL must not carry credentials; use EWS_USERNAME and EWS_PASSWORD');
    }
  } catch {
    problems.push(`EWS_URL is not an http(s) URL: ${url}`);
  }
  const first = credentials(env, 'EWS_', problems);
  if (!first && !env.EWS_USERNAME && !env.EWS_PASSWORD) {
    problems.push('EWS_URL is set, so EWS_USERNAME and EWS_PASSWORD are needed too');
  }
  const second = credentials(env, 'EWS_SECOND_', problems);
  const impersonator = credentials(env, 'EWS_IMPERSONATOR_', problems);
  if (!first) return undefined;
  return { kind: 'live', url, accounts: { first, second, impersonator } };
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

/** A switch: 1/true/yes turns it on; 0/false/no or unset leaves it off; anything else is wrong. */
function flag(env: Env, name: string, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '' || ['0', 'false', 'no'].includes(raw)) return false;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  problems.push(`${name} must be 1 (on) or 0 (off), not "${env[name]}"`);
  return false;
}

function count(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    problems.push(`${name} must be a positive whole number, not "${raw}"`);
  }
  return value;
}

function optional(env: Env, problems: string[]): Optional {
  const [dg, dg2] = ['EWS_DG_ADDRESS', 'EWS_SECOND_DG_ADDRESS'].map((name) => {
    const value = env[name];
    if (value !== undefined && !/^[^@\s]+@[^@\s]+$/.test(value)) {
      problems.push(`${name} must be an SMTP address, not "${value}"`);
    }
    return value;
  });
  return {
    dgAddress: dg,
    secondDgAddress: dg2,
    limits: flag(env, 'EWS_LIMITS', problems),
    maxGroups: count(env, 'EWS_MAX_GROUPS', 64, problems),
    maxContacts: count(env, 'EWS_MAX_CONTACTS', 1000, problems),
    migrationFlag: flag(env, 'EWS_MIGRATION_FLAG', problems),
  };
}

function runPrefix(env: Env, problems: string[]): string {
  const value = env.EWS_RUN_PREFIX ?? `ewsct-${randomBytes(4).toString('hex')}`;
  if (!/^[a-z][a-z0-9-]{3,30}$/.test(value)) {
    problems.push(`EWS_RUN_PREFIX must be 4-31 lower-case letters, digits or dashes: ${value}`);
  }
  return value;
}

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** EWS_SCHEMA_DIR, resolved from the repository root when relative. */
function schemaDir(env: Env, problems: string[]): string | undefined {
  if (!env.EWS_SCHEMA_DIR) return undefined;
  const dir = resolve(REPO_ROOT, env.EWS_SCHEMA_DIR);
  problems.push(...schemaFolderProblems(dir).map((p) => `EWS_SCHEMA_DIR: ${p}`));
  return dir;
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const url = env.EWS_URL;
  const live = url ? liveTarget(env, url, problems) : undefined;
  if (!url && (env.EWS_USERNAME || env.EWS_PASSWORD)) {
    problems.push('EWS_USERNAME/EWS_PASSWORD are set but EWS_URL is not: which server is meant?');
  }
  const config: Config = {
    target: live ?? { kind: 'embedded' },
    optional: optional(env, problems),
    version: version(env, problems),
    timeoutMs: timeout(env, problems),
    insecureTls: flag(env, 'EWS_INSECURE_TLS', problems),
    runPrefix: runPrefix(env, problems),
    schemaDir: schemaDir(env, problems),
  };
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
