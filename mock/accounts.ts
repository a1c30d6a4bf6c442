import type { ImListState } from './state/mailbox.ts';

/** The mock's fixed accounts. Basic auth only; the username is the SMTP address. */
export interface Account {
  username: string;
  password: string;
  smtp: string;
  note: string;
  /** A made-up SID, so that `t:ConnectingSID/t:SID` can name this mailbox. */
  sid: string;
  /** SMTP addresses this account may impersonate (besides itself). */
  mayImpersonate: readonly string[];
  /** `not-migrated`: the IM list was never migrated (policy `not-migrated: folder-not-found`). */
  imList: ImListState;
}

export const ACCOUNTS: readonly Account[] = [
  {
    username: 'user1@contoso.com',
    password: 'Passw0rd-1',
    smtp: 'user1@contoso.com',
    note: 'own mailbox only',
    sid: 'S-1-5-21-1004336348-1177238915-682003330-1101',
    mayImpersonate: [],
    imList: 'migrated',
  },
  {
    username: 'user2@contoso.com',
    password: 'Passw0rd-2',
    smtp: 'user2@contoso.com',
    note: 'own mailbox only',
    sid: 'S-1-5-21-1004336348-1177238915-682003330-1102',
    mayImpersonate: [],
    imList: 'migrated',
  },
  {
    username: 'svc@contoso.com',
    password: 'Passw0rd-svc',
    smtp: 'svc@contoso.com',
    note: 'own mailbox; may impersonate user1 and user2',
    sid: 'S-1-5-21-1004336348-1177238915-682003330-1103',
    mayImpersonate: ['user1@contoso.com', 'user2@contoso.com'],
    imList: 'migrated',
  },
  {
    username: 'user3@contoso.com',
    password: 'Passw0rd-3',
    smtp: 'user3@contoso.com',
    note: 'own mailbox; IM list never migrated: every IM operation gives ErrorFolderNotFound',
    sid: 'S-1-5-21-1004336348-1177238915-682003330-1104',
    mayImpersonate: [],
    imList: 'not-migrated',
  },
];

/** The account whose Basic credentials these are, if any. */
export function authenticate(username: string, password: string): Account | undefined {
  const wanted = username.toLowerCase();
  return ACCOUNTS.find((a) => a.username === wanted && a.password === password);
}

/** The account an impersonation header names, matched by SMTP address, UPN or SID. */
export function findAccount(value: string): Account | undefined {
  const wanted = value.toLowerCase();
  return ACCOUNTS.find((a) => a.smtp === wanted || a.sid.toLowerCase() === wanted);
}

export function mayActAs(caller: Account, target: Account): boolean {
  return caller.smtp === target.smtp || caller.mayImpersonate.includes(target.smtp);
}
