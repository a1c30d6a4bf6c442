import { parallelCanAssignHelpers } from '@cucumber/cucumber';
import type { Config, Credentials, LiveTarget } from './config.ts';

/**
 * Parallel runs (`npm run conformance -- --parallel N`): which mailbox each cucumber worker
 * tests, whether the configuration has enough of them, and which scenarios must not run on two
 * workers at once.
 *
 * Each worker process runs its scenarios one after another in its own first mailbox, so the
 * scenarios that share a mailbox's limited state (its group and contact limits, the list as a
 * whole) never overlap. Against the embedded mock every worker starts its own mock, with its own
 * accounts, groups and limits. Against a live server worker i takes EWS_ACCOUNTS[i] as its first
 * account (without EWS_ACCOUNTS there is one mailbox, the first account's, for worker 0); the
 * second account, the impersonator and the distribution groups are shared by all workers.
 */

/** This process's cucumber worker (CUCUMBER_WORKER_ID), undefined in a serial run. */
export function workerIndex(env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (env.CUCUMBER_PARALLEL !== 'true') return undefined;
  const id = Number(env.CUCUMBER_WORKER_ID);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

/** The first mailboxes a live run can hand out, one per worker, in worker order. */
export function workerMailboxes(config: Config, target: LiveTarget): Credentials[] {
  if (config.impersonate || target.pool.length === 0) return [target.accounts.first];
  return target.pool;
}

/** A live target's accounts as the given worker sees them: its own first account. */
export function workerAccounts(
  config: Config,
  target: LiveTarget,
  worker: number | undefined,
): LiveTarget['accounts'] {
  if (worker === undefined) return target.accounts;
  const first = workerMailboxes(config, target)[worker];
  if (!first) {
    throw new Error(`worker ${worker} has no mailbox: the launcher should have refused the run`);
  }
  return { ...target.accounts, first };
}

/** `--parallel`'s value: a whole number of workers from 1 up, or what is wrong with it. */
export function parseWorkers(raw: string): number | string {
  const n = Number(raw);
  if (/^[0-9]+$/.test(raw) && n >= 1) return n;
  return `--parallel needs a whole number of workers (1 or more), not "${raw}"`;
}

function sameMailbox(a: Credentials | undefined, b: Credentials): boolean {
  return a !== undefined && a.mailbox.toLowerCase() === b.mailbox.toLowerCase();
}

/** Pool accounts that are also the shared second account or the impersonator. */
function sharedPoolProblems(target: LiveTarget, used: Credentials[]): string[] {
  const { second, impersonator } = target.accounts;
  return used.flatMap((a, i) => {
    const role = sameMailbox(second, a)
      ? 'second'
      : sameMailbox(impersonator, a)
        ? 'impersonator'
        : '';
    if (!role) return [];
    return [
      `EWS_ACCOUNTS[${i}] (${a.mailbox}) is also the ${role} account, which every worker ` +
        'shares: give each worker a mailbox of its own',
    ];
  });
}

/** Why `--parallel workers` cannot run with this configuration (usage errors, exit 2). */
export function parallelProblems(config: Config, workers: number): string[] {
  const target = config.target;
  if (target.kind !== 'live' || workers === 1) return [];
  const mailboxes = workerMailboxes(config, target);
  if (config.impersonate) {
    return [
      `--parallel ${workers} with EWS_IMPERSONATE: every worker would act in the one ` +
        'impersonated mailbox; run without --parallel',
    ];
  }
  if (workers > mailboxes.length) {
    const have = target.pool.length > 0 ? `EWS_ACCOUNTS names ${mailboxes.length}` : 'only one';
    return [
      `--parallel ${workers} needs ${workers} test mailboxes, one per worker, but ${have} is ` +
        'configured: list one account per worker in EWS_ACCOUNTS (README, "Parallel runs")',
    ];
  }
  return sharedPoolProblems(target, mailboxes.slice(0, workers));
}

/** `--parallel`'s value checked against the configuration: the workers, or the usage errors. */
export function parallelOption(
  config: Config,
  raw: string,
): { workers: number; problems: string[] } {
  const workers = parseWorkers(raw);
  if (typeof workers === 'string') return { workers: 1, problems: [workers] };
  return { workers, problems: parallelProblems(config, workers) };
}

/**
 * Tags of scenarios that change state in a mailbox every worker shares: at most one of each
 * runs at a time. `@needs-second-account` scenarios create groups and contacts in the second
 * account's mailbox. The impersonator acts only in the worker's own first mailbox, and adding a
 * distribution group to an IM list changes nothing in the group, so those scenarios run freely.
 */
export const SHARED_STATE_TAGS: readonly string[] = ['@needs-second-account'];

/** Whether a scenario may start while the others run (for cucumber's setParallelCanAssign). */
export const canAssign = parallelCanAssignHelpers.atMostOnePicklePerTag([...SHARED_STATE_TAGS]);
