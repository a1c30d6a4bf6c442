import { type ChildProcess, spawn } from 'node:child_process';

/** `npm run mock` in a child process for the CLI tests, and reading what it prints. */
const ROOT = new URL('..', import.meta.url).pathname;

export function cli(args: string[]): ChildProcess {
  const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
  return spawn(process.execPath, ['--import', 'tsx', 'mock/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...env, EWS_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Standard output up to the point where it matches `pattern`. */
export function outputUntil(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (d: Buffer) => {
      buffered += d.toString();
      if (pattern.test(buffered)) resolve(buffered);
    });
    child.once('close', () => reject(new Error(`CLI ended early: ${buffered}`)));
  });
}
