/**
 * The throttling profile: each mailbox (the authenticated caller's) may send `budget` requests
 * per window of `windowMs`; a request over budget is refused the way Exchange refuses it: an
 * HTTP 500 SOAP fault `ErrorServerBusy` whose `t:MessageXml` holds
 * `<t:Value Name="BackOffMilliseconds">N</t:Value>` (pitfall P05), N being the time left in the
 * window unless a fixed back-off is set. Every nth refusal (default 5th) is a bare HTTP 503
 * with `Retry-After` (seconds) instead, as a busy front end sends. Refused requests do not use
 * up budget. The clock is injectable, so tests count exactly.
 */
import type { ServerResponse } from 'node:http';
import { NS } from '../support/xml/namespaces.ts';
import { DEFAULT_CULTURE } from './soap/culture.ts';
import { element, textElement, xmlDocument } from './xml/write.ts';

export interface ThrottleOptions {
  /** Requests per mailbox per window; default 40. */
  budget?: number;
  /** Default 1000 ms. */
  windowMs?: number;
  /** A fixed BackOffMilliseconds hint; default: the time left in the current window. */
  backoffMs?: number;
  /** Every nth refusal is HTTP 503 + Retry-After instead of the fault (0: never); default 5. */
  unavailableEvery?: number;
  /** Milliseconds now; default Date.now. */
  now?: () => number;
}

export const THROTTLE_DEFAULTS = { budget: 40, windowMs: 1000, unavailableEvery: 5 } as const;

export type Refusal =
  | { kind: 'server-busy'; backoffMs: number }
  | { kind: 'unavailable'; retryAfterSeconds: number };

interface Window {
  start: number;
  used: number;
}

export const SERVER_BUSY_TEXT =
  'The server cannot service this request right now. Try again later.';

export class Throttle {
  private readonly windows = new Map<string, Window>();
  private refusals = 0;
  readonly budget: number;
  readonly windowMs: number;
  private readonly unavailableEvery: number;
  private readonly now: () => number;

  constructor(private readonly options: ThrottleOptions = {}) {
    this.budget = options.budget ?? THROTTLE_DEFAULTS.budget;
    this.windowMs = options.windowMs ?? THROTTLE_DEFAULTS.windowMs;
    this.unavailableEvery = options.unavailableEvery ?? THROTTLE_DEFAULTS.unavailableEvery;
    this.now = options.now ?? Date.now;
    for (const [name, value] of Object.entries({ budget: this.budget, windowMs: this.windowMs })) {
      if (!Number.isInteger(value) || value < 1) throw new RangeError(`throttle ${name} < 1`);
    }
  }

  /** Counts one request of this mailbox; a refusal when it is over budget. */
  charge(mailbox: string): Refusal | undefined {
    const now = this.now();
    let window = this.windows.get(mailbox);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, used: 0 };
      this.windows.set(mailbox, window);
    }
    if (window.used < this.budget) {
      window.used += 1;
      return undefined;
    }
    return this.refusal(Math.max(1, window.start + this.windowMs - now));
  }

  private refusal(left: number): Refusal {
    this.refusals += 1;
    const backoffMs = this.options.backoffMs ?? left;
    if (this.unavailableEvery > 0 && this.refusals % this.unavailableEvery === 0) {
      return { kind: 'unavailable', retryAfterSeconds: Math.max(1, Math.ceil(backoffMs / 1000)) };
    }
    return { kind: 'server-busy', backoffMs };
  }
}

/** The ErrorServerBusy fault as Exchange sends it, with the back-off hint. */
export function serverBusyFault(backoffMs: number): string {
  const hint = textElement('t:Value', String(backoffMs), { Name: 'BackOffMilliseconds' });
  const detail = [
    textElement('e:ResponseCode', 'ErrorServerBusy', { 'xmlns:e': NS.e }),
    textElement('e:Message', SERVER_BUSY_TEXT, { 'xmlns:e': NS.e }),
    element('t:MessageXml', hint, { 'xmlns:t': NS.t }),
  ].join('');
  const fault = [
    textElement('faultcode', 'a:ErrorServerBusy', { 'xmlns:a': NS.t }),
    textElement('faultstring', SERVER_BUSY_TEXT, { 'xml:lang': DEFAULT_CULTURE }),
    element('detail', detail),
  ].join('');
  const body = element('s:Body', element('s:Fault', fault));
  return xmlDocument(element('s:Envelope', body, { 'xmlns:s': NS.soap }));
}

/** Answers a refused request. */
export function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  if (refusal.kind === 'unavailable') {
    res.writeHead(503, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Retry-After': String(refusal.retryAfterSeconds),
    });
    res.end('503 Service Unavailable: the mock is throttling this mailbox.\n');
    return;
  }
  res.writeHead(500, { 'Content-Type': 'text/xml; charset=utf-8' });
  res.end(serverBusyFault(refusal.backoffMs));
}
