import type { AuthScheme, Credentials } from '../../config.ts';
import { BasicAuth } from './basic.ts';
import { BearerAuth } from './bearer.ts';
import { NtlmAuth } from './ntlm.ts';
import type { AuthStrategy } from './strategy.ts';

/** The login strategy of an account under EWS_AUTH. */
export function authStrategy(scheme: AuthScheme, who: Credentials): AuthStrategy {
  if (scheme === 'ntlm') return new NtlmAuth(who);
  if (scheme === 'bearer') return new BearerAuth(who);
  return new BasicAuth(who);
}

export { AuthProblem, type AuthStrategy, type Note, type RoundTrip } from './strategy.ts';
