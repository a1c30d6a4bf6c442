import type { Cleanup } from '../cleanup.ts';
import type { Exchange } from '../soap/client.ts';
import { one } from '../xml/xpath.ts';
import { contactIdsOf, itemIdOf, responseMessage } from './responses.ts';

/**
 * Registers for cleanup what a successful Add response says it created. A response that cannot
 * be read is left to the scenario's own checks; cleanup still finds prefixed leftovers.
 */
export function observeCreated(exchange: Exchange, cleanup: Cleanup): void {
  if (exchange.reply.kind !== 'response') return;
  try {
    const message = responseMessage(exchange);
    if (message.responseClass !== 'Success') return;
    if (exchange.operation === 'AddImGroup') {
      cleanup.registerGroup(
        exchange.mailbox,
        itemIdOf(one(message.root, 'm:ImGroup/t:ExchangeStoreId')),
      );
    }
    if (exchange.operation === 'AddNewImContactToGroup') {
      for (const id of contactIdsOf(one(message.root, 'm:Persona'))) {
        cleanup.registerContact(exchange.mailbox, id);
      }
    }
  } catch {
    return;
  }
}
