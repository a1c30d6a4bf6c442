import type { Config } from '../config.ts';
import { log } from '../log.ts';
import type { Target } from '../target.ts';
import { type CompiledSchema, compileSchema } from './compile.ts';
import { cacheFolder, fetchSchema, schemaBase } from './fetch.ts';
import { SchemaError } from './schema-error.ts';

/**
 * The run's one compiled schema: the files of EWS_SCHEMA_DIR, or else the target's own
 * published files, fetched once. Prepared by the BeforeAll hook, before any scenario runs; a
 * schema that cannot be had ends the run there, like a configuration error (exit code 2).
 */
let current: CompiledSchema | undefined;

function reportsDir(): string {
  return process.env.EWS_REPORTS_DIR ?? 'reports';
}

async function targetSchemaFolder(config: Config, target: Target): Promise<string> {
  return fetchSchema({
    endpoint: target.url,
    account: target.accounts.first,
    timeoutMs: config.timeoutMs,
    insecureTls: config.insecureTls,
    reportsDir: reportsDir(),
    embedded: target.embedded,
  });
}

export async function prepareSchema(config: Config, target: Target): Promise<CompiledSchema> {
  if (current) return current;
  const dir = config.schemaDir ?? (await targetSchemaFolder(config, target));
  const origin = config.schemaDir ?? schemaBase(target.url);
  current = compileSchema(dir, origin);
  if (target.embedded && !config.schemaDir) return current;
  const kept = config.schemaDir ? '' : `, kept in ${cacheFolder(reportsDir(), target.url)}`;
  log('info', `EWS schema: ${origin} (compiled in ${Math.round(current.compileMs)} ms${kept})`);
  return current;
}

export async function prepareSchemaOrExit(config: Config, target: Target): Promise<void> {
  try {
    await prepareSchema(config, target);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    log('error', `${error.message}\nNo scenario was run.`);
    process.exit(2);
  }
}

export function sessionSchema(): CompiledSchema {
  if (!current) throw new Error('no EWS schema: the BeforeAll hook that compiles it has not run');
  return current;
}
