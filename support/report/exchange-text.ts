import { redact } from '../redact.ts';
import type { Exchange } from '../soap/client.ts';

/** One exchange as a person reads it in the report: request, then response, no credentials. */
function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

/** The round trips before the final answer (login handshake, waits for a busy server). */
function attemptLines(x: Exchange): string[] {
  const lines = (x.attempts ?? []).map((a, i) => `  ${i + 1}. HTTP ${a.status}: ${a.note}`);
  if (x.throttled) lines.push(`  gave up: ${x.throttled}`);
  return lines.length > 0 ? ['before the final answer:', ...lines] : [];
}

export function formatExchange(x: Exchange): string {
  const verdict = x.reply.kind === 'not-soap' ? `not SOAP: ${x.reply.problem}` : x.reply.kind;
  const text = [
    `${x.operation} as the ${x.account} account (${x.phase})`,
    ...attemptLines(x),
    '',
    `> POST ${x.url}`,
    headerLines(x.requestHeaders),
    '',
    x.requestXml,
    '',
    `< HTTP ${x.status} (${verdict})`,
    headerLines(x.responseHeaders),
    '',
    x.responseText,
  ].join('\n');
  return redact(text);
}
