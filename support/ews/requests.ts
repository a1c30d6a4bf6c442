import { el, present, type Xml } from '../soap/xml-builder.ts';
import type { ItemId } from './ids.ts';

/** Request bodies of the IM-list operations, children in schema order (messages namespace). */
function itemId(name: string, id: ItemId | undefined): Xml | undefined {
  return id === undefined ? undefined : el(name, { Id: id.id, ChangeKey: id.changeKey });
}

function optionalText(name: string, value: string | undefined): Xml | undefined {
  return value === undefined ? undefined : el(name, {}, value);
}

export interface NewContactArgs {
  imAddress?: string;
  displayName?: string;
  groupId?: ItemId;
}

export function addNewImContactToGroup(args: NewContactArgs): Xml {
  return el(
    'm:AddNewImContactToGroup',
    {},
    ...present(
      optionalText('m:ImAddress', args.imAddress),
      optionalText('m:DisplayName', args.displayName),
      itemId('m:GroupId', args.groupId),
    ),
  );
}

export function addImGroup(displayName: string): Xml {
  return el('m:AddImGroup', {}, el('m:DisplayName', {}, displayName));
}

export function getImItemList(): Xml {
  return el('m:GetImItemList');
}

export function removeImContactFromGroup(contactId: ItemId, groupId: ItemId): Xml {
  return el(
    'm:RemoveImContactFromGroup',
    {},
    ...present(itemId('m:ContactId', contactId), itemId('m:GroupId', groupId)),
  );
}

export function removeImGroup(groupId: ItemId): Xml {
  return el('m:RemoveImGroup', {}, ...present(itemId('m:GroupId', groupId)));
}

export function removeDistributionGroupFromImList(groupId: ItemId): Xml {
  return el('m:RemoveDistributionGroupFromImList', {}, ...present(itemId('m:GroupId', groupId)));
}
