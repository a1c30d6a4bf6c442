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
import { SKIP_RULES } from './skip-rules.ts';
import { closeTarget, openTarget } from './target.ts';
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

for (const rule of SKIP_RULES) {
  Before({ tags: rule.tag }, function (this: EwsWorld, { pickle }) {
    if (rule.available()) return undefined;
    this.attach(rule.reason, SKIP_MEDIA_TYPE);
    log('info', `skipped "${pickle.name}": ${rule.reason}`);
    return 'skipped';
  });
}

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
