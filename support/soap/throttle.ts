import { setTimeout as sleep } from 'node:timers/promises';
import type { Element } from '@xmldom/xmldom';
import { nodes } from '../xml/xpath.ts';
import type { Note } from './auth/strategy.ts';
import type { HttpResult, Reply } from './reply.ts';

/**
 * Throttling and transient refusals (pitfall P05): `ErrorServerBusy`, as a SOAP fault or in a
 * response message, with the wait read from `t:Value Name="BackOffMilliseconds"` inside
 * `MessageXml` as a number; HTTP 503, with `Retry-After` when given. The request is sent again
 * after that wait, a bounded number of times and total time; every wait is noted. Protocol
 * checks are never retried (pitfall P20): only these answers are.
 */
export interface RetryLimits {
  /** Requests in all, the first included. */
  tries: number;
  /** The most this request waits in all. */
  totalWaitMs: number;
  /** The most one wait lasts (EWS_TIMEOUT_MS). */
  waitMs: number;
}

export function retryLimits(timeoutMs: number): RetryLimits {
  return { tries: 4, totalWaitMs: 60_000, waitMs: timeoutMs };
}

/** When the server gives no hint. */
const DEFAULT_WAIT_MS = 1000;

export interface Busy {
  /** What the server asked for, if anything. */
  hintMs: number | undefined;
  /** e.g. `ErrorServerBusy (BackOffMilliseconds 500)` */
  what: string;
}

const BUSY_CODE = ".//*[local-name()='ResponseCode'][normalize-space()='ErrorServerBusy']";
const BACK_OFF =
  ".//*[local-name()='MessageXml']/*[local-name()='Value'][@Name='BackOffMilliseconds']";

function wholeMs(text: string | undefined): number | undefined {
  const value = Number(text?.trim());
  return text !== undefined && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function serverBusy(root: Element, isFault: boolean, code: string | undefined): Busy | undefined {
  if (code !== 'ErrorServerBusy' && nodes(root, BUSY_CODE).length === 0) return undefined;
  const hintMs = wholeMs(nodes(root, BACK_OFF)[0]?.textContent ?? undefined);
  const where = isFault ? 'fault' : 'response';
  const hint = hintMs === undefined ? 'no BackOffMilliseconds' : `BackOffMilliseconds ${hintMs}`;
  return { hintMs, what: `ErrorServerBusy ${where} (${hint})` };
}

/** Retry-After: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
function retryAfterMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = wholeMs(value);
  if (seconds !== undefined) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export function busySignal(http: HttpResult, reply: Reply): Busy | undefined {
  if (reply.kind === 'fault') {
    const fault = reply.doc.documentElement as Element;
    return serverBusy(fault, true, reply.responseCode ?? reply.faultCode);
  }
  if (reply.kind === 'response') return serverBusy(reply.body, false, undefined);
  if (http.status !== 503) return undefined;
  const header = http.headers['retry-after'];
  const hintMs = retryAfterMs(header);
  return { hintMs, what: `HTTP 503 (${header ? `Retry-After: ${header}` : 'no Retry-After'})` };
}

export interface Outcome {
  http: HttpResult;
  reply: Reply;
}

/**
 * Sends until the answer is not a busy signal or the limits are reached. `gaveUp` says why the
 * last answer is still a busy signal; the caller must not judge that answer.
 */
export async function retryWhileBusy<T extends Outcome>(
  send: () => Promise<T>,
  limits: RetryLimits,
  note: Note,
): Promise<{ outcome: T; gaveUp?: string }> {
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    const outcome = await send();
    const busy = busySignal(outcome.http, outcome.reply);
    if (!busy) return { outcome };
    const wanted = busy.hintMs ?? DEFAULT_WAIT_MS;
    const left = limits.totalWaitMs - waited;
    const wait = Math.min(wanted, limits.waitMs, left);
    if (attempt >= limits.tries || (wanted > 0 && left <= 0)) {
      const spent = `${attempt} tries and ${waited} ms of waiting`;
      return { outcome, gaveUp: `the server was still busy after ${spent}: ${busy.what}` };
    }
    note(outcome.http.status, `${busy.what}: waiting ${wait} ms, then try ${attempt + 1}`);
    await sleep(wait);
    waited += wait;
  }
}
