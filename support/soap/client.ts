import { type APIRequestContext, request } from 'playwright';
import type { AccountRole, Credentials } from '../config.ts';
import { classify, type HttpResult, type Reply } from './reply.ts';
import { explainTransportError } from './transport-error.ts';

/**
 * Posts SOAP requests through Playwright's APIRequestContext, one context per account, with the
 * settings raw EWS needs (pitfall P18): Basic credentials on the first request, no redirects
 * followed, no throwing on 4xx/5xx, and an explicit `text/xml; charset=utf-8` content type.
 */
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
  /** Set by a step that expected this fault or error, so the After guard leaves it alone. */
  claimed: boolean;
  phase: 'scenario' | 'setup' | 'cleanup';
}

export interface ClientOptions {
  url: string;
  timeoutMs: number;
  insecureTls: boolean;
}

export class SoapClient {
  private readonly contexts = new Map<string, Promise<APIRequestContext>>();

  constructor(private readonly options: ClientOptions) {}

  private context(who: Credentials): Promise<APIRequestContext> {
    let ctx = this.contexts.get(who.username);
    if (!ctx) {
      ctx = request.newContext({
        httpCredentials: { username: who.username, password: who.password, send: 'always' },
        ignoreHTTPSErrors: this.options.insecureTls,
        timeout: this.options.timeoutMs,
      });
      this.contexts.set(who.username, ctx);
    }
    return ctx;
  }

  async post(
    who: Credentials,
    operation: string,
    xml: string,
    extraHeaders: Record<string, string> = {},
  ): Promise<Omit<Exchange, 'claimed' | 'phase' | 'account' | 'mailbox'>> {
    const ctx = await this.context(who);
    const headers = { 'Content-Type': 'text/xml; charset=utf-8', ...extraHeaders };
    const sent = {
      operation,
      url: this.options.url,
      requestXml: xml,
      requestHeaders: { ...headers, Authorization: '[Basic, removed]' },
    };
    let http: HttpResult;
    try {
      const res = await ctx.post(this.options.url, {
        data: Buffer.from(xml, 'utf-8'),
        headers,
        maxRedirects: 0,
        failOnStatusCode: false,
        timeout: this.options.timeoutMs,
      });
      http = { status: res.status(), headers: res.headers(), body: await res.body() };
    } catch (err) {
      const problem = explainTransportError(err, this.options.url, this.options.timeoutMs);
      const reply = { kind: 'not-soap', problem } as const;
      return { ...sent, status: 0, responseHeaders: {}, responseText: '', reply };
    }
    const { reply, text } = classify(http);
    return {
      ...sent,
      status: http.status,
      responseHeaders: http.headers,
      responseText: text || http.body.toString('latin1').slice(0, 2000),
      reply,
    };
  }

  async dispose(): Promise<void> {
    const all = [...this.contexts.values()];
    this.contexts.clear();
    await Promise.all(all.map(async (ctx) => (await ctx).dispose()));
  }
}
