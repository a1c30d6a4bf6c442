/**
 * The mock CLI's flags (`npm run mock -- --help`): parsed and checked into startMock's options.
 * A bad flag or value is a UsageError (the CLI exits with status 2).
 */
import { parseArgs } from 'node:util';
import { AccountsFileError, loadAccountsFile } from './accounts-file.ts';
import { AUTH_SCHEMES, type AuthScheme, type NtlmScheme } from './auth/profile.ts';
import { POLICY_CHOICES, type Policies, parsePolicyArgs } from './policies.ts';
import type { MockOptions } from './server.ts';
import { THROTTLE_DEFAULTS, type ThrottleOptions } from './throttle.ts';

const POLICY_LIST = Object.entries(POLICY_CHOICES)
  .map(([name, values]) => `${' '.repeat(21)}${name}=${values.join('|')}`)
  .join('\n');

const EVERY = THROTTLE_DEFAULTS.unavailableEvery;

export const USAGE = `Usage: npm run mock -- [--port N] [--host H] [--fault NAME]...
                      [--policy NAME=VALUE]... [--verbose]
                      [--auth basic|ntlm|bearer] [--ntlm-scheme both|ntlm|negotiate]
                      [--tls [--cert-out FILE]] [--accounts FILE]
                      [--throttle [--throttle-budget N] [--throttle-window MS]
                                  [--throttle-backoff MS] [--throttle-503-every N]]
       npm run mock -- --list-faults | --help

  --port N           TCP port, 0-65535 (default 0: a free port)
  --host H           address to listen on (default 127.0.0.1)
  --fault NAME       switch a deviation on (repeatable; see --list-faults)
  --policy NAME=VAL  pick a policy alternative (repeatable; the first value is the default):
${POLICY_LIST}
  --verbose          log one line per request to standard error
  --auth SCHEME      authentication profile: basic (default), ntlm (NTLMv2), bearer (tokens)
  --ntlm-scheme S    with --auth ntlm: offer Negotiate and NTLM (both, default) or only one
  --tls              serve HTTPS with a self-signed certificate made at start
  --cert-out FILE    with --tls: write the certificate (PEM) there, for EWS_CA_FILE
  --accounts FILE    the accounts, from a JSON file (mock/README.md), instead of the seeded four
  --throttle         per-mailbox budget: over it ErrorServerBusy with BackOffMilliseconds
  --throttle-budget N     requests per mailbox and window (default ${THROTTLE_DEFAULTS.budget})
  --throttle-window MS    the window (default ${THROTTLE_DEFAULTS.windowMs})
  --throttle-backoff MS   the BackOffMilliseconds hint (default: the time left in the window)
  --throttle-503-every N  every Nth refusal is HTTP 503 + Retry-After (0: never; default ${EVERY})
  --list-faults      print the known deviations (name, operation, kind,
                     requirements, tags, effect) and exit
  --help             print this text and exit`;

export class UsageError extends Error {}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  fault: { type: 'string', multiple: true },
  policy: { type: 'string', multiple: true },
  verbose: { type: 'boolean' },
  auth: { type: 'string' },
  'ntlm-scheme': { type: 'string' },
  tls: { type: 'boolean' },
  'cert-out': { type: 'string' },
  accounts: { type: 'string' },
  throttle: { type: 'boolean' },
  'throttle-budget': { type: 'string' },
  'throttle-window': { type: 'string' },
  'throttle-backoff': { type: 'string' },
  'throttle-503-every': { type: 'string' },
  'list-faults': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parse>;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options: OPTIONS })
      .values;
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

function wholeNumber(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min) {
    throw new UsageError(`--${flag} must be a whole number of at least ${min}, not '${text}'`);
  }
  return Number(text);
}

function authOf(values: Values): { auth: AuthScheme; ntlmScheme: NtlmScheme } {
  const auth = (values.auth ?? 'basic') as AuthScheme;
  if (!AUTH_SCHEMES.includes(auth)) {
    throw new UsageError(`--auth must be one of ${AUTH_SCHEMES.join(', ')}, not '${auth}'`);
  }
  const schemes: Record<string, NtlmScheme> = {
    both: 'both',
    ntlm: 'NTLM',
    negotiate: 'Negotiate',
  };
  const given = values['ntlm-scheme'];
  const ntlmScheme = schemes[given?.toLowerCase() ?? 'both'];
  if (!ntlmScheme)
    throw new UsageError(`--ntlm-scheme must be both, ntlm or negotiate, not '${given}'`);
  if (given !== undefined && auth !== 'ntlm')
    throw new UsageError('--ntlm-scheme needs --auth ntlm');
  return { auth, ntlmScheme };
}

function throttleOf(values: Values): ThrottleOptions | undefined {
  const settings: ThrottleOptions = {
    budget: wholeNumber('throttle-budget', values['throttle-budget'], 1),
    windowMs: wholeNumber('throttle-window', values['throttle-window'], 1),
    backoffMs: wholeNumber('throttle-backoff', values['throttle-backoff'], 0),
    unavailableEvery: wholeNumber('throttle-503-every', values['throttle-503-every'], 0),
  };
  const given = Object.values(settings).some((v) => v !== undefined);
  if (given && !values.throttle) throw new UsageError('the --throttle-* settings need --throttle');
  return values.throttle ? settings : undefined;
}

function accountsOf(path: string | undefined): MockOptions['accounts'] {
  if (path === undefined) return undefined;
  try {
    return loadAccountsFile(path);
  } catch (error) {
    if (error instanceof AccountsFileError) throw new UsageError(error.message);
    throw error;
  }
}

function policiesOf(args: string[] | undefined): Policies {
  try {
    return parsePolicyArgs(args);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function optionsOf(values: Values): MockOptions {
  if (values['cert-out'] !== undefined && !values.tls) {
    throw new UsageError('--cert-out needs --tls');
  }
  return {
    port: portOf(values.port),
    host: values.host,
    faults: values.fault,
    policies: policiesOf(values.policy),
    verbose: values.verbose,
    ...authOf(values),
    tls: values.tls ?? false,
    throttle: throttleOf(values),
    accounts: accountsOf(values.accounts),
  };
}

export interface CommandLine {
  help: boolean;
  listFaults: boolean;
  options: MockOptions;
  /** --cert-out: where to write the certificate. */
  certOut?: string;
}

/** The command line's meaning; throws UsageError. Reads the --accounts file. */
export function parseCommandLine(argv: string[]): CommandLine {
  const values = parse(argv);
  const help = values.help ?? false;
  const listFaults = values['list-faults'] ?? false;
  if (help || listFaults) return { help, listFaults, options: {} };
  return { help, listFaults, options: optionsOf(values), certOut: values['cert-out'] };
}
