import type { Node as XmlNode } from '@xmldom/xmldom';
import { expectEqual, expectThat, type Level } from '../checks.ts';
import type { ItemId } from '../ews/ids.ts';
import { contactIdsOf, responseMessage } from '../ews/responses.ts';
import { sameImAddress } from '../expectations/lexical.ts';
import {
  type ExpectedElement,
  PERSONA_ELEMENTS,
  type Sent,
} from '../expectations/persona-elements.ts';
import { PERSONA_CHILD_ORDER } from '../expectations/persona-order.ts';
import { personaKey } from '../requirements/resolve.ts';
import type { EwsWorld } from '../world.ts';
import { NS } from '../xml/namespaces.ts';
import { explainMiss, nodes, one, qualifiedName, text } from '../xml/xpath.ts';

/** Checks of the Persona an AddNewImContactToGroup response returns. */
export function personaOf(w: EwsWorld, index = -1): XmlNode {
  const add = w.adds.at(index);
  if (!add) throw new Error('no AddNewImContactToGroup was sent in this scenario');
  return one(responseMessage(add.exchange).root, 'm:Persona');
}

function lastSent(w: EwsWorld): Sent {
  const add = w.adds.at(-1);
  if (!add) throw new Error('no AddNewImContactToGroup was sent in this scenario');
  return add.sent;
}

/** The contact id a persona names: its first Quick Contacts attribution's SourceId. */
export function contactIdOf(w: EwsWorld, index = -1): ItemId {
  const [id] = contactIdsOf(personaOf(w, index));
  if (!id) throw new Error('the persona has no Quick Contacts attribution with a SourceId');
  return id;
}

function checkRow(persona: XmlNode, row: ExpectedElement, sent: Sent): void {
  const hits = nodes(persona, row.path);
  if (hits.length === 0) throw new Error(explainMiss(row.path, persona, 0));
  if (!row.value) return;
  const problems = hits.map((h) => row.value?.(h.textContent ?? '', sent));
  if (problems.some((p) => p === undefined)) return;
  throw new Error(`${row.path} is "${hits[0]?.textContent}": ${problems[0]}`);
}

export function expectedElements(w: EwsWorld): void {
  const sent = lastSent(w);
  for (const row of PERSONA_ELEMENTS) {
    const note = row.slip ? ` (page slip: ${row.slip})` : '';
    const check = `Persona has ${row.path} [${row.source}]${note}`;
    w.verify({ key: personaKey(row.path), check }, () => {
      checkRow(personaOf(w), row, sent);
    });
  }
}

export function schemaOrder(w: EwsWorld): void {
  const check = 'Persona children follow the PersonaType sequence of the schema';
  w.verify({ key: 'persona-order', check }, () => {
    let previous = -1;
    for (const child of nodes(personaOf(w), '*')) {
      const name = qualifiedName(child);
      const local = (child as unknown as { localName: string }).localName;
      const index = PERSONA_CHILD_ORDER.indexOf(local);
      const inTypes = (child as unknown as { namespaceURI: string }).namespaceURI === NS.t;
      expectThat(inTypes && index >= 0, `${name} is not a child PersonaType allows`);
      expectThat(index > previous, `${name} is out of schema order or repeated`);
      previous = index;
    }
  });
}

export function attributionsResolve(w: EwsWorld): void {
  const check = 'attributed values name an attribution of the persona';
  w.verify({ key: 'persona-attributions', check }, () => {
    const persona = personaOf(w);
    const ids = new Set(
      nodes(persona, 't:Attributions/t:Attribution/t:Id').map((n) => n.textContent),
    );
    for (const ref of nodes(persona, '*/*/t:Attributions/t:Attribution')) {
      expectThat(
        ids.has(ref.textContent),
        `attribution "${ref.textContent}" is not one of the persona's`,
      );
    }
  });
}

export function imAddressSent(w: EwsWorld): void {
  w.verify({ key: 'persona-im-address', check: 'Persona ImAddress is the IM address sent' }, () => {
    const value = text(personaOf(w), 't:ImAddress');
    const sent = lastSent(w).imAddress;
    expectThat(sameImAddress(value, sent), `ImAddress "${value}", sent "${sent}"`);
  });
}

export function displayName(w: EwsWorld, expected: 'sent' | 'im address', level: Level): void {
  const sent = lastSent(w);
  const want = expected === 'sent' ? sent.displayName : sent.imAddress;
  const key = expected === 'sent' ? 'display-name-sent' : 'display-name-fallback';
  const check = `Persona DisplayName is the ${expected === 'sent' ? 'one sent' : 'IM address'}`;
  w.verify({ key, check, level }, () => {
    expectEqual(text(personaOf(w), 't:DisplayName'), want, 'Persona DisplayName');
  });
}

export function sameContactTwice(w: EwsWorld, level: Level): void {
  const check = 'a second add with the same IM address returns the same contact';
  w.verify({ key: 'same-contact', check, level }, () => {
    expectEqual(contactIdOf(w, -1).id, contactIdOf(w, 0).id, 'contact id of the second add');
  });
}

export function identified(w: EwsWorld): void {
  const check = 'Persona has a PersonaId and a Quick Contacts attribution';
  w.verify({ key: 'persona-identified', check }, () => {
    expectThat(text(personaOf(w), 't:PersonaId/@Id') !== '', 'PersonaId/@Id is empty');
    expectThat(contactIdOf(w).id !== '', 'the attribution SourceId/@Id is empty');
  });
}

export function phoneNumber(w: EwsWorld, number: string, level: Level): void {
  const check = 'Persona lists the telephone number among its phone numbers';
  w.verify({ key: 'persona-phone', check, level }, () => {
    const numbers = nodes(personaOf(w), '*/t:PhoneNumberAttributedValue/t:Value/t:Number');
    const values = numbers.map((n) => n.textContent);
    expectThat(values.includes(number), `phone numbers: [${values.join(', ')}]`);
  });
}
