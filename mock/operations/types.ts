import type { XmlElement } from 'libxml2-wasm';
import { NS } from '../../support/xml/namespaces.ts';
import type { Deviations } from '../faults.ts';
import type { Mailbox } from '../state/mailbox.ts';
import { attrValue, child } from '../xml/read.ts';

export interface OperationContext {
  /** The mailbox the request acts in (the caller's, or the impersonated one). */
  mailbox: Mailbox;
  deviations: Deviations;
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
