/**
 * The NTLM profile, as IIS runs it for Exchange: a 401 offers `Negotiate` and `NTLM` (or one of
 * them); a NEGOTIATE message gets a CHALLENGE with a fresh random server challenge, kept for that
 * TCP connection; an AUTHENTICATE message whose NTLMv2 response matches an account's password
 * authenticates the connection, so later requests on it need no header. Anything else: 401.
 * Raw NTLMSSP tokens are accepted under either scheme name; SPNEGO-wrapped (Kerberos) ones are not.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { type Account, type AccountBook, netbiosDomain } from '../accounts.ts';
import {
  challengeFlags,
  FLAGS,
  messageType,
  readAuthenticate,
  readNegotiate,
  type TargetNames,
  writeChallenge,
} from './ntlm-messages.ts';
import { verifyNtlmV2 } from './ntlmv2.ts';
import { type AuthOutcome, type AuthProfile, credentialsOf, type NtlmScheme } from './profile.ts';

interface Pending {
  serverChallenge: Buffer;
  unicode: boolean;
}

type Connection = { pending: Pending } | { account: Account };

const SCHEME_NAMES: Record<string, string> = { ntlm: 'NTLM', negotiate: 'Negotiate' };

function targetNames(accounts: AccountBook): TargetNames {
  const smtp = accounts.list[0]?.smtp ?? 'mock@contoso.com';
  const dnsDomain = smtp.slice(smtp.indexOf('@') + 1);
  const domain = netbiosDomain(smtp);
  return { computer: 'MOCKEWS', domain, dnsComputer: `mockews.${dnsDomain}`, dnsDomain };
}

export class NtlmProfile implements AuthProfile {
  readonly scheme = 'ntlm';
  private readonly connections = new WeakMap<Socket, Connection>();
  private readonly names: TargetNames;
  private readonly schemes: string[];

  constructor(
    private readonly accounts: AccountBook,
    offered: NtlmScheme = 'both',
  ) {
    this.names = targetNames(accounts);
    this.schemes = offered === 'both' ? ['Negotiate', 'NTLM'] : [offered];
  }

  authenticate(req: IncomingMessage): AuthOutcome {
    const connection = this.connections.get(req.socket);
    const given = credentialsOf(req);
    const scheme = given && SCHEME_NAMES[given.scheme];
    if (!given || !scheme || !this.schemes.includes(scheme)) {
      return connection && 'account' in connection ? connection : this.refuse(req.socket);
    }
    const token = Buffer.from(given.value, 'base64');
    try {
      const type = messageType(token);
      if (type === 1) return this.challenge(req.socket, scheme, readNegotiate(token));
      if (type === 3 && connection && 'pending' in connection) {
        return this.verify(req.socket, token, connection.pending);
      }
    } catch {
      // A malformed message is refused like a wrong password.
    }
    return this.refuse(req.socket);
  }

  private refuse(socket: Socket): AuthOutcome {
    this.connections.delete(socket);
    const schemes = this.schemes.join(' or ');
    const text = `401 Unauthorized: authenticate with ${schemes} (NTLMv2) as a mock account.`;
    return { challenge: { offers: this.schemes, text } };
  }

  private challenge(socket: Socket, scheme: string, negotiated: number): AuthOutcome {
    const flags = challengeFlags(negotiated);
    const serverChallenge = randomBytes(8);
    this.connections.set(socket, {
      pending: { serverChallenge, unicode: (flags & FLAGS.unicode) !== 0 },
    });
    const message = writeChallenge(flags, serverChallenge, this.names).toString('base64');
    const text = '401 Unauthorized: NTLM challenge; answer it on this connection.';
    return { challenge: { offers: [`${scheme} ${message}`], text } };
  }

  private verify(socket: Socket, token: Buffer, pending: Pending): AuthOutcome {
    const message = readAuthenticate(token, pending.unicode);
    const account = this.accounts.byLogin(message.user, message.domain);
    const identity = {
      password: account?.password ?? '',
      user: message.user,
      domain: message.domain,
    };
    if (
      !account?.password ||
      !verifyNtlmV2(message.ntResponse, pending.serverChallenge, identity)
    ) {
      return this.refuse(socket);
    }
    this.connections.set(socket, { account });
    return { account };
  }
}
