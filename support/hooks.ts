import { After, AfterAll, Before, BeforeAll, setDefaultTimeout } from '@cucumber/cucumber';
import { CHECKS_MEDIA_TYPE } from './checks.ts';
import { unclaimedProblems } from './guard.ts';
import { log } from './log.ts';
import { PlainError } from './plain-error.ts';
import { redact, registerCredentials } from './redact.ts';
import { checksText } from './report/checks-text.ts';
import { SKIP_MEDIA_TYPE } from './report/tally.ts';
import { prepareSchemaOrExit } from './schema/session.ts';
import { sessionConfig } from './session.ts';
import { closeTarget, currentTarget, openTarget } from './target.ts';
import type { EwsWorld } from './world.ts';

setDefaultTimeout(120_000);

BeforeAll(async () => {
  const target = await openTarget(sessionConfig());
  for (const a of Object.values(target.accounts))
    if (a) registerCredentials(a.username, a.password);
  log('info', `${target.embedded ? 'Embedded mock EWS server' : 'Target'}: ${target.url}`);
  await prepareSchemaOrExit(sessionConfig(), target);
});

AfterAll(async () => {
  await closeTarget();
});

function skipUnless(tag: string, reason: () => string | undefined): void {
  Before({ tags: tag }, function (this: EwsWorld, { pickle }) {
    const why = reason();
    if (!why) return undefined;
    this.attach(why, SKIP_MEDIA_TYPE);
    log('info', `skipped "${pickle.name}": ${why}`);
    return 'skipped';
  });
}

skipUnless('@needs-second-account', () =>
  currentTarget().accounts.second
    ? undefined
    : 'needs a second mailbox: set EWS_SECOND_USERNAME and EWS_SECOND_PASSWORD',
);

skipUnless('@needs-impersonator', () =>
  currentTarget().accounts.impersonator
    ? undefined
    : 'needs an account with impersonation rights: ' +
      'set EWS_IMPERSONATOR_USERNAME and EWS_IMPERSONATOR_PASSWORD',
);

skipUnless('@needs-distribution-group', () =>
  currentTarget().embedded || sessionConfig().optional.dgAddress
    ? undefined
    : 'needs a distribution group that exists on the server: set EWS_DG_ADDRESS',
);

skipUnless('@needs-second-distribution-group', () =>
  currentTarget().embedded || sessionConfig().optional.secondDgAddress
    ? undefined
    : 'needs a second distribution group on the server: set EWS_SECOND_DG_ADDRESS',
);

skipUnless('@limits', () =>
  currentTarget().embedded || sessionConfig().optional.limits
    ? undefined
    : 'fills the mailbox up to its limits: set EWS_LIMITS=1 to run it on a live server',
);

skipUnless('@migration-flag', () =>
  currentTarget().embedded || sessionConfig().optional.migrationFlag
    ? undefined
    : 'sets a flag the suite cannot read back or restore: set EWS_MIGRATION_FLAG=1 to run it',
);

skipUnless('@mock-only', () =>
  currentTarget().embedded ? undefined : 'only meaningful against the embedded mock',
);

/**
 * After every scenario, in this order: the unclaimed-fault guard, cleanup (also when the
 * scenario failed), the check records for the report, and the request contexts.
 */
After(async function (this: EwsWorld, { result }) {
  const problems = unclaimedProblems(this.exchanges);
  if (result?.status !== 'SKIPPED') problems.push(...(await this.cleanup.run()));
  problems.push(...this.schema.finish());
  this.attach(JSON.stringify(this.checks.records), CHECKS_MEDIA_TYPE);
  const summary = redact(checksText(this.checks.records));
  this.attach(summary, { mediaType: 'text/plain', fileName: 'checks.txt' });
  for (const w of this.checks.warnings) log('warn', `${w.statement}: ${w.detail ?? ''}`);
  await this.disposeClient();
  if (problems.length > 0) throw new PlainError(problems.join('\n'));
});
