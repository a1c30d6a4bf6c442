import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { parseReport } from './conformance-json.ts';
import type { ConformanceReport } from './conformance-types.ts';

/**
 * Where conformance reports live: the latest run's `conformance.html` and `conformance.json`
 * in the reports folder, and every run's own copy (with its message stream) under
 * `runs/<run id>/`, which later runs never overwrite.
 */
export function newRunId(now = new Date()): string {
  const time = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${time}-${randomBytes(3).toString('hex')}`;
}

export interface SavedPaths {
  html: string;
  json: string;
  runDir: string;
}

export interface RunFiles {
  report: ConformanceReport;
  html: string;
  envelopes: readonly Envelope[];
}

export function saveRun(reportsDir: string, files: RunFiles): SavedPaths {
  const runDir = join(reportsDir, 'runs', files.report.run.id);
  mkdirSync(runDir, { recursive: true });
  const json = `${JSON.stringify(files.report, null, 2)}\n`;
  const ndjson = files.envelopes.map((e) => `${JSON.stringify(e)}\n`).join('');
  writeFileSync(join(runDir, 'cucumber.ndjson'), ndjson);
  writeFileSync(join(runDir, 'conformance.json'), json);
  writeFileSync(join(runDir, 'conformance.html'), files.html);
  const paths = {
    html: join(reportsDir, 'conformance.html'),
    json: join(reportsDir, 'conformance.json'),
    runDir,
  };
  writeFileSync(paths.json, json);
  writeFileSync(paths.html, files.html);
  return paths;
}

export class SavedRunError extends Error {}

/** A saved run: its folder (`reports/runs/<id>`) or its conformance.json. */
export function loadSavedRun(path: string): ConformanceReport {
  if (!existsSync(path)) throw new SavedRunError(`${path}: no such file or folder`);
  const file = statSync(path).isDirectory() ? join(path, 'conformance.json') : path;
  if (!existsSync(file)) throw new SavedRunError(`${path}: no conformance.json in it`);
  return parseReport(readFileSync(file, 'utf-8'), file);
}
