/**
 * Removes credentials from anything that reaches a report or a log: the Authorization header and
 * every configured password, wherever it appears.
 */
const secrets = new Set<string>();

export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 3) secrets.add(value);
}

export function redact(text: string): string {
  let out = text.replace(/^(authorization|proxy-authorization):.*$/gim, '$1: [removed]');
  for (const secret of secrets) out = out.split(secret).join('[removed]');
  return out;
}
