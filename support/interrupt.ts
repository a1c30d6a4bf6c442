import type { Cleanup } from './cleanup.ts';
import { log } from './log.ts';
import { PlainError } from './plain-error.ts';

/**
 * Ctrl-C (SIGINT) or SIGTERM in the middle of a run. From the signal on, no new request but
 * cleanup's is sent; requests already on their way are waited for (the server may be creating
 * something); then the cleanup of every scenario under way runs, what is left is named, and the
 * process exits with 130 (SIGINT) or 143 (SIGTERM). A second signal exits at once.
 */
export class Interrupted extends PlainError {}

const active = new Set<Cleanup>();
let signal: NodeJS.Signals | undefined;

interface Options {
  /** EWS_KEEP_DATA=1: nothing is removed, and the exit message says so. */
  keepData: boolean;
  /** For the message on what is left: `npm run cleanup -- --run <prefix>`. */
  runPrefix: string;
  /** The longest a request may take: how long to wait for those under way. */
  timeoutMs: number;
}

let options: Options | undefined;

export function track(cleanup: Cleanup): void {
  active.add(cleanup);
}

export function untrack(cleanup: Cleanup): void {
  active.delete(cleanup);
}

/** Once the run is interrupted, only cleanup's requests are sent. */
export function refuseIfInterrupted(cleanup: boolean): void {
  if (signal && !cleanup) throw new Interrupted(`the run was interrupted (${signal})`);
}

async function cleanUpAndExit(received: NodeJS.Signals, opts: Options): Promise<never> {
  const code = received === 'SIGINT' ? 130 : 143;
  if (opts.keepData) {
    for (const c of active)
      for (const line of c.keep()) log('warn', `kept (EWS_KEEP_DATA=1): ${line}`);
    log('warn', `interrupted (${received}): what the run created was kept (EWS_KEEP_DATA=1)`);
    process.exit(code);
  }
  log('warn', `interrupted (${received}): removing what the run created, then exiting`);
  const scenarios = [...active];
  await Promise.all(scenarios.map((c) => c.close(opts.timeoutMs)));
  const left = (await Promise.all(scenarios.map((c) => c.run()))).flat();
  for (const line of left) log('error', line);
  if (left.length > 0) {
    log('error', `npm run cleanup -- --run ${opts.runPrefix} removes what is left`);
  }
  process.exit(code);
}

function onSignal(received: NodeJS.Signals): void {
  if (!options) return;
  if (signal) {
    log('error', `${received} again: exiting without finishing the cleanup`);
    log('error', `npm run cleanup -- --run ${options.runPrefix} removes what is left`);
    process.exit(received === 'SIGINT' ? 130 : 143);
  }
  signal = received;
  void cleanUpAndExit(received, options);
}

/** From now on a signal cleans up before the process exits. */
export function installInterruptHandlers(opts: Options): void {
  if (options) return;
  options = opts;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** At the end of the run: signals behave as usual again. */
export function removeInterruptHandlers(): void {
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  options = undefined;
}
