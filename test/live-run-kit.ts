import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Credentials } from '../support/config.ts';
import { type ArgValue, buildRequest } from '../support/ews/generic-request.ts';
import type { ItemId } from '../support/ews/ids.ts';
import {
  contactIdsOf,
  type ImItemList,
  readGroup,
  readImItemList,
  responseMessage,
} from '../support/ews/responses.ts';
import { SoapClient } from '../support/soap/client.ts';
import { envelope } from '../support/soap/envelope.ts';
import { one } from '../support/xml/xpath.ts';
import { picture } from './mailbox-helpers.ts';

/**
 * For tests that run the launcher against a standalone mock as if it were a live server: the
 * mock's accounts as settings, a user's own IM list to seed, a proxy that watches (and can
 * disturb) the traffic, and a launcher run that keeps its reports folder and can be signalled.
 */
const _ROOT = new URL('..', import.meta.url).pathname;

export const USER1: Credentials = {
  username: 'user1@contoso.com',
  password: 'Passw0rd-1',
  mailbox: 'user1@contoso.com',
};
export const USER2: Credentials = {
  username: 'user2@contoso.com',
  password: 'Passw0rd-2',
  mailbox: 'user2@contoso.com',
};

/** The accounts of the mock (mock/accounts.ts) as the suite's settings. */
export const ACCOUNT_ENV = {
  EWS_USERNAME: USER1.username,
  EWS_PASSWORD: USER1.password,
  EWS_SECOND_USERNAME: USER2.username,
  EWS_SECOND_PASSWORD: USER2.password,
  EWS_IMPERSONATOR_USERNAME: 'svc@contoso.com',
  EWS_IMPERSONATOR_PASSWORD: 'Passw0rd-svc',
};

/** The opt-in scenarios too, so that a live run is the whole suite. */
export const OPT_IN_ENV = {
  EWS_DG_ADDRESS: 'sales@contoso.com',
  EWS_SECOND_DG_ADDRESS: 'support@contoso.com',
  EWS_LIMITS: '1',
  EWS_MIGRATION_FLAG: '1',
};

/** One account's IM list, driven by plain requests. */
export class Account {
  private readonly client: SoapClient;

  constructor(
    url: string,
    private readonly who: Credentials,
  ) {
    this.client = new SoapClient({ url, timeoutMs: 10_000, insecureTls: false });
  }

  async call(op: string, args: Array<[string, ArgValue]> = []) {
    const xml = envelope({ version: 'Exchange2013' }, buildRequest(op, new Map(args)));
    const posted = await this.client.post(this.who, op, xml);
    const exchange = { ...posted, account: 'first', mailbox: 'first', claimed: false } as const;
    const message = responseMessage({ ...exchange, phase: 'setup' });
    if (message.responseClass !== 'Success') throw new Error(`${op}: ${message.responseCode}`);
    return message;
  }

  async list(): Promise<ImItemList> {
    return readImItemList(await this.call('GetImItemList'));
  }

  async addGroup(name: string): Promise<ItemId> {
    return readGroup(
      one((await this.call('AddImGroup', [['DisplayName', name]])).root, 'm:ImGroup'),
    ).id;
  }

  /** A new contact; its Quick Contacts id. */
  async addContact(address: string, name: string, group?: ItemId): Promise<ItemId> {
    const args: Array<[string, ArgValue]> = [
      ['ImAddress', address],
      ['DisplayName', name],
    ];
    const message = await this.call(
      'AddNewImContactToGroup',
      group ? [...args, ['GroupId', group]] : args,
    );
    const [id] = contactIdsOf(one(message.root, 'm:Persona'));
    if (!id) throw new Error('the new contact has no Quick Contacts SourceId');
    return id;
  }

  async systemGroup(type: string): Promise<ItemId> {
    const group = (await this.list()).groups.find((g) => g.groupType === type);
    if (!group) throw new Error(`no ${type} group`);
    return group.id;
  }

  close(): Promise<void> {
    return this.client.dispose();
  }
}

/**
 * A user's own IM list, as a person would have it: the system groups (created by the first
 * read), own groups with contacts, a contact in Other Contacts and in Favorites, a telephone
 * contact, an entry for a distribution group the suite also uses, a group named like the
 * suite's. Every name is one the privacy checks look for.
 */
