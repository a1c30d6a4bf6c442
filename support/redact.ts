/**
 * Removes credentials from anything that reaches a report or a log: the Authorization header and
 * every configured password, wherever it appears.
 */
const secrets = new Set<string>();

export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 3) secrets.add(value);
}

/** An account's password, and the Basic token that carries it. */
export function registerCredentials(username: string, password: string): void {
  registerSecret(password);
  registerSecret(Buffer.from(`${username}:${password}`).toString('base64'));
}

const AUTH_VALUE = /\b((?:proxy-)?authorization\s*[:=]\s*["']?)[^\n"']*/gi;

export function redact(text: string): string {
  let out = text.replace(AUTH_VALUE, '$1[removed]');
  for (const secret of secrets) out = out.split(secret).join('[removed]');
  return out;
}
