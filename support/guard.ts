import { describeExchange } from './ews/responses.ts';
import type { Exchange } from './soap/client.ts';

/**
 * Playwright does not throw on HTTP 4xx/5xx, so a fault or error response that no step
 * expected would pass unnoticed. This finds them (cleanup failures are reported by cleanup).
 */
function refusal(x: Exchange): string | undefined {
  const { reply } = x;
  if (reply.kind === 'fault') return `SOAP fault ${reply.faultCode}`;
  if (reply.kind === 'not-soap') return reply.problem;
  return reply.body.getAttribute('ResponseClass') === 'Error' ? 'ResponseClass="Error"' : undefined;
}

export function unclaimedProblems(exchanges: readonly Exchange[]): string[] {
  return exchanges
    .filter((x) => x.phase === 'scenario' && !x.claimed)
    .flatMap((x) => {
      const what = refusal(x);
      return what ? [`unexpected ${what} that no step expected: ${describeExchange(x)}`] : [];
    });
}
