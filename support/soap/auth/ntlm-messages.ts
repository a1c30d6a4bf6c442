import { hostname } from 'node:os';
import ntlm from '@ewsjs/ntlm-client';
import type { Credentials } from '../../config.ts';
import { AuthProblem } from './strategy.ts';

/**
 * The NTLM messages (MS-NLMP), encoded by @ewsjs/ntlm-client, which brings its own MD4: Node
 * 20's OpenSSL 3 has none (pitfall P22). Only NTLMv2 responses are sent. Messages travel as the
 * bare base64 token; the caller puts them under `NTLM` or `Negotiate`.
 */
const WORKSTATION = hostname().split('.')[0]?.toUpperCase().slice(0, 15) ?? '';

/** The bare token of a library message (`NTLM <base64>`). */
function token(message: string): string {
  return message.replace(/^NTLM\s+/, '');
}

export function negotiateMessage(): string {
  return token(ntlm.createType1Message(WORKSTATION, ''));
}

/** The user and domain NTLM names: `DOMAIN\user`, or a UPN with an empty domain. */
export function ntlmIdentity(who: Credentials): { user: string; domain: string | undefined } {
  const slash = who.username.indexOf('\\');
  const user = slash >= 0 ? who.username.slice(slash + 1) : who.username;
  if (who.domain !== undefined) return { user, domain: who.domain };
  return { user, domain: user.includes('@') ? '' : undefined };
}

function readChallenge(challenge: string) {
  try {
    return ntlm.decodeType2Message(challenge);
  } catch (err) {
    throw new AuthProblem(`the server's NTLM challenge cannot be read: ${(err as Error).message}`);
  }
}

/** The Type 3 message answering the server's Type 2 challenge, with an NTLMv2 response. */
export function authenticateMessage(challenge: string, who: Credentials): string {
  const type2 = readChallenge(challenge);
  if (type2.version !== 2 || !type2.targetInfo) {
    throw new AuthProblem(
      "the server's NTLM challenge allows only NTLMv1, which this suite does not send " +
        '(it asks for neither extended session security nor target information)',
    );
  }
  const { user, domain } = ntlmIdentity(who);
  return token(ntlm.createType3Message(type2, user, who.password, WORKSTATION, domain));
}
