import { readFileSync } from 'node:fs';
import type { Envelope } from '@cucumber/messages';
import type { Config } from '../config.ts';
import { loadCatalogue } from './conformance-catalogue.ts';
import { conformanceHtml } from './conformance-html.ts';
import { buildReport } from './conformance-json.ts';
import { runFacts } from './conformance-scenarios.ts';
import { type SavedPaths, saveRun } from './conformance-store.ts';

/** After a run: its conformance report, written as the latest and kept under runs/<id>/. */
export function suiteVersion(): string {
  const pkg = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(pkg, 'utf-8')) as { version?: string }).version ?? 'unknown';
}

export interface WriteInput {
  envelopes: readonly Envelope[];
  reportsDir: string;
  config: Config;
}

export async function writeConformanceReport(input: WriteInput): Promise<SavedPaths> {
  const { config, envelopes } = input;
  const facts = runFacts(envelopes);
  const live = config.target.kind === 'live' ? config.target : undefined;
  const report = buildReport({
    facts,
    catalogue: await loadCatalogue(),
    target: {
      ...(live ? { url: live.url } : {}),
      embedded: !live,
      requestedVersion: config.version,
      insecureTls: config.insecureTls,
    },
    run: { id: config.runId, suiteVersion: suiteVersion() },
  });
  return saveRun(input.reportsDir, { report, html: conformanceHtml(report), envelopes });
}
