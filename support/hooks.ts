import './source-maps.ts';
import { After, AfterAll, Before, BeforeAll, setDefaultTimeout } from '@cucumber/cucumber';
import { CHECKS_MEDIA_TYPE } from './checks.ts';
import { unclaimedProblems } from './guard.ts';
import { installInterruptHandlers, removeInterruptHandlers, track, untrack } from './interrupt.ts';
import { log } from './log.ts';
import { PlainError } from './plain-error.ts';
import { redact, registerAccount } from './redact.ts';
import { checksText } from './report/checks-text.ts';
import { SKIP_MEDIA_TYPE } from './report/tally.ts';
import { namePrefix } from './run-names.ts';
import { prepareSchemaOrExit } from './schema/session.ts';
import { sessionConfig } from './session.ts';
import { READ_ONLY_TAG, SKIP_RULES } from './skip-rules.ts';
import { closeTarget, openTarget } from './target.ts';
import type { EwsWorld } from './world.ts';

setDefaultTimeout(120_000);

/** Scenarios whose data EWS_KEEP_DATA=1 kept, for the note at the end of the run. */
let keptIn = 0;

BeforeAll(async () => {
  const config = sessionConfig();
  const target = await openTarget(config);
  for (const a of Object.values(target.accounts)) if (a) registerAccount(a);
  log('info', `${target.embedded ? 'Embedded mock EWS server' : 'Target'}: ${target.url}`);
  if (config.readOnly)
    log('info', `read-only mode: only the scenarios tagged ${READ_ONLY_TAG} run`);
  const { keepData, runPrefix, timeoutMs } = config;
  installInterruptHandlers({ keepData, runPrefix, timeoutMs });
  await prepareSchemaOrExit(config, target);
});

AfterAll(async () => {
  removeInterruptHandlers();
  if (keptIn > 0) {
    const prefix = namePrefix(sessionConfig().runPrefix);
    log(
      'warn',
      `EWS_KEEP_DATA=1: what ${keptIn} scenario(s) created was kept (names start with ` +
        `"${prefix}"); npm run cleanup -- --run ${sessionConfig().runPrefix} removes it`,
    );
  }
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

Before(function (this: EwsWorld) {
  track(this.cleanup);
});

/**
 * Empties the scenario's cleanup registry: removes what it created (also when it failed or
 * was skipped part-way), or with EWS_KEEP_DATA=1 keeps it and says so. What cleanup could not
 * remove is attached, ids and all, and fails the scenario.
 */
async function emptyRegistry(w: EwsWorld): Promise<string[]> {
  if (w.config.keepData) {
    const kept = w.cleanup.keep();
    if (kept.length > 0) {
      keptIn++;
      w.attach(`EWS_KEEP_DATA=1: kept\n${kept.join('\n')}\n`, {
        mediaType: 'text/plain',
        fileName: 'kept.txt',
      });
    }
    return [];
  }
  await w.cleanup.close(w.config.timeoutMs);
  const left = await w.cleanup.run();
  if (left.length > 0) {
    const text = `${left.join('\n')}\nnpm run cleanup removes what is left.\n`;
    w.attach(text, { mediaType: 'text/plain', fileName: 'cleanup-left.txt' });
  }
  return left;
}

/**
 * After every scenario, in this order: the unclaimed-fault guard, cleanup, the check records
 * for the report, and the request contexts.
 */
After(async function (this: EwsWorld) {
  const problems = unclaimedProblems(this.exchanges);
  try {
    problems.push(...(await emptyRegistry(this)));
  } finally {
    untrack(this.cleanup);
  }
  problems.push(...this.schema.finish());
  this.attach(JSON.stringify(this.checks.records), CHECKS_MEDIA_TYPE);
  const summary = redact(checksText(this.checks.records));
  this.attach(summary, { mediaType: 'text/plain', fileName: 'checks.txt' });
  for (const w of this.checks.warnings) log('warn', `${w.statement}: ${w.detail ?? ''}`);
  await this.disposeClient();
  if (problems.length > 0) throw new PlainError(problems.join('\n'));
});
