/**
 * The suite's and the mock's one logger. Everything meant for a person at the terminal goes
 * through here, to standard error, so that standard output stays free for formatters.
 */
export type LogLevel = 'info' | 'warn' | 'error';

let quiet = process.env.EWS_QUIET === '1';

export function setQuiet(value: boolean): void {
  quiet = value;
}

export function log(level: LogLevel, message: string): void {
  if (quiet && level === 'info') return;
  const tag = level === 'info' ? '' : `${level}: `;
  console.error(`[ews] ${tag}${message}`);
}

/** A command's own result (a URL, a table): standard output, never silenced. */
export function out(message: string): void {
  console.log(message);
}
