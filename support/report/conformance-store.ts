import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { parseReport } from './conformance-json.ts';
import type { ConformanceReport } from './conformance-types.ts';

/**
 * Where conformance reports live: the latest run's `conformance.html` and `conformance.json`
 * in the reports folder, and every run's own copy (with its message stream) under
 * `runs/<run id>/`, which later runs never overwrite. The run id is the configuration's
 * (`20261203t104300-3f9a1c`), the one in the names the run gave what it created.
 */

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

/** `runs/<id>`, or `runs/<id>-2` and on when a run of that id was saved before. */
function freshRunDir(reportsDir: string, id: string): string {
  const base = join(reportsDir, 'runs', id);
  let dir = base;
  for (let n = 2; existsSync(dir); n++) dir = `${base}-${n}`;
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function saveRun(reportsDir: string, files: RunFiles): SavedPaths {
  const runDir = freshRunDir(reportsDir, files.report.run.id);
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
