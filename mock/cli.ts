/**
 * `npm run mock -- --port N [--host H] [--fault NAME]... [--policy NAME=VALUE]...`: runs the
 * mock EWS server until SIGINT or SIGTERM. The first line on standard output is the endpoint.
 */
import { parseArgs } from 'node:util';
import { log, out } from '../support/log.ts';
import { DISTRIBUTION_GROUPS } from './directory.ts';
import { FAULTS } from './faults.ts';
import { POLICY_CHOICES, type Policies, parsePolicyArgs } from './policies.ts';
import { schemaCompileMs } from './schema/validator.ts';
import { type MockServer, startMock } from './server.ts';

const POLICY_LIST = Object.entries(POLICY_CHOICES)
  .map(([name, values]) => `${' '.repeat(21)}${name}=${values.join('|')}`)
  .join('\n');

const USAGE = `Usage: npm run mock -- [--port N] [--host H] [--fault NAME]...
                      [--policy NAME=VALUE]... [--verbose]
       npm run mock -- --list-faults | --help

  --port N           TCP port, 0-65535 (default 0: a free port)
  --host H           address to listen on (default 127.0.0.1)
  --fault NAME       switch a deviation on (repeatable; see --list-faults)
  --policy NAME=VAL  pick a policy alternative (repeatable; the first value is the default):
${POLICY_LIST}
  --verbose          log one line per request to standard error
  --list-faults      print the known deviations and exit
  --help             print this text and exit`;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        fault: { type: 'string', multiple: true },
        policy: { type: 'string', multiple: true },
        verbose: { type: 'boolean' },
        'list-faults': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function portOf(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new UsageError(`--port must be an integer from 0 to 65535, not '${text}'`);
  }
  return port;
}

function printAccounts(server: MockServer): void {
  out('Accounts (HTTP Basic; the username is the SMTP address):');
  for (const a of server.accounts) out(`  ${a.username}  password ${a.password}  (${a.note})`);
  out('Distribution groups (AddDistributionGroupToImList):');
  for (const g of DISTRIBUTION_GROUPS) out(`  ${g.smtpAddress}  "${g.displayName}"`);
}

function policiesOf(args: string[] | undefined): Policies {
  try {
    return parsePolicyArgs(args);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function stopOnSignals(server: MockServer): void {
  const stop = (signal: string) => {
    log('info', `mock EWS server stopping (${signal})`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

async function main(argv: string[]): Promise<void> {
  const values = parse(argv);
  if (values.help) return out(USAGE);
  if (values['list-faults']) {
    for (const f of FAULTS) out(`${f.name}\t${f.description}`);
    return;
  }
  const port = portOf(values.port);
  const policies = policiesOf(values.policy);
  let server: MockServer;
  try {
    server = await startMock({
      port,
      host: values.host,
      faults: values.fault,
      policies,
      verbose: values.verbose,
    });
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('unknown mock fault')) {
      throw new UsageError(error.message);
    }
    throw error;
  }
  out(`Mock EWS server listening at ${server.url}`);
  printAccounts(server);
  log('info', `schema compiled in ${Math.round(schemaCompileMs() ?? 0)} ms`);
  stopOnSignals(server);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    log('error', `${error.message}\n${USAGE}`);
    process.exit(2);
  }
  log('error', `mock EWS server failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
