import { type Element, XMLSerializer, type Node as XmlNode } from '@xmldom/xmldom';
import { NS } from './xml/namespaces.ts';
import { parseXml } from './xml/parse.ts';

/**
 * On a live server an IM list holds the user's real contacts and groups. Before an answer that
 * carries personas or groups (an ImItemList, or an Add operation's answer naming an entry that
 * already existed) is attached to a report, the names, addresses and numbers of every persona
 * and group the run did not create are replaced with placeholders (`[name 1]`,
 * `[address 2]`, `[number 3]`; one value, one placeholder). Ids, types, flags and times stay, as
 * do the system groups' names, which are the server's, not the user's.
 */
const KEPT = new Set([
  'PersonaType',
  'CreationTime',
  'RelevanceScore',
  'FileAsId',
  'IsWritable',
  'IsQuickContact',
  'IsHidden',
  'Id',
  'Attribution',
  'RoutingType',
  'MailboxType',
  'Type',
  'GroupType',
]);

const SYSTEM_GROUP = /^IPM\.DistList\.MOC\.(Favorites|Tagged|OtherContacts)$/;

/** Whether an entry (a persona or a group) is the run's own, from its texts and ids. */
export type Ours = (texts: readonly string[], ids: readonly string[]) => boolean;

function elements(node: XmlNode): Element[] {
  const found: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) found.push(c as Element, ...elements(c));
  }
  return found;
}

function leafTexts(entry: Element): Array<{ element: Element; value: string }> {
  return elements(entry)
    .filter((e) => !elements(e).length && e.textContent)
    .map((element) => ({ element, value: element.textContent ?? '' }));
}

function idsOf(entry: Element): string[] {
  return [entry, ...elements(entry)].flatMap((e) => {
    const id = e.getAttribute('Id');
    return id ? [id] : [];
  });
}

class Placeholders {
  private readonly given = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  for(value: string): string {
    const known = this.given.get(value);
    if (known) return known;
    const kind = /@|^sips?:/i.test(value)
      ? 'address'
      : /^(tel:)?[+\d\s().-]+$/i.test(value)
        ? 'number'
        : 'name';
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    const placeholder = `[${kind} ${n}]`;
    this.given.set(value, placeholder);
    return placeholder;
  }
}

/** Structure, not data: and an attribution's own name ("Outlook", "Lync Contacts"). */
function kept(element: Element): boolean {
  const name = element.localName ?? '';
  const parent = (element.parentNode as Element | null)?.localName;
  return KEPT.has(name) || (name === 'DisplayName' && parent === 'Attribution');
}

function isSystemGroup(entry: Element): boolean {
  const type = elements(entry).find((e) => e.localName === 'GroupType');
  return entry.localName === 'ImGroup' && SYSTEM_GROUP.test(type?.textContent ?? '');
}

function entries(doc: XmlNode): Element[] {
  return elements(doc).filter(
    (e) =>
      (e.localName === 'Persona' || e.localName === 'ImGroup') &&
      (e.namespaceURI === NS.t || e.namespaceURI === NS.m),
  );
}

/** The XML with every entry the run did not create masked; unparseable XML is withheld. */
export function maskForeignEntries(xml: string, ours: Ours): string {
  if (!/(Persona|ImGroup)\b/.test(xml)) return xml;
  let doc: XmlNode;
  try {
    doc = parseXml(xml);
  } catch {
    return "[withheld: the answer could not be read, and may hold the user's contacts]";
  }
  const placeholders = new Placeholders();
  for (const entry of entries(doc)) {
    const leaves = leafTexts(entry);
    if (
      isSystemGroup(entry) ||
      ours(
        leaves.map((l) => l.value),
        idsOf(entry),
      )
    )
      continue;
    for (const { element, value } of leaves) {
      if (!kept(element)) element.textContent = placeholders.for(value);
    }
  }
  return new XMLSerializer().serializeToString(doc);
}
