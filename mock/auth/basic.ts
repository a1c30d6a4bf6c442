/** The basic profile: HTTP Basic with an account's username and password on every request. */
import type { AccountBook } from '../accounts.ts';
import { type AuthProfile, credentialsOf, REALM } from './profile.ts';

const CHALLENGE = {
  offers: [`Basic realm="${REALM}"`],
  text: '401 Unauthorized: send HTTP Basic credentials of a mock account.',
};

export function basicProfile(accounts: AccountBook): AuthProfile {
  return {
    scheme: 'basic',
    authenticate(req) {
      const given = credentialsOf(req);
      if (given?.scheme !== 'basic' || !/^[A-Za-z0-9+/=]+$/.test(given.value)) {
        return { challenge: CHALLENGE };
      }
      const decoded = Buffer.from(given.value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const account =
        colon < 0
          ? undefined
          : accounts.withPassword(decoded.slice(0, colon), decoded.slice(colon + 1));
      return account ? { account } : { challenge: CHALLENGE };
    },
  };
}
