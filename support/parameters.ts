import { defineParameterType } from '@cucumber/cucumber';
import type { Level } from './checks.ts';
import type { AccountRole } from './config.ts';
import { isEmbeddedTarget } from './target.ts';

/**
 * `{role}`: which configured account acts. `{level}`: how much a check weighs. "required on the
 * mock only" is for behaviour the mock is built to show but no captured real answer confirms:
 * on any other server a deviation is a warning.
 */
defineParameterType({
  name: 'role',
  regexp: /first|second|impersonator/,
  transformer: (s: string): AccountRole => s as AccountRole,
});

defineParameterType({
  name: 'level',
  regexp: /required on the mock only|required|recommended|informative/,
  transformer: (s: string): Level => {
    if (s !== 'required on the mock only') return s as Level;
    return isEmbeddedTarget() ? 'required' : 'recommended';
  },
});

/** `{names}`: one or more quoted names separated by commas, e.g. "Friends", "Work". */
defineParameterType({
  name: 'names',
  regexp: /"[^"]*"(?:, "[^"]*")*/,
  transformer: (s: string): string[] => [...s.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? ''),
});
