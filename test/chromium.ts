import { existsSync } from 'node:fs';

/**
 * Whether the browser tests can run here: Debian's Chromium at /usr/bin/chromium. Without it a
 * test is skipped with the reason, except under CI=true, where `.ci/run` installs it and its
 * absence must fail instead.
 */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BrowserAvailability {
  /** Set when the browser is missing: the plain reason. */
  missing: string | undefined;
  /** What node:test's `skip` option gets: the reason, or false (run, and fail if missing). */
  skip: string | false;
}

export function browserAvailability(
  path: string = CHROMIUM,
  env: Record<string, string | undefined> = process.env,
): BrowserAvailability {
  const missing = existsSync(path)
    ? undefined
    : `${path} is not installed (apt-get install chromium); the browser test was skipped`;
  return { missing, skip: missing && env.CI !== 'true' ? missing : false };
}
