/**
 * The HTTP side of authentication: the profile a server runs (`createAuth`) and the 401 it
 * answers an unauthenticated request with. The profiles live in mock/auth/. Never logs
 * credentials.
 */
import type { ServerResponse } from 'node:http';
import type { AccountBook } from '../accounts.ts';
import { basicProfile } from '../auth/basic.ts';
import { bearerProfile } from '../auth/bearer.ts';
import { NtlmProfile } from '../auth/ntlm.ts';
import type { AuthProfile, AuthScheme, Challenge, NtlmScheme } from '../auth/profile.ts';

export { REALM } from '../auth/profile.ts';

export function createAuth(
  scheme: AuthScheme,
  accounts: AccountBook,
  ntlmScheme: NtlmScheme = 'both',
): AuthProfile {
  if (scheme === 'ntlm') return new NtlmProfile(accounts, ntlmScheme);
  if (scheme === 'bearer') return bearerProfile(accounts);
  return basicProfile(accounts);
}

/**
 * 401 with one `WWW-Authenticate` line per offer, in plain text like the other HTTP errors
 * (replies.ts, which imports REALM from here); the connection stays open, as NTLM needs.
 */
export function sendChallenge(res: ServerResponse, challenge: Challenge): void {
  res.writeHead(401, {
    'Content-Type': 'text/plain; charset=utf-8',
    'WWW-Authenticate': challenge.offers,
  });
  res.end(`${challenge.text}\n`);
}
