import { type Env, isSmtpAddress, readSettingFile } from './env.ts';

/**
 * The accounts of a live target: who logs in (EWS_USERNAME, or DOMAIN\user for NTLM), with what
 * (a password, or a token for Bearer), and which mailbox is meant (EWS_MAILBOX where the login
 * name is not an SMTP address). The same shape for EWS_SECOND_* and EWS_IMPERSONATOR_*.
 */
export type AuthScheme = 'basic' | 'ntlm' | 'bearer';
export const AUTH_SCHEMES: readonly AuthScheme[] = ['basic', 'ntlm', 'bearer'];

export interface Credentials {
  /** The login name as written: user@contoso.com, CONTOSO\user1, or user1 with EWS_DOMAIN. */
  username: string;
  /** Empty for Bearer. */
  password: string;
  /** The SMTP address of the mailbox the account acts in. */
  mailbox: string;
  /** NTLM domain: the DOMAIN of DOMAIN\user, else EWS_DOMAIN. */
  domain?: string;
  /** Bearer: the token from *TOKEN or the file *TOKEN_FILE. */
  token?: string;
}

export type AccountRole = 'first' | 'second' | 'impersonator';

function token(env: Env, prefix: string, problems: string[]): string | undefined {
  const inline = env[`${prefix}TOKEN`];
  const path = env[`${prefix}TOKEN_FILE`];
  if (inline && path) problems.push(`set ${prefix}TOKEN or ${prefix}TOKEN_FILE, not both`);
  if (inline) return inline.trim();
  if (!path) return undefined;
  const text = readSettingFile(`${prefix}TOKEN_FILE`, path, problems)?.text.trim();
  if (text === '') problems.push(`${prefix}TOKEN_FILE ${path} is empty`);
  return text || undefined;
}

function domainOf(username: string, env: Env): string | undefined {
  const slash = username.indexOf('\\');
  return slash > 0 ? username.slice(0, slash) : env.EWS_DOMAIN || undefined;
}

function mailboxOf(env: Env, prefix: string, username: string, problems: string[]): string {
  const mailbox = env[`${prefix}MAILBOX`] ?? username;
  if (!isSmtpAddress(mailbox)) {
    const who = username ? `${username}'s mailbox` : 'the mailbox';
    problems.push(`${prefix}MAILBOX must give the SMTP address of ${who}, not "${mailbox}"`);
  }
  return mailbox;
}

function bearer(env: Env, prefix: string, problems: string[]): Credentials | undefined {
  const found = token(env, prefix, problems);
  const username = env[`${prefix}USERNAME`] ?? env[`${prefix}MAILBOX`] ?? '';
  if (!found && !username) return undefined;
  if (!found) {
    problems.push(`EWS_AUTH is bearer: ${prefix}TOKEN or ${prefix}TOKEN_FILE is needed`);
    return undefined;
  }
  const mailbox = mailboxOf(env, prefix, username, problems);
  return { username: username || mailbox, password: '', mailbox, token: found };
}

/** One account's settings, or undefined when none of them is set. */
export function credentials(
  env: Env,
  prefix: string,
  scheme: AuthScheme,
  problems: string[],
): Credentials | undefined {
  if (scheme === 'bearer') return bearer(env, prefix, problems);
  const username = env[`${prefix}USERNAME`];
  const password = env[`${prefix}PASSWORD`];
  if (!username && !password) return undefined;
  if (!username || !password) {
    problems.push(`${prefix}USERNAME and ${prefix}PASSWORD must be set together`);
    return undefined;
  }
  const mailbox = mailboxOf(env, prefix, username, problems);
  return { username, password, mailbox, domain: domainOf(username, env) };
}

interface PoolEntry {
  username?: unknown;
  password?: unknown;
  mailbox?: unknown;
  token?: unknown;
}

function poolAccount(
  entry: PoolEntry,
  at: string,
  env: Env,
  scheme: AuthScheme,
  problems: string[],
) {
  const fields: Env = {};
  for (const key of ['username', 'password', 'mailbox', 'token'] as const) {
    const value = entry[key];
    if (value !== undefined && typeof value !== 'string') problems.push(`${at}.${key}: a string`);
    if (typeof value === 'string') fields[`POOL_${key.toUpperCase()}`] = value;
  }
  const found = credentials({ ...fields, EWS_DOMAIN: env.EWS_DOMAIN }, 'POOL_', scheme, []);
  if (!found)
    problems.push(`${at}: needs username and ${scheme === 'bearer' ? 'token' : 'password'}`);
  return found;
}

/**
 * EWS_ACCOUNTS: a JSON file with an array of test accounts
 * (`[{"username": "...", "password": "...", "mailbox": "..."}]`, `token` for Bearer), one mailbox
 * per parallel worker. The accounts' mailboxes must all differ.
 */
export function accountPool(env: Env, scheme: AuthScheme, problems: string[]): Credentials[] {
  if (!env.EWS_ACCOUNTS) return [];
  const file = readSettingFile('EWS_ACCOUNTS', env.EWS_ACCOUNTS, problems);
  if (!file) return [];
  let entries: unknown;
  try {
    entries = JSON.parse(file.text);
  } catch (err) {
    problems.push(`EWS_ACCOUNTS ${file.path} is not JSON: ${(err as Error).message}`);
    return [];
  }
  if (!Array.isArray(entries) || entries.length === 0) {
    problems.push(`EWS_ACCOUNTS ${file.path} must hold a non-empty JSON array of accounts`);
    return [];
  }
  const pool = entries.flatMap((e, i): Credentials[] => {
    const at = `EWS_ACCOUNTS[${i}]`;
    if (typeof e === 'object' && e !== null) {
      return [poolAccount(e as PoolEntry, at, env, scheme, problems) ?? []].flat();
    }
    problems.push(`${at}: an object with username and password`);
    return [];
  });
  const mailboxes = pool.map((a) => a.mailbox.toLowerCase());
  if (new Set(mailboxes).size !== mailboxes.length) {
    problems.push(`EWS_ACCOUNTS ${file.path}: two accounts name the same mailbox`);
  }
  return pool;
}
