import type { Config } from './config.ts';
import { notMigrated, notMigratedReason } from './ews/mailbox-state.ts';
import * as req from './ews/requests.ts';
import { type Posted, SoapClient } from './soap/client.ts';
import { envelope } from './soap/envelope.ts';
import { anchorHeaders } from './soap/impersonation.ts';
import { refusalCode } from './soap/reply.ts';

/**
 * Before any scenario, one GetImItemList as the first account (through EWS_IMPERSONATE when
 * set) tells whether the live server can be used at all: reachable, speaking SOAP, accepting
 * the login and the impersonation, not throttling everything. If not, the run stops with one
 * plain message instead of the same failure in every scenario. A mailbox whose IM list was
 * never migrated (pitfall P15) does not stop the run: its scenarios end "cannot tell".
 */
export interface Preflight {
  /** Why the server cannot be tested (exit code 2). */
  problem?: string;
  /** What the run should know but goes on with. */
  warnings: string[];
}

const DENIED = ['ErrorImpersonateUserDenied', 'ErrorImpersonationDenied'];

function impersonationProblem(config: Config, code: string | undefined): string | undefined {
  const mailbox = config.impersonate;
  if (mailbox === undefined || config.target.kind !== 'live') return undefined;
  const account = config.target.accounts.first.username;
  if (code && DENIED.includes(code)) {
    const right = `the right to impersonate ${mailbox} (ApplicationImpersonation)`;
    return `the account ${account} lacks ${right}: the server answered ${code}`;
  }
  if (code === 'ErrorImpersonationFailed' || code === 'ErrorNonExistentMailbox') {
    const check = 'check that EWS_IMPERSONATE names an existing mailbox';
    return `${account} could not act in ${mailbox} (${code}): ${check}`;
  }
  return undefined;
}

function judge(config: Config, posted: Posted, mailbox: string): Preflight {
  if (posted.throttled) {
    return {
      problem: `the server throttles the suite: ${posted.throttled}; try later`,
      warnings: [],
    };
  }
  if (posted.reply.kind === 'not-soap') return { problem: posted.reply.problem, warnings: [] };
  const problem = impersonationProblem(config, refusalCode(posted.reply));
  if (problem) return { problem, warnings: [] };
  if (notMigrated(posted)) {
    const why = `${notMigratedReason(mailbox)}; every scenario in it ends "cannot tell"`;
    return { warnings: [why] };
  }
  return { warnings: [] };
}

export async function preflight(config: Config): Promise<Preflight> {
  if (config.target.kind !== 'live') return { warnings: [] };
  const { url, accounts } = config.target;
  const { timeoutMs, insecureTls, auth, impersonate } = config;
  const client = new SoapClient({ url, timeoutMs, insecureTls, auth });
  try {
    const xml = envelope({ version: config.version, impersonate }, req.getImItemList());
    const headers = anchorHeaders(impersonate);
    const posted = await client.post(accounts.first, 'GetImItemList', xml, headers);
    return judge(config, posted, accounts.first.mailbox);
  } finally {
    await client.dispose();
  }
}
