import type { HttpResult } from '../reply.ts';

/**
 * How one account logs in, whatever the scheme: a strategy sends a request through `trip`,
 * once or several times (a handshake), and returns the answer that counts. Round trips that
 * are not the final answer are noted for the exchange record, never with their tokens.
 */
export type RoundTrip = (authorization: string | undefined) => Promise<HttpResult>;

/** One line per extra round trip, e.g. "HTTP 401: NTLM challenge". */
export type Note = (status: number, text: string) => void;

export interface AuthStrategy {
  /** The Authorization header as reports show it, e.g. `[NTLM, removed]`. */
  readonly shown: string;
  send(trip: RoundTrip, note: Note): Promise<HttpResult>;
}

/** A login that cannot even be attempted (an unreadable challenge): explained, not thrown on. */
export class AuthProblem extends Error {}
