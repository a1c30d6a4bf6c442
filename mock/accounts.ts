/**
 * The mock's accounts: who may log in (password for Basic and NTLM, token for Bearer), which
 * mailbox each one owns and whom it may impersonate. Four seeded accounts by default; an accounts
 * file (mock/accounts-file.ts) replaces them. One AccountBook per server answers the look-ups.
 */
import type { ImListState } from './state/mailbox.ts';

export interface Account {
  /** The login name: for the seeded accounts the SMTP address. Lower case. */
  username: string;
  /** Empty: the account cannot log in with a password (Bearer only). */
  password: string;
  /** The mailbox's primary SMTP address. Lower case. */
  smtp: string;
  note: string;
  /** A made-up SID, so that `t:ConnectingSID/t:SID` can name this mailbox. */
  sid: string;
  /** The access token the bearer profile accepts for this account. */
  token: string;
  /** SMTP addresses this account may impersonate (besides itself). */
  mayImpersonate: readonly string[];
  /** `not-migrated`: the IM list was never migrated (policy `not-migrated: folder-not-found`). */
  imList: ImListState;
}

/** The SID of the nth account (1-based): one made-up domain, relative ids from 1101. */
export function sidOf(n: number): string {
  return `S-1-5-21-1004336348-1177238915-682003330-${1100 + n}`;
}

export const ACCOUNTS: readonly Account[] = [
  {
    username: 'user1@contoso.com',
    password: 'Passw0rd-1',
    smtp: 'user1@contoso.com',
    note: 'own mailbox only',
    sid: sidOf(1),
    token: 'mock-token-user1',
    mayImpersonate: [],
    imList: 'migrated',
  },
  {
    username: 'user2@contoso.com',
    password: 'Passw0rd-2',
    smtp: 'user2@contoso.com',
    note: 'own mailbox only',
    sid: sidOf(2),
    token: 'mock-token-user2',
    mayImpersonate: [],
    imList: 'migrated',
  },
  {
    username: 'svc@contoso.com',
    password: 'Passw0rd-svc',
    smtp: 'svc@contoso.com',
    note: 'own mailbox; may impersonate user1 and user2',
    sid: sidOf(3),
    token: 'mock-token-svc',
    mayImpersonate: ['user1@contoso.com', 'user2@contoso.com'],
    imList: 'migrated',
  },
  {
    username: 'user3@contoso.com',
    password: 'Passw0rd-3',
    smtp: 'user3@contoso.com',
    note: 'own mailbox; IM list never migrated: every IM operation gives ErrorFolderNotFound',
    sid: sidOf(4),
    token: 'mock-token-user3',
    mayImpersonate: [],
    imList: 'not-migrated',
  },
];

/** The NetBIOS-style domain of an address: `CONTOSO` for user1@contoso.com. */
export function netbiosDomain(address: string): string {
  const domain = address.slice(address.indexOf('@') + 1);
  return (domain.split('.')[0] ?? '').toUpperCase();
}

/** One server's accounts and the look-ups the authentication and the pipeline need. */
export class AccountBook {
  constructor(readonly list: readonly Account[] = ACCOUNTS) {}

  /** Basic: the account whose username and password these are. */
  withPassword(username: string, password: string): Account | undefined {
    const wanted = username.toLowerCase();
    return this.list.find(
      (a) => a.password !== '' && a.username === wanted && a.password === password,
    );
  }

  /** Bearer: the account this token belongs to. */
  withToken(token: string): Account | undefined {
    return this.list.find((a) => a.token === token);
  }

  /**
   * NTLM: the account a login names, either by its username (a UPN such as user1@contoso.com,
   * any domain) or as DOMAIN\local part (CONTOSO\user1).
   */
  byLogin(user: string, domain: string): Account | undefined {
    const wanted = user.toLowerCase();
    const exact = this.list.find((a) => a.username === wanted);
    if (exact || wanted.includes('@') || domain === '') return exact;
    const upper = domain.toUpperCase();
    return this.list.find(
      (a) => a.smtp.split('@')[0] === wanted && netbiosDomain(a.smtp) === upper,
    );
  }

  /** The account an impersonation header names: by SMTP address (the UPN here) or SID. */
  find(value: string): Account | undefined {
    const wanted = value.toLowerCase();
    return this.list.find((a) => a.smtp === wanted || a.sid.toLowerCase() === wanted);
  }
}

export function mayActAs(caller: Account, target: Account): boolean {
  return caller.smtp === target.smtp || caller.mayImpersonate.includes(target.smtp);
}
