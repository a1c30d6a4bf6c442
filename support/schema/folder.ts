import { statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A schema folder: the two EWS files the suite validates with, `messages.xsd` (which imports
 * `types.xsd` from beside it) and `types.xsd`. A folder given by EWS_SCHEMA_DIR and the cache
 * of a target's published files have the same shape.
 */
export const EWS_SCHEMA_FILES = ['messages.xsd', 'types.xsd'] as const;

export type EwsSchemaFile = (typeof EWS_SCHEMA_FILES)[number];

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** What is wrong with a folder as a schema folder; empty when nothing is. */
export function schemaFolderProblems(dir: string): string[] {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return [`no folder at ${dir}`];
  return EWS_SCHEMA_FILES.filter((f) => !isFile(join(dir, f))).map((f) => `${dir} has no ${f}`);
}
