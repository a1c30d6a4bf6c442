import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseXml } from '../support/xml/parse.ts';
import { count, one, optionalText, text, XPathMiss } from '../support/xml/xpath.ts';

const M = 'http://schemas.microsoft.com/exchange/services/2006/messages';
const T = 'http://schemas.microsoft.com/exchange/services/2006/types';
const S = 'http://schemas.xmlsoap.org/soap/envelope/';
const PATH = '/soap:Envelope/soap:Body/m:R/m:Persona/t:DisplayName';

function doc(persona: string, prefixes = { s: 's', m: '', t: 't' }) {
  const mDecl = prefixes.m ? `xmlns:${prefixes.m}="${M}"` : `xmlns="${M}"`;
  const m = prefixes.m ? `${prefixes.m}:` : '';
  return parseXml(
    `<${prefixes.s}:Envelope xmlns:${prefixes.s}="${S}"><${prefixes.s}:Body>` +
      `<${m}R ${mDecl} xmlns:${prefixes.t}="${T}"><${m}Persona>${persona}</${m}Persona></${m}R>` +
      `</${prefixes.s}:Body></${prefixes.s}:Envelope>`,
  );
}

describe('XPath helpers', () => {
  it('read through the suite namespace map whatever prefixes the document uses', () => {
    const a = doc('<t:DisplayName>Tony</t:DisplayName>');
    const b = doc('<x:DisplayName>Tony</x:DisplayName>', { s: 'env', m: 'q', t: 'x' });
    const c = doc(`<DisplayName xmlns="${T}">Tony</DisplayName>`);
    for (const d of [a, b, c]) assert.equal(text(d, PATH), 'Tony');
  });

  it('see CDATA sections and character references as the text they stand for', () => {
    const d = doc('<t:DisplayName><![CDATA[Smith & ]]>&#x53;ons &amp; Co</t:DisplayName>');
    assert.equal(text(d, PATH), 'Smith & Sons & Co');
  });

  it('fail on a miss naming the XPath, the part that exists and its children', () => {
    const d = doc('<t:PersonaType>Person</t:PersonaType>');
    assert.throws(
      () => text(d, PATH),
      (err: Error) => {
        assert.ok(err instanceof XPathMiss);
        assert.match(err.message, /t:DisplayName matched 0 node/);
        assert.match(err.message, /m:Persona exists/);
        assert.match(err.message, /children: t:PersonaType/);
        assert.match(err.message, /Namespaces: soap=/);
        return true;
      },
    );
  });

  it('fail when an element that must be single is duplicated', () => {
    const d = doc('<t:DisplayName>a</t:DisplayName><t:DisplayName>b</t:DisplayName>');
    assert.throws(() => one(d, PATH), /matched 2 node/);
    assert.throws(() => optionalText(d, PATH), /at most one/);
  });

  it('do not match an element of another namespace with the same local name', () => {
    const d = doc(`<DisplayName xmlns="${T.replace('http:', 'https:')}">a</DisplayName>`);
    assert.equal(count(d, PATH), 0);
    assert.throws(
      () => text(d, PATH),
      /\{https:\/\/schemas.microsoft.com\/exchange\/services\/2006\/types\}DisplayName/,
    );
  });

  it('refuse a non-node-set expression where nodes are expected', () => {
    assert.throws(() => count(doc(''), 'count(//*)'), /not a node-set/);
  });

  it('match element names case-sensitively, as XML names are', () => {
    const d = doc('<t:displayname>Tony</t:displayname>');
    assert.equal(count(d, PATH), 0);
  });
});
