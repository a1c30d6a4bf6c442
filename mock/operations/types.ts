import type { XmlElement } from 'libxml2-wasm';
import { NS } from '../../support/xml/namespaces.ts';
import type { Deviations } from '../faults.ts';
import type { Policies } from '../policies.ts';
import type { Mailbox } from '../state/mailbox.ts';
import { attrValue, child, childElements, isNamed } from '../xml/read.ts';

export interface OperationContext {
  /** The mailbox the request acts in (the caller's, or the impersonated one). */
  mailbox: Mailbox;
  deviations: Deviations;
  policies: Readonly<Policies>;
}

/**
 * One EWS operation. `run` gets the schema-valid request element and returns the payload
 * (rendered children after the base ones); it throws a ResponseError for an error response.
 */
export interface Operation {
  name: string;
  run(request: XmlElement, context: OperationContext): string;
}

/** A child in the messages namespace (the request's own children). */
export function messageChild(request: XmlElement, localName: string): XmlElement | undefined {
  return child(request, NS.m, localName);
}

/**
 * The text of a messages-namespace child, as sent (xs:string keeps whitespace); undefined when
 * the child is absent.
 */
export function messageText(request: XmlElement, localName: string): string | undefined {
  return messageChild(request, localName)?.content;
}

/** The `Id` attribute of an ItemIdType child; '' when the attribute is empty. */
export function itemId(request: XmlElement, localName: string): string | undefined {
  const el = messageChild(request, localName);
  return el && (attrValue(el, 'Id') ?? '');
}

/** The `Id` attributes of the `t:ItemId` children of an id list; other id kinds are left out. */
export function itemIds(request: XmlElement, localName: string): string[] {
  return itemRefs(request, localName).map((ref) => ref.id);
}

/** The `t:ItemId` children of a list, with their ChangeKey where one is given. */
export function itemRefs(
  request: XmlElement,
  localName: string,
): Array<{ id: string; changeKey?: string }> {
  const list = messageChild(request, localName);
  if (!list) return [];
  const items = childElements(list).filter((el) => isNamed(el, NS.t, 'ItemId'));
  return items.map((el) => ({
    id: attrValue(el, 'Id') ?? '',
    changeKey: attrValue(el, 'ChangeKey'),
  }));
}

/** An xs:boolean child's value ('true' or '1', whitespace collapsed by the schema). */
export function messageBoolean(request: XmlElement, localName: string): boolean {
  const value = messageText(request, localName)?.trim();
  return value === 'true' || value === '1';
}

/** The group limit in force: one more than configured under `group-limit-off-by-one`. */
export function groupLimit({ mailbox, deviations }: OperationContext): number {
  return mailbox.limits.groups + (deviations.has('group-limit-off-by-one') ? 1 : 0);
}
