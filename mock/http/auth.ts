import type { IncomingMessage } from 'node:http';
import { type Account, authenticate } from '../accounts.ts';

export const REALM = 'Mock EWS';

/** The account named by the request's Basic credentials, or undefined. Never logs them. */
export function authenticateRequest(req: IncomingMessage): Account | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return authenticate(decoded.slice(0, colon), decoded.slice(colon + 1));
}
