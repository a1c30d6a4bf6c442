import type { Credentials } from '../../config.ts';
import { registerAccount } from '../../redact.ts';
import type { HttpResult } from '../reply.ts';
import { offered, parseChallenges } from './challenge.ts';
import { authenticateMessage, negotiateMessage } from './ntlm-messages.ts';
import type { AuthStrategy, Note, RoundTrip } from './strategy.ts';

/**
 * NTLM over one request context: Type 1 out, the server's 401 challenge back, Type 3 out,
 * all on the connection Playwright keeps alive between sequential requests. The scheme follows
 * the server's WWW-Authenticate: `NTLM`, or `Negotiate` when that is all it offers. NTLM
 * authenticates the connection, so later requests go without a header until a 401 says the
 * connection is no longer logged in (a new socket, or a server that asks every time).
 */
type NtlmScheme = 'NTLM' | 'Negotiate';

export class NtlmAuth implements AuthStrategy {
  private scheme: NtlmScheme = 'NTLM';
  private loggedIn = false;

  constructor(private readonly who: Credentials) {
    registerAccount(who);
  }

  get shown(): string {
    return `[${this.scheme}, removed]`;
  }

  async send(trip: RoundTrip, note: Note): Promise<HttpResult> {
    if (this.loggedIn) {
      const plain = await trip(undefined);
      if (plain.status !== 401) return plain;
      note(401, 'the connection is not logged in (any more): a new handshake');
      this.loggedIn = false;
    }
    return this.handshake(trip, note);
  }

  private async handshake(trip: RoundTrip, note: Note): Promise<HttpResult> {
    let first = await trip(`${this.scheme} ${negotiateMessage()}`);
    let token = this.challengeIn(first);
    const other = this.otherScheme(first);
    if (token === undefined && other) {
      note(first.status, `the server offers ${other}, not ${this.scheme}: messages under ${other}`);
      this.scheme = other;
      first = await trip(`${this.scheme} ${negotiateMessage()}`);
      token = this.challengeIn(first);
    }
    if (token === undefined) return first;
    note(first.status, `challenge (Type 2) under ${this.scheme}; answering with Type 3`);
    const answer = await trip(`${this.scheme} ${authenticateMessage(token, this.who)}`);
    this.loggedIn = answer.status !== 401;
    return answer;
  }

  /** The Type 2 token of a 401 under the current scheme, if the server sent one. */
  private challengeIn(res: HttpResult): string | undefined {
    if (res.status !== 401) return undefined;
    return offered(parseChallenges(res.headers['www-authenticate']), this.scheme)?.token;
  }

  /** The other NTLM-carrying scheme, when the server offers it and not the current one. */
  private otherScheme(res: HttpResult): NtlmScheme | undefined {
    if (res.status !== 401) return undefined;
    const challenges = parseChallenges(res.headers['www-authenticate']);
    if (offered(challenges, this.scheme)) return undefined;
    const other: NtlmScheme = this.scheme === 'NTLM' ? 'Negotiate' : 'NTLM';
    return offered(challenges, other) ? other : undefined;
  }
}
