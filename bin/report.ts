import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { log, out } from '../support/log.ts';
import { combineRuns } from '../support/report/conformance-combine.ts';
import { combinedHtml } from '../support/report/conformance-combined-html.ts';
import { loadSavedRun } from '../support/report/conformance-store.ts';

/**
 * `npm run report -- PATH...`: combines saved runs (their `reports/runs/<id>` folders or
 * conformance.json files) into one matrix, a column per run, differences marked, written to
 * `combined.html` in the reports folder. Exit codes: 0 written, 1 a run could not be read or
 * the page not written, 2 usage.
 */
const USAGE = `usage: npm run report -- PATH...

Each PATH is a saved run: a folder reports/runs/<run id> or its conformance.json.
Writes reports/combined.html (EWS_REPORTS_DIR moves it) and prints its path.`;

function paths(): string[] {
  try {
    const { values, positionals } = parseArgs({
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    if (values.help) {
      out(USAGE);
      process.exit(0);
    }
    if (positionals.length === 0) throw new Error('name at least one saved run');
    return positionals;
  } catch (err) {
    log('error', (err as Error).message);
    out(USAGE);
    process.exit(2);
  }
}

function main(): number {
  const runs = paths();
  try {
    const combined = combineRuns(runs.map(loadSavedRun));
    const file = join(process.env.EWS_REPORTS_DIR ?? 'reports', 'combined.html');
    writeFileSync(file, combinedHtml(combined));
    out(file);
    return 0;
  } catch (err) {
    log('error', `could not combine the runs: ${(err as Error).message}`);
    return 1;
  }
}

process.exit(main());
