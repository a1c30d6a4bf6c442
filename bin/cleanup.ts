import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../support/config.ts';
import type { ImApi } from '../support/ews/im-api.ts';
import {
  findLeftovers,
  namedRun,
  type RunLeftovers,
  standardRuns,
  together,
} from '../support/leftovers.ts';
import { log, out } from '../support/log.ts';
import { type MailboxAccess, mailboxApi } from '../support/mailbox-api.ts';
import { redact, registerAccount } from '../support/redact.ts';
import { removeAndVerify } from '../support/removal.ts';
import { SoapClient } from '../support/soap/client.ts';
import { exitWithUsage } from '../support/usage.ts';

/**
 * `npm run cleanup`: lists and removes what earlier, interrupted runs left in the configured
 * accounts' mailboxes, recognised by the run prefix in the names alone. Exit codes: 0 nothing
 * is left (or --dry-run), 1 something could not be removed, 2 a usage, configuration or
 * connection problem.
 */
const USAGE = `usage: npm run cleanup -- [--run ID] [--dry-run]

Removes what earlier runs of the suite left in the mailboxes of the configured accounts (the
same EWS_* settings as npm run conformance): the groups and contacts whose names carry a run
prefix, ewsct-<yyyymmddThhmmss>-<hex>. Nothing else is touched. A run that started less than an
hour ago is listed but left alone, since it may still be going on, unless --run names it.

  --run ID     only this run, at any age: its id (20261203t104300-3f9a1c), its prefix
               (ewsct-20261203t104300-3f9a1c), or the EWS_RUN_PREFIX it ran with
  --dry-run    list what would be removed; remove nothing

Exit codes: 0 nothing is left (or --dry-run), 1 something could not be removed,
2 usage, configuration or connection problem.`;

const MIN_AGE_MS = 60 * 60 * 1000;

function usageError(message: string): never {
  return exitWithUsage(message, USAGE);
}

function parseCli() {
  try {
    return parseArgs({
      options: {
        run: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }).values;
  } catch (err) {
    return usageError((err as Error).message);
  }
}

/** The prefix `--run` names: a run id becomes `ewsct-<id>`. */
function runPrefix(value: string): string {
  const v = value.trim().toLowerCase();
  if (/^\d{8}t\d{6}-[0-9a-f]{6}$/.test(v)) return `ewsct-${v}`;
  if (/^[a-z][a-z0-9-]{3,30}$/.test(v)) return v;
  return usageError(`--run: "${value}" is neither a run id (20261203t104300-3f9a1c) nor a prefix`);
}

function liveConfig(): Config & { target: { kind: 'live' } } {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    log('error', err.message);
    process.exit(2);
  }
  if (config.target.kind !== 'live') {
    log('error', 'npm run cleanup needs EWS_URL and an account: the embedded mock keeps nothing');
    process.exit(2);
  }
  return config as Config & { target: { kind: 'live' } };
}

/** Every mailbox a run writes to: the first (or the impersonated one), the second, the pool. */
function mailboxes(config: Config & { target: { kind: 'live' } }): MailboxAccess[] {
  const { first, second } = config.target.accounts;
  const all: MailboxAccess[] = [{ account: first, impersonate: config.impersonate }];
  for (const account of [second, ...config.target.pool]) {
    if (account) all.push({ account });
  }
  const seen = new Set<string>();
  return all.filter((m) => {
    const key = (m.impersonate ?? m.account.mailbox).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeRun(run: RunLeftovers, kept: boolean): string[] {
  const started = run.startedAt ? ` (started ${run.startedAt.toISOString()})` : '';
  const note = kept ? `: left alone, it is less than an hour old (--run ${run.prefix})` : ':';
  return [`  run ${run.prefix}${started}${note}`, ...run.lines.map((l) => `    ${l}`)];
}

async function cleanMailbox(im: ImApi, name: string, args: ReturnType<typeof parseCli>) {
  const runOf = args.run ? namedRun(runPrefix(args.run)) : standardRuns;
  const list = await im.list('first', 'cleanup');
  const runs = findLeftovers(list, runOf);
  if (runs.length === 0) {
    out(`${name}: nothing left by earlier runs`);
    return 0;
  }
  const old = (r: RunLeftovers) => r.startedAt && Date.now() - r.startedAt.getTime() >= MIN_AGE_MS;
  const chosen = runs.filter((r) => args.run !== undefined || old(r));
  out(`${name}:`);
  for (const r of runs) for (const line of describeRun(r, !chosen.includes(r))) out(line);
  if (args['dry-run'] || chosen.length === 0) return 0;
  const left = await removeAndVerify(im, 'first', together(chosen), list);
  for (const line of left) log('error', `${name}: could not remove ${line}`);
  const removed = chosen.reduce((n, r) => n + r.lines.length, 0);
  if (left.length === 0) out(`${name}: removed the ${removed} entries of ${chosen.length} run(s)`);
  return left.length === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  const args = parseCli();
  if (args.help) {
    out(USAGE);
    return 0;
  }
  if (args.run !== undefined) runPrefix(args.run);
  const config = liveConfig();
  const boxes = mailboxes(config);
  for (const box of boxes) registerAccount(box.account);
  const { url } = config.target;
  const { timeoutMs, insecureTls, auth } = config;
  const client = new SoapClient({ url, timeoutMs, insecureTls, auth });
  let code = 0;
  try {
    for (const box of boxes) {
      const name = box.impersonate ?? box.account.mailbox;
      try {
        code = Math.max(
          code,
          await cleanMailbox(mailboxApi(client, config.version, box), name, args),
        );
      } catch (err) {
        log('error', `${name}: ${redact((err as Error).message)}`);
        code = 2;
      }
    }
  } finally {
    await client.dispose();
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log('error', redact(err instanceof Error ? err.message : String(err)));
    process.exit(1);
  },
);
