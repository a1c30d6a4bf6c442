import { addImGroup } from './add-im-group.ts';
import { addNewImContactToGroup } from './add-new-im-contact-to-group.ts';
import { getImItemList } from './get-im-item-list.ts';
import { removeImContactFromGroup } from './remove-im-contact-from-group.ts';
import { removeImGroup } from './remove-im-group.ts';
import type { Operation } from './types.ts';

/** The operations the mock implements, by the local name of the request element. */
export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(
  [addImGroup, addNewImContactToGroup, getImItemList, removeImContactFromGroup, removeImGroup].map(
    (op) => [op.name, op],
  ),
);

export function operationNames(): string[] {
  return [...OPERATIONS.keys()].sort();
}
