import { type IWorldOptions, setWorldConstructor, World } from '@cucumber/cucumber';
import { CannotTellError } from './cannot-tell.ts';
import { Checks, type Level, type RequirementRef } from './checks.ts';
import { Cleanup } from './cleanup.ts';
import type { AccountRole, Config, Credentials } from './config.ts';
import { type ArgValue, buildRequest } from './ews/generic-request.ts';
import type { ItemId } from './ews/ids.ts';
import { ImApi, type Phase } from './ews/im-api.ts';
import { notMigrated, notMigratedReason } from './ews/mailbox-state.ts';
import { observeCreated } from './ews/observe.ts';
import { operation } from './ews/operations.ts';
import type { ImGroup } from './ews/responses.ts';
import { describeExchange } from './ews/responses.ts';
import type { Sent } from './expectations/persona-elements.ts';
import { PlainError } from './plain-error.ts';
import { maskForeignEntries } from './privacy.ts';
import { formatExchange } from './report/exchange-text.ts';
import { entry } from './requirements/catalogue.ts';
import { requirementFor } from './requirements/resolve.ts';
import { carriesPrefix, namePrefix, uniqueName } from './run-names.ts';
import { SchemaChecks } from './schema/exchange-checks.ts';
import { builtByTheSuite } from './schema/intent.ts';
import { sessionConfig } from './session.ts';
import { READ_OPERATIONS } from './skip-rules.ts';
import { type Exchange, SoapClient } from './soap/client.ts';
import { envelope, type RequestHeaders } from './soap/envelope.ts';
import { anchorHeaders, withImpersonation } from './soap/impersonation.ts';
import type { Xml } from './soap/xml-builder.ts';
import { currentTarget, type Target } from './target.ts';

export interface SendOptions {
  headers?: Partial<RequestHeaders>;
  phase?: Phase;
  /** Whether the request must be valid against the schema (else the suite has a defect). */
  meantValid?: boolean;
  /** Attach the exchange to the report (bulk setup attaches a summary instead). */
  attach?: boolean;
}

/**
 * What a check judges: a catalogue id, or a key that the requirements of the operation under
 * test (default: the last exchange's) and the scenario's tags make unique.
 */
export type CheckRef =
  | RequirementRef
  | { key: string; operation?: string; check?: string; level?: Level };

/**
 * One scenario's state: the target, the accounts, every exchange it made, its checks, the
 * groups it named, and what it must clean up. Steps call these methods and stay thin.
 */
export class EwsWorld extends World {
  readonly config: Config = sessionConfig();
  /** The prefix of every name this worker gives what it creates (run-names.ts). */
  readonly names = namePrefix(this.config.runPrefix);
  readonly checks = new Checks();
  /** Every exchange's request and response against the EWS schema. */
  readonly schema = new SchemaChecks(this.checks);
  readonly exchanges: Exchange[] = [];
  readonly groups = new Map<string, ImGroup & { owner: AccountRole }>();
  /** Contacts the scenario set up, by the name the feature gave them. */
  readonly contacts = new Map<string, { id: ItemId; owner: AccountRole }>();
  readonly im: ImApi;
  readonly cleanup: Cleanup;
  private soapClient: SoapClient | undefined;
  /** Every request of the scenario that returns a Persona, with what it asked for. */
  readonly adds: Array<{ exchange: Exchange; sent: Sent }> = [];
  /** Headers for the next scenario request only, set by a Given step. */
  nextHeaders: Partial<RequestHeaders> = {};
  private lastExchange: Exchange | undefined;
  /** The scenario's tags (set before it runs): they name the requirements it verifies. */
  tags: readonly string[] = [];

  constructor(options: IWorldOptions) {
    super(options);
    this.im = new ImApi((who, op, body, opts) => this.send(who, op, body, opts));
    this.cleanup = new Cleanup(this.im, this.names);
  }

  /** The server under test; read when first needed, so that a dry run needs none. */
  get target(): Target {
    return currentTarget();
  }

  get client(): SoapClient {
    const { timeoutMs, insecureTls, target } = this.config;
    // The embedded mock logs in as EWS_MOCK_AUTH chose; a live server as EWS_AUTH says.
    const auth = target.kind === 'embedded' ? target.auth : this.config.auth;
    this.soapClient ??= new SoapClient({ url: this.target.url, timeoutMs, insecureTls, auth });
    return this.soapClient;
  }

  get last(): Exchange {
    if (!this.lastExchange) throw new Error('no request has been sent in this scenario yet');
    return this.lastExchange;
  }

