import { accessSync, constants, mkdirSync } from 'node:fs';
import parseTagExpression from '@cucumber/tag-expressions';
import { log, out } from './log.ts';

/** Checks of the command line and the reports folder, before cucumber starts (exit code 2). */
export function usageProblems(options: { tags?: string; name?: string[]; reports: string }) {
  const problems: string[] = [];
  if (options.tags) {
    try {
      parseTagExpression(options.tags);
    } catch (err) {
      problems.push(`--tags "${options.tags}" is not a tag expression: ${(err as Error).message}`);
    }
  }
  for (const name of options.name ?? []) {
    try {
      new RegExp(name);
    } catch (err) {
      problems.push(`--name "${name}" is not a regular expression: ${(err as Error).message}`);
    }
  }
  try {
    mkdirSync(options.reports, { recursive: true });
    accessSync(options.reports, constants.W_OK);
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    problems.push(
      `the reports folder "${options.reports}" cannot be written (${why}); set EWS_REPORTS_DIR`,
    );
  }
  return problems;
}

/** Ends a command on a usage error: the problem, then the command's usage text (exit code 2). */
export function exitWithUsage(message: string, usage: string): never {
  log('error', message);
  out(usage);
  process.exit(2);
}
