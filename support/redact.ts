import type { Credentials } from './config/accounts.ts';

/**
 * Removes credentials from anything that reaches a report or a log: Authorization headers,
 * NTLM and Negotiate messages (in any header or text), and every configured password and token,
 * wherever they appear, also as the Basic token that carries a password.
 */
const secrets = new Set<string>();

export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 3) secrets.add(value);
}

function basic(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64');
}

/** An account's password, and the Basic token that carries it. */
export function registerCredentials(username: string, password: string): void {
  registerSecret(password);
  if (password) registerSecret(basic(username, password));
}

/** Everything secret about an account: password, Basic tokens (also DOMAIN\user), token. */
export function registerAccount(account: Credentials): void {
  registerCredentials(account.username, account.password);
  if (account.domain && account.password && !account.username.includes('\\')) {
    registerSecret(basic(`${account.domain}\\${account.username}`, account.password));
  }
  registerSecret(account.token);
}

const AUTH_VALUE = /\b((?:proxy-)?authorization\s*[:=]\s*["']?)[^\n"']*/gi;
/**
 * `NTLM <base64>`, `Negotiate <base64>`, `Bearer <token>` (not `Bearer realm="…"`). A blob has
 * a character other than a letter or is 24 long, so that "NTLM handshake" stays readable.
 */
const SCHEME_BLOB =
  /\b(NTLM|Negotiate)\s+(?:(?=[A-Za-z]*[0-9+/=])[A-Za-z0-9+/]{8,}|[A-Za-z0-9+/]{24,})=*/gi;
const BEARER_TOKEN = new RegExp(
  String.raw`\b(Bearer)\s+(?:(?=[A-Za-z]*[0-9._~+/=-])[A-Za-z0-9._~+/-]{8,}|[A-Za-z]{24,})` +
    String.raw`=*(?![="\w.~+/-])`,
  'gi',
);
/** Any bare NTLMSSP message (base64 of "NTLMSSP"). */
const NTLM_MESSAGE = /TlRMTVNT[A-Za-z0-9+/]*=*/g;

export function redact(text: string): string {
  let out = text
    .replace(AUTH_VALUE, '$1[removed]')
    .replace(SCHEME_BLOB, '$1 [removed]')
    .replace(BEARER_TOKEN, '$1 [removed]')
    .replace(NTLM_MESSAGE, '[NTLM message removed]');
  for (const secret of secrets) out = out.split(secret).join('[removed]');
  return out;
}