export const SEEDED_NAMES = [
  'Kimura Household',
  'Pat Kimura',
  'pat.kimura',
  'Ravi Sharma',
  'Sales (mine)',
  'Book club',
];

export async function seedUser1(url: string): Promise<void> {
  const user = new Account(url, USER1);
  await user.list();
  const home = await user.addGroup('Kimura Household');
  const pat = await user.addContact('pat.kimura@fabrikam.com', 'Pat Kimura', home);
  await user.addContact('ravi.sharma@fabrikam.com', 'Ravi Sharma');
  const favorites = await user.systemGroup('IPM.DistList.MOC.Favorites');
  await user.call('AddImContactToGroup', [
    ['ContactId', pat],
    ['GroupId', favorites],
  ]);
  await user.call('AddNewTelUriContactToGroup', [
    ['TelUriAddress', 'tel:+15550100'],
    ['ImContactSipUriAddress', 'sip:front.desk@fabrikam.com'],
    ['ImTelephoneNumber', '+15550100'],
    ['GroupId', home],
  ]);
  await user.call('AddDistributionGroupToImList', [
    ['SmtpAddress', 'sales@contoso.com'],
    ['DisplayName', 'Sales (mine)'],
  ]);
  await user.addGroup('Friends');
  await user.close();
}

export async function seedUser2(url: string): Promise<void> {
  const user = new Account(url, USER2);
  const club = await user.addGroup('Book club');
  await user.addContact('lee.chen@fabrikam.com', 'Lee Chen', club);
  await user.close();
}

/** Both users' IM lists, comparable. */
export async function pictures(url: string): Promise<string[][]> {
  return Promise.all(
    [USER1, USER2].map(async (who) => {
      const user = new Account(url, who);
      const seen = picture(await user.list());
      await user.close();
      return seen;
    }),
  );
}

/** What the proxy does with one request: pass it on, or pass it on and lose the answer. */
export type Disturb = (
  operation: string,
  count: number,
  status: number,
) => 'forward' | 'lose-answer' | Promise<'forward' | 'lose-answer'>;

function operationOf(body: string): string {
  return /<(?:[\w.-]+:)?Body\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(body)?.[1] ?? '(none)';
}

const HOP_BY_HOP = new Set([
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'host',
]);

/** A recording HTTP proxy in front of a mock: every operation in order, and a hook. */
export class RecordingProxy {
  readonly operations: string[] = [];
  /** The HTTP status of each operation's answer, in the same order. */
  readonly statuses: number[] = [];
  url = '';
  private server: Server | undefined;

  constructor(
    private readonly target: string,
    private readonly disturb: Disturb = () => 'forward',
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: Error) => {
        if (!res.headersSent) res.writeHead(502).end(err.message);
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/EWS/Exchange.asmx`;
    return this;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const op = operationOf(body.toString('utf-8'));
    const index = this.operations.push(op) - 1;
    const count = this.operations.filter((o) => o === op).length;
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k]) => !HOP_BY_HOP.has(k)) as Array<[string, string]>,
    );
    const method = req.method ?? 'POST';
    const target = new URL(req.url ?? '/', this.target).href;
    const sent = method === 'GET' || method === 'HEAD' ? {} : { body };
    const answer = await fetch(target, { method, headers, ...sent });
    const text = Buffer.from(await answer.arrayBuffer());
    this.statuses[index] = answer.status;
    const what = await this.disturb(op, count, answer.status);
    if (what === 'lose-answer') {
      req.socket.destroy();
      return;
    }
    const out: Record<string, string> = {};
    answer.headers.forEach((v, k) => {
      if (!HOP_BY_HOP.has(k) && k !== 'content-encoding') out[k] = v;
    });
    res.writeHead(answer.status, out).end(text);
  }

  count(op: string): number {
    return this.operations.filter((o) => o === op).length;
  }

  close(): Promise<void> {
    return new Promise((r) => {
      this.server?.closeAllConnections();
      this.server?.close(() => r());
    });
  }
}

export type { SuiteRun as Launch } from './run-suite.ts';
export { launch } from './run-suite.ts';

/** Every file under a folder, as text. */
export function filesUnder(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return [{ path, text: readFileSync(path, 'latin1') }];
  });
}
