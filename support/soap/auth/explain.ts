import type { AuthScheme } from '../../config.ts';
import { type Challenge, parseChallenges } from './challenge.ts';

/**
 * A 401 in plain words (pitfall P10): which schemes the server offers, which EWS_AUTH value
 * selects each, and what to check when the configured one was offered and still refused.
 */
const SETTING: Record<string, AuthScheme> = {
  basic: 'basic',
  ntlm: 'ntlm',
  negotiate: 'ntlm',
  bearer: 'bearer',
};

const SCHEME_NAME: Record<AuthScheme, string> = {
  basic: 'Basic',
  ntlm: 'NTLM',
  bearer: 'Bearer',
};

const CHECK: Record<AuthScheme, string> = {
  basic:
    'check EWS_USERNAME and EWS_PASSWORD, and that Basic authentication is enabled on the ' +
    'EWS virtual directory',
  ntlm:
    'check EWS_USERNAME, EWS_PASSWORD and the domain (EWS_DOMAIN, or DOMAIN\\user as the ' +
    'user name)',
  bearer: 'check that EWS_TOKEN (or EWS_TOKEN_FILE) holds a valid, unexpired access token for EWS',
};

function bearerError(challenges: Challenge[]): string {
  const bearer = challenges.find((c) => c.scheme.toLowerCase() === 'bearer');
  const error = bearer?.params.error;
  if (!error) return '';
  const text = bearer?.params.error_description;
  return ` (the token was refused: ${error}${text ? `, ${text}` : ''})`;
}

function settingsFor(challenges: Challenge[]): AuthScheme[] {
  const all = challenges.map((c) => SETTING[c.scheme.toLowerCase()]);
  return [...new Set(all)].filter((s) => s !== undefined);
}

export function explainUnauthorized(header: string | undefined, configured: AuthScheme): string {
  const challenges = parseChallenges(header);
  if (challenges.length === 0) {
    return 'HTTP 401 without a WWW-Authenticate header: the server gave no way in';
  }
  const offers = `The server offers: ${challenges.map((c) => c.scheme).join(', ')}.`;
  const settings = settingsFor(challenges);
  const name = SCHEME_NAME[configured];
  if (settings.includes(configured)) {
    const why = configured === 'bearer' ? bearerError(challenges) : '';
    const used = `The suite logged in with ${name} (EWS_AUTH=${configured})`;
    return `HTTP 401: the credentials were refused${why}. ${offers} ${used}: ${CHECK[configured]}`;
  }
  const advice =
    settings.length > 0
      ? `set ${settings.map((s) => `EWS_AUTH=${s}`).join(' or ')} to log in that way`
      : 'none of them is one this suite speaks (EWS_AUTH=basic, ntlm or bearer)';
  const refused = `the server does not accept ${name} (EWS_AUTH=${configured})`;
  return `HTTP 401: ${refused}. ${offers} ${advice}`;
}
