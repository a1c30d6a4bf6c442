/**
 * The bearer profile: `Authorization: Bearer <token>` with a token of an account. It offers only
 * Bearer (as Exchange Online does): without a token a bare challenge, with a wrong one
 * `error="invalid_token"` (RFC 6750 3.1).
 */
import type { AccountBook } from '../accounts.ts';
import { type AuthProfile, credentialsOf, REALM } from './profile.ts';

const MISSING = {
  offers: [`Bearer realm="${REALM}"`],
  text: '401 Unauthorized: send the Bearer token of a mock account.',
};

const INVALID = {
  offers: [
    `Bearer realm="${REALM}", error="invalid_token", ` +
      'error_description="The access token is not valid."',
  ],
  text: '401 Unauthorized: that Bearer token belongs to no mock account.',
};

export function bearerProfile(accounts: AccountBook): AuthProfile {
  return {
    scheme: 'bearer',
    authenticate(req) {
      const given = credentialsOf(req);
      if (given?.scheme !== 'bearer') return { challenge: MISSING };
      const account = accounts.withToken(given.value);
      return account ? { account } : { challenge: INVALID };
    },
  };
}
