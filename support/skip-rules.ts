import { sessionConfig } from './session.ts';
import { currentTarget } from './target.ts';

/**
 * Scenarios that need what the configuration may not give: each tag, whether the run can have
 * it, and what to set when it cannot. The embedded mock has everything.
 */
export interface SkipRule {
  tag: string;
  available: () => boolean;
  reason: string;
}

const live = () => !currentTarget().embedded;
const optional = () => sessionConfig().optional;

/** The operations that only read; in read-only mode no setup may send any other. */
export const READ_OPERATIONS: readonly string[] = ['GetImItemList', 'GetImItems'];

/** The tag of the scenarios that change nothing (they alone run with EWS_READ_ONLY=1). */
export const READ_ONLY_TAG = '@read-only';

export const SKIP_RULES: readonly SkipRule[] = [
  {
    tag: `not ${READ_ONLY_TAG}`,
    available: () => !sessionConfig().readOnly,
    reason: 'read-only mode: the scenario changes the mailbox (EWS_READ_ONLY=1)',
  },
  {
    tag: '@needs-second-account',
    available: () => currentTarget().accounts.second !== undefined,
    reason: 'needs a second mailbox: set EWS_SECOND_USERNAME and EWS_SECOND_PASSWORD',
  },
  {
    tag: '@needs-impersonator',
    available: () => currentTarget().accounts.impersonator !== undefined,
    reason:
      'needs an account with impersonation rights: ' +
      'set EWS_IMPERSONATOR_USERNAME and EWS_IMPERSONATOR_PASSWORD',
  },
  {
    tag: '@needs-distribution-group',
    available: () => !live() || optional().dgAddress !== undefined,
    reason: 'needs a distribution group that exists on the server: set EWS_DG_ADDRESS',
  },
  {
    tag: '@needs-second-distribution-group',
    available: () => !live() || optional().secondDgAddress !== undefined,
    reason: 'needs a second distribution group on the server: set EWS_SECOND_DG_ADDRESS',
  },
  {
    tag: '@limits',
    available: () => !live() || optional().limits,
    reason: 'fills the mailbox up to its limits: set EWS_LIMITS=1 to run it on a live server',
  },
  {
    tag: '@migration-flag',
    available: () => !live() || optional().migrationFlag,
    reason: 'sets a flag the suite cannot read back or restore: set EWS_MIGRATION_FLAG=1 to run it',
  },
  {
    tag: '@mock-only',
    available: () => !live(),
    reason: 'only meaningful against the embedded mock',
  },
];
