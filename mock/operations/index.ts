import { addDistributionGroupToImList } from './add-distribution-group-to-im-list.ts';
import { addImContactToGroup } from './add-im-contact-to-group.ts';
import { addImGroup } from './add-im-group.ts';
import { addNewImContactToGroup } from './add-new-im-contact-to-group.ts';
import { addNewTelUriContactToGroup } from './add-new-tel-uri-contact-to-group.ts';
import { getImItemList } from './get-im-item-list.ts';
import { getImItems } from './get-im-items.ts';
import { removeContactFromImList } from './remove-contact-from-im-list.ts';
import { removeDistributionGroupFromImList } from './remove-distribution-group-from-im-list.ts';
import { removeImContactFromGroup } from './remove-im-contact-from-group.ts';
import { removeImGroup } from './remove-im-group.ts';
import { setImGroup } from './set-im-group.ts';
import { setImListMigrationCompleted } from './set-im-list-migration-completed.ts';
import type { Operation } from './types.ts';

const ALL: readonly Operation[] = [
  addNewImContactToGroup,
  addImContactToGroup,
  addImGroup,
  addNewTelUriContactToGroup,
  addDistributionGroupToImList,
  getImItemList,
  getImItems,
  removeContactFromImList,
  removeDistributionGroupFromImList,
  removeImContactFromGroup,
  removeImGroup,
  setImGroup,
  setImListMigrationCompleted,
];

/** The operations the mock implements (all 13 IM list operations), by request element name. */
export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(ALL.map((op) => [op.name, op]));

export function operationNames(): string[] {
  return [...OPERATIONS.keys()].sort();
}
