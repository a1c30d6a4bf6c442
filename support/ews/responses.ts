import type { Element, Node as XmlNode } from '@xmldom/xmldom';
import { PlainError } from '../plain-error.ts';
import type { Exchange } from '../soap/client.ts';
import { nodes, one, optionalText, text } from '../xml/xpath.ts';
import type { ItemId } from './ids.ts';

/**
 * Readers of the flat IM-list responses (pitfall P13): the body element itself is the response
 * message, `m:<Operation>Response` with `ResponseClass`, its base children and its payload.
 */
export class UnexpectedReply extends PlainError {}

export interface ResponseMessage {
  root: Element;
  responseClass: string;
  responseCode: string | undefined;
}

/** One line on the exchange, for failure messages: operation, status, start of the body. */
export function describeExchange(x: Exchange): string {
  const start = x.responseText.replace(/\s+/g, ' ').slice(0, 300);
  return `${x.operation} as ${x.account}: HTTP ${x.status}; body starts: ${start}`;
}

export function responseMessage(x: Exchange): ResponseMessage {
  const { reply } = x;
  if (reply.kind === 'not-soap')
    throw new UnexpectedReply(`${reply.problem}\n${describeExchange(x)}`);
  if (reply.kind === 'fault') {
    throw new UnexpectedReply(
      `expected a ${x.operation}Response, got SOAP fault ${reply.faultCode}: ` +
        `${reply.faultString}\n${describeExchange(x)}`,
    );
  }
  const root = one(reply.doc, `/soap:Envelope/soap:Body/m:${x.operation}Response`) as Element;
  return {
    root,
    responseClass: text(root, '@ResponseClass'),
    responseCode: optionalText(root, 'm:ResponseCode'),
  };
}

export function itemIdOf(node: XmlNode): ItemId {
  const changeKey = optionalText(node, '@ChangeKey');
  return { id: text(node, '@Id'), ...(changeKey === undefined ? {} : { changeKey }) };
}

export interface ImGroup {
  id: ItemId;
  displayName: string;
  groupType: string;
  members: ItemId[];
}

export interface ImPersona {
  personaId: string;
  displayName: string | undefined;
  imAddress: string | undefined;
  /** `SourceId`s of the Quick Contacts attributions: the contact ids the groups list. */
  contactIds: ItemId[];
}

export function readGroup(group: XmlNode): ImGroup {
  return {
    id: itemIdOf(one(group, 't:ExchangeStoreId')),
    displayName: text(group, 't:DisplayName'),
    groupType: text(group, 't:GroupType'),
    members: nodes(group, 't:MemberCorrelationKey/t:ItemId').map(itemIdOf),
  };
}

/** A persona's Quick Contacts attributions (xs:boolean: whitespace collapses, 1 is true). */
const QUICK = "normalize-space(t:IsQuickContact)='true' or normalize-space(t:IsQuickContact)='1'";
export const QUICK_CONTACT_ATTRIBUTION = `t:Attributions/t:Attribution[${QUICK}]`;

/** The contact ids of a persona: Quick Contacts attributions, as real clients read them. */
export function contactIdsOf(persona: XmlNode): ItemId[] {
  return nodes(persona, `${QUICK_CONTACT_ATTRIBUTION}/t:SourceId`).map(itemIdOf);
}

export function readPersona(persona: XmlNode): ImPersona {
  return {
    personaId: text(persona, 't:PersonaId/@Id'),
    displayName: optionalText(persona, 't:DisplayName'),
    imAddress: optionalText(persona, 't:ImAddress'),
    contactIds: contactIdsOf(persona),
  };
}

export interface ImItemList {
  groups: ImGroup[];
  personas: ImPersona[];
}

export function readImItemList(message: ResponseMessage): ImItemList {
  const list = optionalText(message.root, 'm:ImItemList') === undefined;
  if (list) return { groups: [], personas: [] };
  return {
    groups: nodes(message.root, 'm:ImItemList/t:Groups/t:ImGroup').map(readGroup),
    personas: nodes(message.root, 'm:ImItemList/t:Personas/t:Persona').map(readPersona),
  };
}
