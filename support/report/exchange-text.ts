import { redact } from '../redact.ts';
import type { Exchange } from '../soap/client.ts';

/** One exchange as a person reads it in the report: request, then response, no credentials. */
function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

export function formatExchange(x: Exchange): string {
  const verdict = x.reply.kind === 'not-soap' ? `not SOAP: ${x.reply.problem}` : x.reply.kind;
  const text = [
    `${x.operation} as the ${x.account} account (${x.phase})`,
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
