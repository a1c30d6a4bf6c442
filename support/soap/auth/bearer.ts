import type { Credentials } from '../../config.ts';
import { registerAccount } from '../../redact.ts';
import { AuthProblem, type AuthStrategy, type RoundTrip } from './strategy.ts';

/** Bearer: the configured token (EWS_TOKEN or EWS_TOKEN_FILE) on every request. */
export class BearerAuth implements AuthStrategy {
  readonly shown = '[Bearer, removed]';
  private readonly header: string;

  constructor(who: Credentials) {
    if (!who.token) throw new AuthProblem(`EWS_AUTH is bearer but ${who.username} has no token`);
    registerAccount(who);
    this.header = `Bearer ${who.token}`;
  }

  send(trip: RoundTrip) {
    return trip(this.header);
  }
}
