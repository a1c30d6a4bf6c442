import type { APIRequestContext } from 'playwright';
import type { AccountRole, AuthScheme, Credentials } from '../config.ts';
import { AuthProblem, type Note } from './auth/index.ts';
import { classify, type HttpResult, type Reply } from './reply.ts';
import { type Session, SessionPool } from './sessions.ts';
import { type RetryLimits, retryLimits, retryWhileBusy } from './throttle.ts';
import { explainTransportError } from './transport-error.ts';

/**
 * Posts SOAP requests through Playwright's APIRequestContext, one context per account, with the
 * settings raw EWS needs (pitfall P18): the account's login (Basic, NTLM or Bearer, support/
 * soap/auth), no redirects followed, no throwing on 4xx/5xx, and an explicit
 * `text/xml; charset=utf-8` content type. A busy server is waited for and asked again
 * (support/soap/throttle.ts); each extra round trip is listed in the exchange.
 */
export interface Attempt {
  status: number;
  note: string;
  /** A login handshake's round trip, or a wait for a busy server. */
  kind: 'login' | 'busy';
}

export interface Exchange {
  operation: string;
  account: AccountRole;
  /** The account whose mailbox the request acted in (differs when impersonating). */
  mailbox: AccountRole;
  url: string;
  requestXml: string;
  requestHeaders: Record<string, string>;
  status: number;
  responseHeaders: Record<string, string>;
  responseText: string;
  reply: Reply;
  /** Round trips before the final answer: a login handshake, waits for a busy server. */
  attempts?: Attempt[];
  /** Set when the server was still busy after every retry: the answer must not be judged. */
  throttled?: string;
  /** Set by a step that expected this fault or error, so the After guard leaves it alone. */
  claimed: boolean;
  phase: 'scenario' | 'setup' | 'cleanup';
}

export type Posted = Omit<Exchange, 'claimed' | 'phase' | 'account' | 'mailbox'>;

export interface ClientOptions {
  url: string;
  timeoutMs: number;
  insecureTls: boolean;
  /** EWS_AUTH; default basic. */
  auth?: AuthScheme;
  /** Default: 4 tries, 60 s of waiting, no wait longer than timeoutMs. */
  retry?: RetryLimits;
}

type Headers = Record<string, string>;

/** Response headers as reports show them: challenges and tokens removed. */
function shownResponseHeaders(headers: Record<string, string>): Record<string, string> {
  const shown = { ...headers };
  const challenge = shown['www-authenticate'];
  if (challenge) {
    shown['www-authenticate'] = challenge.replace(
      /\b(NTLM|Negotiate|Kerberos)\s+[A-Za-z0-9+/=]+/gi,
      '$1 [removed]',
    );
  }
  return shown;
}

export class SoapClient {
  private readonly sessions: SessionPool;
  private readonly auth: AuthScheme;
  private readonly retry: RetryLimits;

  constructor(private readonly options: ClientOptions) {
    this.auth = options.auth ?? 'basic';
    this.retry = options.retry ?? retryLimits(options.timeoutMs);
    const { insecureTls, timeoutMs } = options;
    this.sessions = new SessionPool({ auth: this.auth, insecureTls, timeoutMs });
  }

  private async roundTrip(ctx: APIRequestContext, xml: string, headers: Headers) {
    const res = await ctx.post(this.options.url, {
      data: Buffer.from(xml, 'utf-8'),
      headers,
      maxRedirects: 0,
      failOnStatusCode: false,
      timeout: this.options.timeoutMs,
    });
    return { status: res.status(), headers: res.headers(), body: await res.body() };
  }

  /** One request with its login: the final HTTP answer, classified. */
  private async once(session: Session, xml: string, headers: Headers, note: Note) {
    const trip = (authorization: string | undefined): Promise<HttpResult> => {
      const all = authorization ? { ...headers, Authorization: authorization } : headers;
      return this.roundTrip(session.ctx, xml, all);
    };
    const http = await session.auth.send(trip, note);
    return { http, ...classify(http, this.auth) };
  }

  async post(
    who: Credentials,
    operation: string,
    xml: string,
    extraHeaders: Headers = {},
  ): Promise<Posted> {
    const headers = { 'Content-Type': 'text/xml; charset=utf-8', ...extraHeaders };
    const attempts: Attempt[] = [];
    const noter =
      (kind: Attempt['kind']): Note =>
      (status, text) =>
        attempts.push({ status, note: text, kind });
    const sent = { operation, url: this.options.url, requestXml: xml, requestHeaders: headers };
    try {
      return await this.sessions.with(who, async (session) => {
        const send = () => this.once(session, xml, headers, noter('login'));
        const { outcome, gaveUp } = await retryWhileBusy(send, this.retry, noter('busy'));
        const { http, reply, text } = outcome;
        return {
          ...sent,
          requestHeaders: { ...headers, Authorization: session.auth.shown },
          status: http.status,
          responseHeaders: shownResponseHeaders(http.headers),
          responseText: text || http.body.toString('latin1').slice(0, 2000),
          reply,
          ...(attempts.length > 0 ? { attempts } : {}),
          ...(gaveUp ? { throttled: gaveUp } : {}),
        };
      });
    } catch (err) {
      const { url, timeoutMs } = this.options;
      const problem =
        err instanceof AuthProblem ? err.message : explainTransportError(err, url, timeoutMs);
      const reply = { kind: 'not-soap', problem } as const;
      return { ...sent, status: 0, responseHeaders: {}, responseText: '', reply, attempts };
    }
  }

  dispose(): Promise<void> {
    return this.sessions.dispose();
  }
}
