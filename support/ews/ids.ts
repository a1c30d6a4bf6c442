/** An EWS ItemIdType value: `Id` is required, `ChangeKey` optional. Ids are never rewritten. */
export interface ItemId {
  id: string;
  changeKey?: string;
}

export function sameId(a: ItemId, b: ItemId): boolean {
  return a.id === b.id;
}
