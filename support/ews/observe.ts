import type { Cleanup } from '../cleanup.ts';
import type { Exchange } from '../soap/client.ts';
import { nodes } from '../xml/xpath.ts';
import { OPERATIONS } from './operations.ts';
import { contactIdsOf, itemIdOf, responseMessage } from './responses.ts';

/**
 * Registers for cleanup what a successful response says it created: the group of an ImGroup
 * payload, the contacts of a Persona payload. A response that cannot be read is left to the
 * scenario's own checks; cleanup still finds prefixed leftovers.
 */
export function observeCreated(exchange: Exchange, cleanup: Cleanup): void {
  const payload = OPERATIONS.find((o) => o.name === exchange.operation)?.payload;
  if (exchange.reply.kind !== 'response' || !payload || payload === 'ImItemList') return;
  try {
    const message = responseMessage(exchange);
    if (message.responseClass !== 'Success') return;
    if (payload === 'ImGroup') {
      for (const id of nodes(message.root, 'm:ImGroup/t:ExchangeStoreId')) {
        cleanup.registerGroup(exchange.mailbox, itemIdOf(id));
      }
    }
    for (const persona of payload === 'Persona' ? nodes(message.root, 'm:Persona') : []) {
      for (const id of contactIdsOf(persona)) cleanup.registerContact(exchange.mailbox, id);
    }
  } catch {
    return;
  }
}
