import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'dotenv';

/**
 * Reading single settings: switches, counts, files. Each reader pushes a one-line problem
 * instead of throwing, so that every problem of a configuration is reported at once.
 */
export type Env = Record<string, string | undefined>;

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A switch: 1/true/yes turns it on; 0/false/no or unset leaves it off; anything else is wrong. */
export function flag(env: Env, name: string, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '' || ['0', 'false', 'no'].includes(raw)) return false;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  problems.push(`${name} must be 1 (on) or 0 (off), not "${env[name]}"`);
  return false;
}

export function count(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    problems.push(`${name} must be a positive whole number, not "${raw}"`);
  }
  return value;
}

/** One of a fixed list of words (case-insensitive); the first is the default. */
export function choice<T extends string>(
  env: Env,
  name: string,
  values: readonly T[],
  problems: string[],
): T {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return values[0] as T;
  if ((values as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name} must be one of ${values.join(', ')}, not "${env[name]}"`);
  return values[0] as T;
}

/** A file a setting names, resolved from the working directory; undefined when unreadable. */
export function readSettingFile(name: string, path: string, problems: string[]) {
  const absolute = resolve(path);
  try {
    return { path: absolute, text: readFileSync(absolute, 'utf-8') };
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'unreadable';
    problems.push(`${name}: the file ${absolute} ${why}`);
    return undefined;
  }
}

export function isSmtpAddress(value: string): boolean {
  return /^[^@\s\\]+@[^@\s]+\.[^@\s]+$/.test(value);
}

/**
 * The settings in force: a `.env`-style file named by EWS_CONFIG, overridden by the
 * environment (the environment wins).
 */
export function withConfigFile(env: Env, problems: string[]): Env {
  const path = env.EWS_CONFIG;
  if (!path) return env;
  const file = readSettingFile('EWS_CONFIG', path, problems);
  if (!file) return env;
  const fromFile = parse(file.text);
  const unknown = Object.keys(fromFile).filter((k) => !k.startsWith('EWS_'));
  if (unknown.length > 0) {
    problems.push(`EWS_CONFIG ${file.path}: settings must start with EWS_: ${unknown.join(', ')}`);
  }
  return { ...fromFile, ...env };
}
