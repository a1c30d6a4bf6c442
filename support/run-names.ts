/**
 * The names a run gives what it creates, and how to recognise them later. Every group name
 * starts with `<run prefix>-w<worker> ` and every IM address with `<run prefix>-w<worker>.`, e.g.
 * `ewsct-20261203t104300-3f9a1c-w0 Friends` and `ewsct-20261203t104300-3f9a1c-w0.tony@contoso.com`.
 * The run prefix holds the run's start time (UTC) and a random part, so that names of two runs
 * never collide and `npm run cleanup` can tell how old a leftover is from its name alone.
 */

/** The parallel worker this process is (cucumber's CUCUMBER_WORKER_ID), 0 when not parallel. */
export function workerId(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CUCUMBER_WORKER_ID;
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : 0;
}

/** The prefix of this worker's names: the run prefix and the worker. */
export function namePrefix(runPrefix: string, worker = workerId()): string {
  return `${runPrefix}-w${worker}`;
}

/** A group name or IM address made unique to the run's worker. */
export function uniqueName(prefix: string, value: string): string {
  return value.indexOf('@') > 0 ? `${prefix}.${value}` : `${prefix} ${value}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether a name or address was made by `uniqueName` with this prefix: a run prefix (any
 * worker) or a worker's name prefix. Servers may put `sip:` or `smtp:` before an IM address.
 */
export function carriesPrefix(text: string | undefined, prefix: string): boolean {
  if (!text) return false;
  const worker = /-w\d+$/.test(prefix) ? '' : '-w\\d+';
  return new RegExp(`^(?:[a-z]+:)?${escapeRegExp(prefix)}${worker}[ .]`, 'i').test(text);
}

/** A run as its names show it. */
export interface RunName {
  /** `ewsct-<run id>`. */
  prefix: string;
  /** `20261203t104300-3f9a1c`. */
  runId: string;
  startedAt: Date;
}

const STANDARD =
  /^(?:[a-z]+:)?(ewsct-((\d{4})(\d\d)(\d\d)t(\d\d)(\d\d)(\d\d)-[0-9a-f]{6}))-w\d+[ .]/i;

/** The run a name belongs to, when it carries a standard run prefix (not EWS_RUN_PREFIX's). */
export function parseRunName(text: string | undefined): RunName | undefined {
  const m = text === undefined ? null : STANDARD.exec(text);
  if (!m) return undefined;
  const [, prefix = '', runId = '', ...parts] = m;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = parts.map(Number);
  const startedAt = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (Number.isNaN(startedAt.getTime())) return undefined;
  return { prefix: prefix.toLowerCase(), runId: runId.toLowerCase(), startedAt };
}
