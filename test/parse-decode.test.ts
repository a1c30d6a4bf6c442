import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError, decodeBody } from '../support/xml/decode.ts';
import { parseXml, XmlParseError } from '../support/xml/parse.ts';

describe('decoding bodies', () => {
  const xml = '<?xml version="1.0" encoding="utf-16"?><a>Zoë</a>';

  it('honours a UTF-16 byte-order mark over everything else', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const decoded = decodeBody(bytes, 'text/xml; charset=utf-8');
    assert.equal(decoded.source, 'byte-order mark');
    assert.equal(parseXml(decoded.text).documentElement?.textContent, 'Zoë');
  });

  it('uses the Content-Type charset, then the XML declaration', () => {
    const latin = Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><a>Zo\xeb</a>', 'latin1');
    assert.equal(decodeBody(latin).source, 'XML declaration');
    assert.match(decodeBody(latin).text, /Zoë/);
    assert.equal(decodeBody(latin, 'text/xml; charset="ISO-8859-1"').source, 'Content-Type');
  });

  it('refuses bytes that are not valid in the declared encoding', () => {
    const bad = Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]);
    assert.throws(() => decodeBody(bad, 'text/xml; charset=utf-8'), DecodeError);
    assert.throws(() => decodeBody(bad, 'text/xml; charset=x-unknown'), /unsupported/);
  });
});

describe('strict parsing', () => {
  const cases: Array<[string, string]> = [
    ['<a><b></a>', 'mismatched tags'],
    ['<a>&undefined;</a>', 'an undefined entity'],
    ['<p:a/>', 'an unbound prefix'],
    ['<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>', 'a DOCTYPE'],
    ['<a/><b/>', 'two roots'],
    ['<a>\u0001</a>', 'a character XML 1.0 forbids'],
    ['', 'an empty document'],
  ];
  for (const [input, what] of cases) {
    it(`refuses ${what}`, () => assert.throws(() => parseXml(input), XmlParseError));
  }
});
