/** A small HTTP client for the mock's own tests (global fetch). */
import type { MockAccount, MockServer } from '../server.ts';
import { parseXml } from './dom.ts';
import { type EnvelopeOptions, envelope } from './requests.ts';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

export interface SoapReply extends Reply {
  doc: Document;
}

export function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

export async function postRaw(
  url: string,
  body: string | Uint8Array<ArrayBuffer>,
  auth?: string,
): Promise<Reply> {
  const headers: Record<string, string> = { 'Content-Type': 'text/xml; charset=utf-8' };
  if (auth !== undefined) headers.Authorization = auth;
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** A caller bound to one mock account. */
export class MockClient {
  constructor(
    readonly server: MockServer,
    readonly account: MockAccount,
  ) {}

  static as(server: MockServer, username: string): MockClient {
    const account = server.accounts.find((a) => a.username === username);
    if (!account) throw new Error(`no mock account ${username}`);
    return new MockClient(server, account);
  }

  async raw(body: string | Uint8Array<ArrayBuffer>): Promise<SoapReply> {
    const auth = basic(this.account.username, this.account.password);
    const reply = await postRaw(this.server.url, body, auth);
    return { ...reply, doc: parseXml(reply.text) };
  }

  call(body: string, options: EnvelopeOptions = {}): Promise<SoapReply> {
    return this.raw(envelope(body, options));
  }
}
