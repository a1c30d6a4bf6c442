import type { Config } from './config.ts';
import * as req from './ews/requests.ts';
import { SoapClient } from './soap/client.ts';
import { envelope } from './soap/envelope.ts';

/**
 * Before any scenario, one GetImItemList as the first account tells whether the live server can
 * be used at all: reachable, speaking SOAP, accepting the credentials. If not, the run stops
 * with one plain message instead of the same failure in every scenario.
 */
export async function preflight(config: Config): Promise<string | undefined> {
  if (config.target.kind !== 'live') return undefined;
  const { url, accounts } = config.target;
  const client = new SoapClient({
    url,
    timeoutMs: config.timeoutMs,
    insecureTls: config.insecureTls,
  });
  try {
    const xml = envelope({ version: config.version }, req.getImItemList());
    const { reply } = await client.post(accounts.first, 'GetImItemList', xml);
    return reply.kind === 'not-soap' ? reply.problem : undefined;
  } finally {
    await client.dispose();
  }
}
