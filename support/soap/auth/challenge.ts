/**
 * Reads a `WWW-Authenticate` header (RFC 9110 §11.6.1) into its challenges: the scheme, and
 * either a token68 (an NTLM challenge) or `name=value` parameters (`realm`, Bearer's `error`).
 * Several header lines arrive joined with ", ", as Playwright and Node give them.
 */
export interface Challenge {
  /** As the server spelled it, e.g. `NTLM`, `Negotiate`, `Basic`, `Bearer`. */
  scheme: string;
  token?: string;
  params: Record<string, string>;
}

/** Splits at commas outside quoted strings. */
function pieces(header: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < header.length; i++) {
    const ch = header[i];
    if (ch === '"' && header[i - 1] !== '\\') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(header.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(header.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const PARAM = /^([\w!#$%&'*+.^`|~-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,=][^\s,]*)$/;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;
const START = /^([\w!#$%&'*+.^`|~-]+)(?:\s+(.*))?$/;

function addParam(challenge: Challenge, piece: string): boolean {
  const m = PARAM.exec(piece);
  if (!m?.[1] || m[2] === undefined) return false;
  const raw = m[2];
  const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
  challenge.params[m[1].toLowerCase()] = value;
  return true;
}

function startChallenge(piece: string): Challenge | undefined {
  const m = START.exec(piece);
  if (!m?.[1]) return undefined;
  const challenge: Challenge = { scheme: m[1], params: {} };
  const rest = m[2]?.trim();
  if (rest && (TOKEN68.test(rest) || !addParam(challenge, rest))) challenge.token = rest;
  return challenge;
}

export function parseChallenges(header: string | undefined): Challenge[] {
  const challenges: Challenge[] = [];
  for (const piece of pieces(header ?? '')) {
    const current = challenges[challenges.length - 1];
    if (current && PARAM.test(piece) && addParam(current, piece)) continue;
    const next = startChallenge(piece);
    if (next) challenges.push(next);
  }
  return challenges;
}

/** The challenge of this scheme (case-insensitive), if the server offered it. */
export function offered(challenges: Challenge[], scheme: string): Challenge | undefined {
  return challenges.find((c) => c.scheme.toLowerCase() === scheme.toLowerCase());
}
