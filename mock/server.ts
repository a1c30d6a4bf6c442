/**
 * `startMock`: one mock EWS server with a fresh in-memory state, over HTTP or HTTPS, with an
 * authentication profile (basic, ntlm, bearer), optional throttling and its own accounts.
 */
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { ACCOUNTS, type Account, AccountBook } from './accounts.ts';
import { AUTH_SCHEMES, type AuthScheme, NTLM_SCHEMES, type NtlmScheme } from './auth/profile.ts';
import { Deviations } from './faults.ts';
import { createAuth } from './http/auth.ts';
import { createHandler } from './http/handler.ts';
import { type Policies, resolvePolicies } from './policies.ts';
import { envelopeValidator } from './schema/validator.ts';
import { DEFAULT_LIMITS, type Limits } from './state/mailbox.ts';
import { Store } from './state/store.ts';
import { Throttle, type ThrottleOptions } from './throttle.ts';
import { type Certificate, selfSignedCertificate } from './tls.ts';

export interface MockOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Deviations to switch on, by name (mock/faults.ts). */
  faults?: string[];
  /** Per-mailbox limits; defaults 64 groups (user groups and DG entries) and 1000 contacts. */
  limits?: Partial<Limits>;
  /**
   * Alternatives to the default named policies (mock/POLICIES.md, mock/policies.ts), e.g.
   * `{ 'member-check': 'docs' }`. An unknown name or value (untyped callers) makes it reject.
   */
  policies?: Partial<Policies>;
  /** Log one line per request through support/log.ts. */
  verbose?: boolean;
  /**
   * Time a client has to send a whole request, headers and body; then 408 and the connection
   * closes. Default 30000.
   */
  requestTimeoutMs?: number;
  /** The authentication profile; default basic (mock/README.md, "Authentication"). */
  auth?: AuthScheme;
  /** NTLM profile: offer and accept `Negotiate`, `NTLM` or both (default). */
  ntlmScheme?: NtlmScheme;
  /** HTTPS: true for a self-signed certificate made at start, or a given one. */
  tls?: boolean | Certificate;
  /** Throttle each mailbox: true for the defaults (mock/throttle.ts), or the settings. */
  throttle?: boolean | ThrottleOptions;
  /** The accounts instead of the four seeded ones (mock/accounts-file.ts makes them). */
  accounts?: readonly Account[];
}

export interface MockAccount {
  username: string;
  password: string;
  smtp: string;
  note: string;
  /** The account's Bearer token (the bearer profile's credential). */
  token?: string;
}

export interface MockServer {
  url: string;
  accounts: MockAccount[];
  /** HTTPS only: the PEM certificate to trust (self-signed, so it is its own CA). */
  caPem?: string;
  close(): Promise<void>;
}

function urlHost(host: string, server: Server): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  const { family } = server.address() as AddressInfo;
  return family === 'IPv6' ? `[${host}]` : host;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
}

/** Slow or stalled clients are cut off (Node answers 408); checked at least once a second. */
function serverTimeouts(requestTimeout: number) {
  const headersTimeout = Math.min(requestTimeout, 10_000);
  const connectionsCheckingInterval = Math.min(1000, Math.max(50, requestTimeout / 4));
  return { requestTimeout, headersTimeout, connectionsCheckingInterval };
}

function checkChoices(options: MockOptions): void {
  if (options.auth !== undefined && !AUTH_SCHEMES.includes(options.auth)) {
    throw new Error(`unknown mock auth profile '${options.auth}': ${AUTH_SCHEMES.join(', ')}`);
  }
  if (options.ntlmScheme !== undefined && !NTLM_SCHEMES.includes(options.ntlmScheme)) {
    throw new Error(`unknown NTLM scheme '${options.ntlmScheme}': ${NTLM_SCHEMES.join(', ')}`);
  }
}

async function certificateOf(tls: MockOptions['tls']): Promise<Certificate | undefined> {
  if (!tls) return undefined;
  return tls === true ? selfSignedCertificate() : tls;
}

function throttleOf(throttle: MockOptions['throttle']): Throttle | undefined {
  if (!throttle) return undefined;
  return new Throttle(throttle === true ? {} : throttle);
}

function publicAccounts(accounts: AccountBook): MockAccount[] {
  return accounts.list.map(({ username, password, smtp, note, token }) => ({
    username,
    password,
    smtp,
    note,
    token,
  }));
}

/** Starts a mock EWS server with a fresh in-memory state. */
export async function startMock(options: MockOptions = {}): Promise<MockServer> {
  checkChoices(options);
  const deviations = Deviations.parse(options.faults ?? []);
  const policies = resolvePolicies(options.policies);
  envelopeValidator();
  const accounts = new AccountBook(options.accounts ?? ACCOUNTS);
  const store = new Store({ ...DEFAULT_LIMITS, ...options.limits }, accounts);
  const handler = createHandler(
    { store, deviations, policies },
    {
      verbose: options.verbose ?? false,
      auth: createAuth(options.auth ?? 'basic', accounts, options.ntlmScheme),
      throttle: throttleOf(options.throttle),
    },
  );
  const certificate = await certificateOf(options.tls);
  const timeouts = serverTimeouts(options.requestTimeoutMs ?? 30_000);
  const server = certificate
    ? createHttpsServer({ ...timeouts, ...certificate }, handler)
    : createServer(timeouts, handler);
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const scheme = certificate ? 'https' : 'http';
  const url = `${scheme}://${urlHost(host, server)}:${port}/EWS/Exchange.asmx`;
  const started = { url, accounts: publicAccounts(accounts), close: closer(server) };
  return certificate ? { ...started, caPem: certificate.cert } : started;
}
