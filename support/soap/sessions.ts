import { type APIRequestContext, request } from 'playwright';
import type { AuthScheme, Credentials } from '../config.ts';
import { type AuthStrategy, authStrategy } from './auth/index.ts';

/**
 * Request contexts per account, each with its own login state. NTLM authenticates a
 * connection, and requests sent at the same time on one context go over several, so each
 * context carries one request at a time: a request takes an idle context of its account, or a
 * new one, and gives it back when done. Sequential requests thus share one context and socket.
 */
export interface Session {
  ctx: APIRequestContext;
  auth: AuthStrategy;
}

export interface SessionOptions {
  auth: AuthScheme;
  insecureTls: boolean;
  timeoutMs: number;
}

export class SessionPool {
  private readonly idle = new Map<string, Session[]>();
  private readonly all: Session[] = [];

  constructor(private readonly options: SessionOptions) {}

  private async open(who: Credentials): Promise<Session> {
    const auth = authStrategy(this.options.auth, who);
    const { insecureTls, timeoutMs } = this.options;
    const ctx = await request.newContext({ ignoreHTTPSErrors: insecureTls, timeout: timeoutMs });
    const session = { ctx, auth };
    this.all.push(session);
    return session;
  }

  /** Runs `use` with a context of the account that no other request is using meanwhile. */
  async with<T>(who: Credentials, use: (session: Session) => Promise<T>): Promise<T> {
    const free = this.idle.get(who.username) ?? [];
    const session = free.pop() ?? (await this.open(who));
    try {
      return await use(session);
    } finally {
      free.push(session);
      this.idle.set(who.username, free);
    }
  }

  async dispose(): Promise<void> {
    const all = this.all.splice(0);
    this.idle.clear();
    await Promise.all(all.map((s) => s.ctx.dispose()));
  }
}