  account(role: AccountRole): Credentials {
    const account = this.target.accounts[role];
    if (!account) throw new Error(`the ${role} account is not configured`);
    return account;
  }

  /** A name or IM address made unique to this run, so cleanup can tell it from real data. */
  unique(value: string): string {
    return uniqueName(this.names, value);
  }

  headers(overrides: Partial<RequestHeaders> = {}): RequestHeaders {
    return { version: this.config.version, ...overrides };
  }

  async send(who: AccountRole, operation: string, body: Xml, options: SendOptions = {}) {
    const next = options.phase ? {} : this.takeNextHeaders();
    const runAs = this.runImpersonation(who);
    const routed = runAs === undefined ? {} : { impersonate: runAs };
    const headers = this.headers({ ...routed, ...next, ...options.headers });
    const meantValid = options.meantValid ?? builtByTheSuite(next);
    const xml = envelope(headers, body);
    return this.sendRaw(who, operation, xml, { ...options, headers, meantValid });
  }

  /**
   * Sends exact bytes; the mailbox is snapshotted first so that cleanup can restore it.
   * `meantValid`: the request must be valid against the schema, else the suite has a defect.
   */
  async sendRaw(
    who: AccountRole,
    operation: string,
    xml: string,
    options: SendOptions = {},
  ): Promise<Exchange> {
    const { phase = 'scenario', headers, meantValid = false, attach = true } = options;
    const runAs = headers ? undefined : this.runImpersonation(who);
    const impersonated = headers ? headers.impersonate : runAs;
    const mailbox = this.mailboxRole(who, impersonated);
    await this.beforeSending(mailbox, operation, phase);
    const bytes = runAs === undefined ? xml : withImpersonation(xml, runAs);
    const posted = await this.cleanup.guard(phase, () =>
      this.client.post(this.account(who), operation, bytes, anchorHeaders(impersonated)),
    );
    const exchange: Exchange = { ...posted, account: who, mailbox, claimed: false, phase };
    this.exchanges.push(exchange);
    if (phase === 'scenario') this.lastExchange = exchange;
    observeCreated(exchange, this.cleanup);
    // Bulk setup attaches a summary, but every wait for a busy server is shown.
    if (attach || exchange.attempts?.some((a) => a.kind === 'busy')) this.attachExchange(exchange);
    this.schema.check(exchange, meantValid);
    this.stopUnlessJudgeable(exchange);
    return exchange;
  }

  /** EWS_IMPERSONATE: the first account's requests act in that mailbox (a service account). */
  private runImpersonation(who: AccountRole): string | undefined {
    return who === 'first' ? this.config.impersonate : undefined;
  }

  /** A server still busy after every retry, or a not-migrated mailbox: nothing to judge. */
  private stopUnlessJudgeable(x: Exchange): void {
    const migrated = x.phase !== 'setup' || !notMigrated(x);
    const reason = x.throttled ?? (migrated ? undefined : notMigratedReason(this.mailboxOf(x)));
    if (reason === undefined) return;
    x.claimed = true;
    throw new CannotTellError(`cannot tell: ${reason}`);
  }

  private mailboxOf(x: Exchange): string {
    return this.target.accounts[x.mailbox]?.mailbox ?? `the ${x.mailbox} mailbox`;
  }

  /** Before a request: the read-only guard, and the snapshot that cleanup restores from. */
  private async beforeSending(mailbox: AccountRole, operation: string, phase: Phase) {
    if (phase === 'cleanup') return;
    const writes = !READ_OPERATIONS.includes(operation);
    if (writes && phase === 'setup' && this.config.readOnly) {
      throw new PlainError(`read-only mode (EWS_READ_ONLY=1): the setup would send ${operation}`);
    }
    if (phase === 'scenario' || writes) await this.cleanup.ensureSnapshot(mailbox);
  }

  /**
   * The exchange as readable text, labelled with its operation and phase. On a live server the
   * entries of an IM list that the run did not create are masked (privacy.ts).
   */
  attachExchange(exchange: Exchange): void {
    const fileName = `${exchange.operation} (${exchange.phase}, ${exchange.account}).txt`;
    const shown = this.target.embedded
      ? exchange
      : { ...exchange, responseText: maskForeignEntries(exchange.responseText, this.ours) };
    this.attach(formatExchange(shown), { mediaType: 'text/plain', fileName });
  }

  /** Whether an IM-list entry is this run's: a name with its prefix, or an id it registered. */
  private readonly ours = (texts: readonly string[], ids: readonly string[]): boolean =>
    texts.some((t) => carriesPrefix(t, this.config.runPrefix)) ||
    ids.some((id) => this.cleanup.created(id));

