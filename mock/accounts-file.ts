/**
 * The mock's accounts file: JSON, either an array of accounts or `{ "accounts": [...] }`. Each
 * account: `username` (required), `password`, `token`, `smtp` (default: the username, which must
 * then be an SMTP address), `mayImpersonate` (SMTP addresses of other accounts of the file),
 * `imList` (`migrated`, the default, or `not-migrated`), `note`. An account without a password
 * logs in by token only; one without a token gets one derived from its address.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Account, sidOf } from './accounts.ts';
import type { ImListState } from './state/mailbox.ts';

export class AccountsFileError extends Error {
  constructor(where: string, problem: string) {
    super(`accounts file ${where}: ${problem}`);
    this.name = 'AccountsFileError';
  }
}

const FIELDS = ['username', 'password', 'token', 'smtp', 'mayImpersonate', 'imList', 'note'];
const IM_LIST_STATES: readonly ImListState[] = ['migrated', 'not-migrated'];
const SMTP = /^[^@\s\\]+@[^@\s]+\.[^@\s]+$/;
/** RFC 6750 b64token. */
const TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

type Entry = Record<string, unknown>;

function text(entry: Entry, key: string, at: string): string | undefined {
  const value = entry[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new AccountsFileError(at, `${key} must be a string`);
  return value;
}

function addresses(entry: Entry, at: string): string[] {
  const value = entry.mayImpersonate ?? [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && SMTP.test(v))) {
    throw new AccountsFileError(at, 'mayImpersonate must be an array of SMTP addresses');
  }
  return value.map((v: string) => v.toLowerCase());
}

function imList(entry: Entry, at: string): ImListState {
  const value = entry.imList ?? 'migrated';
  if (!IM_LIST_STATES.includes(value as ImListState)) {
    throw new AccountsFileError(at, `imList must be one of ${IM_LIST_STATES.join(', ')}`);
  }
  return value as ImListState;
}

function derivedToken(smtp: string): string {
  return `mock-${createHash('sha256').update(smtp).digest('hex').slice(0, 24)}`;
}

function account(entry: Entry, n: number, at: string): Account {
  const unknown = Object.keys(entry).filter((k) => !FIELDS.includes(k));
  if (unknown.length > 0) throw new AccountsFileError(at, `unknown field ${unknown.join(', ')}`);
  const username = text(entry, 'username', at)?.toLowerCase();
  if (!username) throw new AccountsFileError(at, 'username is required');
  const smtp = (text(entry, 'smtp', at) ?? username).toLowerCase();
  if (!SMTP.test(smtp)) throw new AccountsFileError(at, `"${smtp}" is no SMTP address: set smtp`);
  const token = text(entry, 'token', at) ?? derivedToken(smtp);
  if (!TOKEN.test(token)) throw new AccountsFileError(at, 'token has characters a token cannot');
  const password = text(entry, 'password', at) ?? '';
  const note = text(entry, 'note', at) ?? (password ? 'own mailbox' : 'own mailbox; token only');
  const mayImpersonate = addresses(entry, at);
  return {
    username,
    password,
    smtp,
    note,
    sid: sidOf(n),
    token,
    mayImpersonate,
    imList: imList(entry, at),
  };
}

function unique(accounts: Account[], key: 'username' | 'smtp' | 'token', path: string): void {
  const seen = new Set<string>();
  for (const a of accounts) {
    if (seen.has(a[key])) throw new AccountsFileError(path, `two accounts have the same ${key}`);
    seen.add(a[key]);
  }
}

function checkImpersonation(accounts: Account[], path: string): void {
  const known = new Set(accounts.map((a) => a.smtp));
  for (const a of accounts) {
    const stranger = a.mayImpersonate.find((smtp) => !known.has(smtp));
    if (stranger) {
      throw new AccountsFileError(path, `${a.username} may impersonate ${stranger}, no account`);
    }
  }
}

function entriesOf(data: unknown, path: string): unknown[] {
  const list = Array.isArray(data) ? data : (data as { accounts?: unknown } | null)?.accounts;
  if (!Array.isArray(list) || list.length === 0) {
    throw new AccountsFileError(
      path,
      'must hold a non-empty array of accounts (or {"accounts": [...]})',
    );
  }
  return list;
}

/** The accounts of a parsed accounts file; `path` only names it in messages. */
export function parseAccounts(data: unknown, path = '(inline)'): Account[] {
  const accounts = entriesOf(data, path).map((entry, i) => {
    const at = `${path} [${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new AccountsFileError(at, 'each account is an object with at least a username');
    }
    return account(entry as Entry, i + 1, at);
  });
  for (const key of ['username', 'smtp', 'token'] as const) unique(accounts, key, path);
  checkImpersonation(accounts, path);
  return accounts;
}

/** Reads and checks an accounts file. Throws AccountsFileError, naming the file and entry. */
export function loadAccountsFile(path: string): Account[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AccountsFileError(path, error instanceof Error ? error.message : String(error));
  }
  return parseAccounts(data, path);
}
