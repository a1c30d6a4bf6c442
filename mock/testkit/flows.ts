/** Multi-step helpers for the mock's own tests: create things and read their ids back. */
import type { MockClient, SoapReply } from './client.ts';
import { text, texts } from './dom.ts';
import { expectSuccess } from './expect.ts';
import * as req from './requests.ts';

export const PERSONA = '/soap:Envelope/soap:Body/m:AddNewImContactToGroupResponse/m:Persona';
export const ITEM_LIST = '/soap:Envelope/soap:Body/m:GetImItemListResponse/m:ImItemList';
export const TEL_PERSONA =
  '/soap:Envelope/soap:Body/m:AddNewTelUriContactToGroupResponse/m:Persona';
export const DG_GROUP = '/soap:Envelope/soap:Body/m:AddDistributionGroupToImListResponse/m:ImGroup';
export const ITEMS = '/soap:Envelope/soap:Body/m:GetImItemsResponse/m:ImItemList';

/** AddImGroup; returns the group's ExchangeStoreId/@Id. */
export async function createGroup(client: MockClient, displayName: string): Promise<string> {
  const reply = await client.call(req.addImGroup(displayName));
  const path = expectSuccess(reply, 'AddImGroup');
  return text(reply.doc, `${path}/m:ImGroup/t:ExchangeStoreId/@Id`);
}

export interface AddedContact {
  reply: SoapReply;
  /** The Quick Contact id: the attribution's SourceId/@Id. */
  contactId: string;
}

export async function addContact(
  client: MockClient,
  params: { imAddress: string; displayName?: string; groupId?: string },
): Promise<AddedContact> {
  const reply = await client.call(req.addNewImContactToGroup(params));
  expectSuccess(reply, 'AddNewImContactToGroup');
  const contactId = text(reply.doc, `${PERSONA}/t:Attributions/t:Attribution/t:SourceId/@Id`);
  return { reply, contactId };
}

export async function itemList(client: MockClient): Promise<Document> {
  const reply = await client.call(req.getImItemList());
  expectSuccess(reply, 'GetImItemList');
  return reply.doc;
}

/** The XPath of the group with that display name in an item list. */
export function groupNamed(displayName: string): string {
  return `${ITEM_LIST}/t:Groups/t:ImGroup[t:DisplayName = '${displayName}']`;
}

/** The ExchangeStoreId/@Id of the group of that type, from an item list. */
export function groupIdOfType(doc: Document, groupType: string): string {
  return text(
    doc,
    `${ITEM_LIST}/t:Groups/t:ImGroup[t:GroupType = '${groupType}']/t:ExchangeStoreId/@Id`,
  );
}

/** AddNewTelUriContactToGroup; returns the reply and the contact id (attribution SourceId). */
export async function addTelContact(
  client: MockClient,
  params: { telUri: string; sipUri: string; phoneNumber: string; groupId?: string },
): Promise<AddedContact> {
  const reply = await client.call(req.addNewTelUriContactToGroup(params));
  expectSuccess(reply, 'AddNewTelUriContactToGroup');
  const contactId = text(reply.doc, `${TEL_PERSONA}/t:Attributions/t:Attribution/t:SourceId/@Id`);
  return { reply, contactId };
}

/** AddDistributionGroupToImList; returns the entry's ExchangeStoreId/@Id. */
export async function addDistributionGroup(
  client: MockClient,
  smtpAddress: string,
  displayName: string,
): Promise<string> {
  const reply = await client.call(req.addDistributionGroupToImList(smtpAddress, displayName));
  expectSuccess(reply, 'AddDistributionGroupToImList');
  return text(reply.doc, `${DG_GROUP}/t:ExchangeStoreId/@Id`);
}

/** GetImItems; returns the reply's document. */
export async function imItems(
  client: MockClient,
  params: Parameters<typeof req.getImItems>[0],
): Promise<Document> {
  const reply = await client.call(req.getImItems(params));
  expectSuccess(reply, 'GetImItems');
  return reply.doc;
}

/** The member ids of the group with that display name, from an item list. */
export function memberIds(doc: Document, displayName: string): string[] {
  return texts(doc, `${groupNamed(displayName)}/t:MemberCorrelationKey/t:ItemId/@Id`);
}
