import type { CheckRecord } from '../checks.ts';
import type { ScenarioExchange, ScenarioFacts } from './conformance-scenarios.ts';
import type { Evidence, ExchangeText } from './conformance-types.ts';

/**
 * What showed a failure or a warning: the message, and the request/response pair behind it,
 * i.e. the scenario's last own exchange of the operation before the scenario failed.
 */
function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

export function showingExchange(s: ScenarioFacts, operation: string): ExchangeText | undefined {
  const before = s.failure?.order ?? Number.POSITIVE_INFINITY;
  const usable = s.exchanges.filter((x) => x.order <= before);
  const own = usable.filter((x) => x.phase === 'scenario');
  const candidates: ScenarioExchange[][] = [
    own.filter((x) => operation === '*' || x.operation === operation),
    own,
    usable.filter((x) => x.phase !== 'cleanup'),
    s.exchanges,
  ];
  for (const list of candidates) {
    const x = last(list);
    if (x) return { fileName: x.fileName, text: x.text };
  }
  return undefined;
}

export function recordEvidence(s: ScenarioFacts, r: CheckRecord, operation: string): Evidence {
  const message = r.detail ? `${r.statement}\n${r.detail}` : r.statement;
  return withExchange({ scenario: s.name, message }, s, operation);
}

export function failureEvidence(s: ScenarioFacts, operation: string): Evidence {
  const message = s.failure?.message ?? `the scenario ended ${s.status}`;
  return withExchange({ scenario: s.name, message }, s, operation);
}

function withExchange(e: Evidence, s: ScenarioFacts, operation: string): Evidence {
  const exchange = showingExchange(s, operation);
  return exchange ? { ...e, exchange } : e;
}

export function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
