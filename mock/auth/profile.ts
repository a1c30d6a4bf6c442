/**
 * What every authentication profile of the mock offers the HTTP layer: the account a request
 * authenticates as, or the 401 challenge to answer it with. `createAuth` picks the profile.
 */
import type { IncomingMessage } from 'node:http';
import type { Account } from '../accounts.ts';

export const REALM = 'Mock EWS';

export type AuthScheme = 'basic' | 'ntlm' | 'bearer';
export const AUTH_SCHEMES: readonly AuthScheme[] = ['basic', 'ntlm', 'bearer'];

/** Which scheme names the NTLM profile offers and accepts its messages under. */
export type NtlmScheme = 'both' | 'NTLM' | 'Negotiate';
export const NTLM_SCHEMES: readonly NtlmScheme[] = ['both', 'NTLM', 'Negotiate'];

/** A 401: the `WWW-Authenticate` values (one header line each) and a plain-text body. */
export interface Challenge {
  offers: string[];
  text: string;
}

export type AuthOutcome = { account: Account } | { challenge: Challenge };

export interface AuthProfile {
  readonly scheme: AuthScheme;
  authenticate(req: IncomingMessage): AuthOutcome;
}

/** The scheme (lower case) and the rest of the Authorization header, if it has that shape. */
export function credentialsOf(req: IncomingMessage): { scheme: string; value: string } | undefined {
  const match = /^(\S+)\s+(\S+)\s*$/.exec(req.headers.authorization ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  return { scheme: match[1].toLowerCase(), value: match[2] };
}