  /** The account whose mailbox a request acts in: the impersonated one, if any. */
  private mailboxRole(who: AccountRole, impersonated: string | undefined): AccountRole {
    if (impersonated === undefined) return who;
    const roles = Object.keys(this.target.accounts) as AccountRole[];
    const owner = roles.find((r) => this.target.accounts[r]?.mailbox === impersonated);
    return owner ?? who;
  }

  private takeNextHeaders(): Partial<RequestHeaders> {
    const headers = this.nextHeaders;
    this.nextHeaders = {};
    return headers;
  }

  /** On a live server the sample's IM address gets the run prefix; the mock gets the bytes. */
  sampleAddress(address: string): string {
    return this.target.embedded ? address : this.unique(address);
  }

  /** Checks a requirement; the failure message carries the id, the statement, the exchange. */
  verify(ref: CheckRef, assertion: () => void): void {
    const id = this.requirementId(ref);
    const { check, level } = ref;
    this.checks.verifyRequirement({ id, check, level }, assertion, this.context());
  }

  /** A check that judges no server requirement (the documentation, the suite itself). */
  verifyUnlisted(level: Level, statement: string, assertion: () => void): void {
    this.checks.verify(level, statement, assertion, this.context());
  }

  /** An informative note that belongs to a requirement. */
  note(ref: CheckRef, statement: string, detail: string): void {
    this.checks.note(statement, detail, this.requirementId(ref));
  }

  /**
   * The id a check judges. A requirement verified by scenarios must be among the scenario's
   * tags, so that the tags say truly what each scenario verifies.
   */
  requirementId(ref: CheckRef): string {
    const id =
      'id' in ref
        ? ref.id
        : requirementFor(ref.operation ?? this.last.operation, ref.key, this.tags).id;
    const found = entry(id);
    if (found.verifiedBy === 'scenario' && !this.tags.includes(`@${id}`)) {
      throw new Error(`the scenario checks ${id} (${found.statement}) but is not tagged @${id}`);
    }
    return id;
  }

  private context(): string {
    return this.lastExchange ? describeExchange(this.lastExchange) : '';
  }

  /** Marks the last exchange's fault or error as expected by the scenario. */
  claim(): void {
    this.last.claimed = true;
  }

  /** Sends an IM-list operation built from named arguments, in schema order. */
  async sendOperation(
    who: AccountRole,
    op: string,
    args: Map<string, ArgValue>,
  ): Promise<Exchange> {
    const exchange = await this.send(who, op, buildRequest(op, args));
    if (operation(op).payload === 'Persona') {
      const address = args.get('ImAddress') ?? args.get('ImContactSipUriAddress');
      const name = args.get('DisplayName');
      const sent = {
        imAddress: String(address ?? ''),
        ...(name ? { displayName: String(name) } : {}),
      };
      this.adds.push({ exchange, sent });
    }
    return exchange;
  }

  /** A distribution group scenarios add: the mock's seeded ones, or EWS_(SECOND_)DG_ADDRESS. */
  distributionGroup(which: 'first' | 'second' = 'first'): string {
    if (this.target.embedded)
      return which === 'first' ? 'sales@contoso.com' : 'support@contoso.com';
    const { dgAddress, secondDgAddress } = this.config.optional;
    const address = which === 'first' ? dgAddress : secondDgAddress;
    const variable = which === 'first' ? 'EWS_DG_ADDRESS' : 'EWS_SECOND_DG_ADDRESS';
    if (!address) throw new Error(`no ${which} distribution group: set ${variable}`);
    return address;
  }

  /** The id of a system group (created on demand by GetImItemList) of a mailbox. */
  async systemGroupId(type: string, who: AccountRole = 'first'): Promise<ItemId> {
    const group = (await this.im.list(who)).groups.find((g) => g.groupType === type);
    if (!group) throw new Error(`the ${who} account's IM list has no ${type} group`);
    return group.id;
  }

  async disposeClient(): Promise<void> {
    await this.soapClient?.dispose();
    this.soapClient = undefined;
  }

  contact(name: string): { id: ItemId; owner: AccountRole } {
    const contact = this.contacts.get(name);
    if (!contact) throw new Error(`no contact named "${name}" was set up in this scenario`);
    return contact;
  }

  group(name: string): ImGroup & { owner: AccountRole } {
    const group = this.groups.get(name);
    if (!group) throw new Error(`no group named "${name}" was set up in this scenario`);
    return group;
  }
}

setWorldConstructor(EwsWorld);
