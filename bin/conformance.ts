import { parseArgs } from 'node:util';
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import type { Envelope } from '@cucumber/messages';
import { type Config, ConfigError, loadConfig } from '../support/config.ts';
import { relaunchForTls } from '../support/launch-tls.ts';
import { log, out } from '../support/log.ts';
import { parallelOption } from '../support/parallel.ts';
import { preflight } from '../support/preflight.ts';
import { redact, registerAccount } from '../support/redact.ts';
import { writeConformanceReport } from '../support/report/conformance-write.ts';
import { RunTally } from '../support/report/tally.ts';
import { exitWithUsage, usageProblems } from '../support/usage.ts';

/**
 * `npm run conformance`: checks the configuration, runs the features and sums up.
 * Exit codes: 0 no required check failed (warnings and "cannot tell" allowed), 1 a required
 * check failed, 2 a configuration or usage error before anything was sent. With EWS_CA_FILE,
 * or the embedded mock over HTTPS, the launcher first runs itself again so that Node trusts
 * the CA (support/launch-tls.ts).
 */
const USAGE = `usage: npm run conformance -- [--profile default|live] [--tags EXPR] [--name REGEXP]
       [--parallel N]

With no EWS_URL the suite starts its own mock EWS server on loopback. With EWS_URL,
EWS_USERNAME and EWS_PASSWORD it runs against that server (profile "live" by default).
EWS_AUTH=basic|ntlm|bearer picks the login (EWS_DOMAIN, EWS_TOKEN); EWS_CA_FILE trusts a
private CA; EWS_IMPERSONATE runs through a service account. Optional:
EWS_SECOND_USERNAME/_PASSWORD, EWS_IMPERSONATOR_USERNAME/_PASSWORD, EWS_VERSION,
EWS_TIMEOUT_MS, EWS_INSECURE_TLS=1 and more (README). Reports go to reports/.

Exit codes: 0 no required check failed (scenarios that could not tell, kept from running by
throttling or a mailbox never migrated, fail none), 1 one did, 2 configuration, usage or
connection problem found before any scenario ran.`;

function usageError(message: string): never {
  return exitWithUsage(message, USAGE);
}

function parseCli() {
  try {
    return parseArgs({
      options: {
        profile: { type: 'string' },
        tags: { type: 'string' },
        name: { type: 'string', multiple: true },
        parallel: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }).values;
  } catch (err) {
    return usageError((err as Error).message);
  }
}

function checkConfig(): Config {
  try {
    const config = loadConfig();
    if (config.target.kind === 'live') {
      for (const a of [...Object.values(config.target.accounts), ...config.target.pool]) {
        if (a) registerAccount(a);
      }
    }
    return config;
  } catch (err) {
    if (err instanceof ConfigError) {
      log('error', err.message);
      process.exit(2);
    }
    throw err;
  }
}

/** Everything that can be known wrong before a scenario runs: exit 2, nothing else sent. */
async function checkBeforeRun(config: Config, args: ReturnType<typeof parseCli>, reports: string) {
  const problems = usageProblems({ tags: args.tags, name: args.name, reports });
  if (problems.length > 0) usageError(problems.join('\n'));
  const { problem, warnings } = await preflight(config);
  if (problem) {
    log('error', `the server cannot be tested: ${redact(problem)}`);
    process.exit(2);
  }
  for (const w of warnings) log('warn', redact(w));
  if (config.insecureTls)
    log('warn', "EWS_INSECURE_TLS=1: the server's certificate is not verified");
}

/** The conformance report; failing to write it is an error of the run (exit 1). */
async function writeReport(envelopes: Envelope[], reportsDir: string, config: Config) {
  try {
    const paths = await writeConformanceReport({ envelopes, reportsDir, config });
    out(`Conformance report: ${paths.html} (this run kept in ${paths.runDir})`);
    return true;
  } catch (err) {
    log('error', `could not write the conformance report: ${redact((err as Error).message)}`);
    return false;
  }
}

async function main(): Promise<number> {
  const args = parseCli();
  if (args.help) {
    out(USAGE);
    return 0;
  }
  const config = checkConfig();
  await relaunchForTls(config);
  const profile = args.profile ?? (config.target.kind === 'live' ? 'live' : 'default');
  if (!['default', 'live'].includes(profile)) usageError(`unknown profile "${profile}"`);
  const reports = process.env.EWS_REPORTS_DIR ?? 'reports';
  const parallel = args.parallel === undefined ? undefined : parallelOption(config, args.parallel);
  if (parallel && parallel.problems.length > 0) usageError(parallel.problems.join('\n'));
  await checkBeforeRun(config, args, reports);
  process.env.EWS_RUN_ID = config.runId;
  const provided = {
    ...(parallel ? { parallel: parallel.workers } : {}),
    ...(args.tags ? { tags: args.tags } : {}),
    ...(args.name ? { name: args.name } : {}),
  };
  const { runConfiguration } = await loadConfiguration({ profiles: [profile], provided });
  const tally = new RunTally(reports);
  const envelopes: Envelope[] = [];
  const result = await runCucumber(runConfiguration, {}, (m) => {
    tally.add(m);
    envelopes.push(m);
  });
  for (const line of tally.summary()) out(line);
  if (tally.scenarios === 0) {
    log('error', 'no scenario ran: check --tags and --name');
    return 2;
  }
  if (!(await writeReport(envelopes, reports, config))) return 1;
  // A scenario that could not tell (throttling, a not-migrated mailbox) fails no check.
  return result.success || tally.onlyCannotTell ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const debug = process.env.EWS_DEBUG === '1';
    const text =
      err instanceof Error ? (debug ? (err.stack ?? err.message) : err.message) : String(err);
    log('error', `${redact(text)}${debug ? '' : ' (EWS_DEBUG=1 shows where)'}`);
    process.exit(1);
  },
);
