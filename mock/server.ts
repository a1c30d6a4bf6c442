import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ACCOUNTS } from './accounts.ts';
import { Deviations } from './faults.ts';
import { createHandler } from './http/handler.ts';
import { type Policies, resolvePolicies } from './policies.ts';
import { envelopeValidator } from './schema/validator.ts';
import { DEFAULT_LIMITS, type Limits } from './state/mailbox.ts';
import { Store } from './state/store.ts';

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
}

export interface MockAccount {
  username: string;
  password: string;
  smtp: string;
  note: string;
}

export interface MockServer {
  url: string;
  accounts: MockAccount[];
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

/** Starts a mock EWS server with a fresh in-memory state. */
export async function startMock(options: MockOptions = {}): Promise<MockServer> {
  const deviations = Deviations.parse(options.faults ?? []);
  const policies = resolvePolicies(options.policies);
  envelopeValidator();
  const store = new Store({ ...DEFAULT_LIMITS, ...options.limits });
  const context = { store, deviations, policies };
  const handler = createHandler(context, { verbose: options.verbose ?? false });
  const server = createServer(handler);
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const accounts = ACCOUNTS.map(({ username, password, smtp, note }) => ({
    username,
    password,
    smtp,
    note,
  }));
  const url = `http://${urlHost(host, server)}:${port}/EWS/Exchange.asmx`;
  return { url, accounts, close: closer(server) };
}
