import type { Credentials } from '../../config.ts';
import { registerAccount } from '../../redact.ts';
import type { AuthStrategy, RoundTrip } from './strategy.ts';

/** Basic: the credentials on every request, without waiting for a challenge (pitfall P18). */
export class BasicAuth implements AuthStrategy {
  readonly shown = '[Basic, removed]';
  private readonly header: string;

  constructor(who: Credentials) {
    registerAccount(who);
    const token = Buffer.from(`${who.username}:${who.password}`, 'utf-8').toString('base64');
    this.header = `Basic ${token}`;
  }

  send(trip: RoundTrip) {
    return trip(this.header);
  }
}
