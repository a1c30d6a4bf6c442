import { parseArgs } from 'node:util';
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import { ConfigError, loadConfig } from '../support/config.ts';
import { log, out } from '../support/log.ts';
import { RunTally } from '../support/report/tally.ts';

/**
 * `npm run conformance`: checks the configuration, runs the features and sums up.
 * Exit codes: 0 no required check failed (warnings allowed), 1 a required check failed,
 * 2 a configuration or usage error before anything was sent.
 */
const USAGE = `usage: npm run conformance -- [--profile default|live] [--tags EXPR] [--name REGEXP]

With no EWS_URL the suite starts its own mock EWS server on loopback. With EWS_URL,
EWS_USERNAME and EWS_PASSWORD it runs against that server (profile "live" by default).
Optional: EWS_SECOND_USERNAME/_PASSWORD, EWS_IMPERSONATOR_USERNAME/_PASSWORD, EWS_VERSION,
EWS_TIMEOUT_MS, EWS_INSECURE_TLS=1. Reports go to reports/.`;

function usageError(message: string): never {
  log('error', message);
  out(USAGE);
  process.exit(2);
}

function parseCli() {
  try {
    return parseArgs({
      options: {
        profile: { type: 'string' },
        tags: { type: 'string' },
        name: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }).values;
  } catch (err) {
    return usageError((err as Error).message);
  }
}

function checkConfig(): 'live' | 'default' {
  try {
    return loadConfig().target.kind === 'live' ? 'live' : 'default';
  } catch (err) {
    if (err instanceof ConfigError) {
      log('error', err.message);
      process.exit(2);
    }
    throw err;
  }
}

async function main(): Promise<number> {
  const args = parseCli();
  if (args.help) {
    out(USAGE);
    return 0;
  }
  const detected = checkConfig();
  const profile = args.profile ?? detected;
  if (!['default', 'live'].includes(profile)) usageError(`unknown profile "${profile}"`);
  const provided = {
    ...(args.tags ? { tags: args.tags } : {}),
    ...(args.name ? { name: args.name } : {}),
  };
  const { runConfiguration } = await loadConfiguration({ profiles: [profile], provided });
  const tally = new RunTally(process.env.EWS_REPORTS_DIR ?? 'reports');
  const result = await runCucumber(runConfiguration, {}, (m) => tally.add(m));
  for (const line of tally.summary()) out(line);
  if (tally.scenarios === 0) {
    log('error', 'no scenario ran: check --tags and --name');
    return 2;
  }
  return result.success ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log('error', err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
