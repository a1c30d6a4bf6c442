import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as req from '../support/ews/requests.ts';
import { envelope } from '../support/soap/envelope.ts';
import { NS } from '../support/xml/namespaces.ts';
import { parseXml } from '../support/xml/parse.ts';
import { count, text } from '../support/xml/xpath.ts';

const BODY = '/soap:Envelope/soap:Body/m:AddNewImContactToGroup';

describe('envelope builder', () => {
  it('declares the exact http:// namespaces of EWS and SOAP 1.1', () => {
    const xml = envelope({ version: 'Exchange2013' }, req.getImItemList());
    for (const uri of [NS.soap, NS.m, NS.t]) assert.ok(xml.includes(`"${uri}"`), uri);
    assert.ok(!xml.includes('https://schemas.microsoft.com'), 'no https:// namespace');
  });

  it('escapes every character XML treats specially, in text and attributes', () => {
    const name = `Smith & Sons <"Tony"> 'T' Zoë`;
    const id = { id: 'a"b<c&d', changeKey: "k'ey" };
    const doc = parseXml(
      envelope(
        { version: 'Exchange2013' },
        req.addNewImContactToGroup({
          imAddress: 'a&b@contoso.com',
          displayName: name,
          groupId: id,
        }),
      ),
    );
    assert.equal(text(doc, `${BODY}/m:DisplayName`), name);
    assert.equal(text(doc, `${BODY}/m:ImAddress`), 'a&b@contoso.com');
    assert.equal(text(doc, `${BODY}/m:GroupId/@Id`), id.id);
    assert.equal(text(doc, `${BODY}/m:GroupId/@ChangeKey`), id.changeKey);
  });

  it('puts the arguments in schema order and leaves absent ones out', () => {
    const doc = parseXml(
      envelope(
        { version: 'Exchange2013' },
        req.addNewImContactToGroup({
          imAddress: 'tsmith@contoso.com',
          groupId: { id: 'AAMk' },
        }),
      ),
    );
    const names = ['ImAddress', 'GroupId'];
    assert.equal(count(doc, `${BODY}/*`), 2);
    for (const [i, n] of names.entries()) {
      assert.equal(count(doc, `${BODY}/*[${i + 1}][self::m:${n}]`), 1);
    }
    assert.equal(count(doc, `${BODY}/m:GroupId/@ChangeKey`), 0);
  });

  it('writes the headers it is given and none it is not', () => {
    const full = parseXml(
      envelope(
        {
          version: 'Exchange2013_SP1',
          culture: 'fr-FR',
          timeZone: 'GMT Standard Time',
          impersonate: 'user1@contoso.com',
        },
        req.getImItemList(),
      ),
    );
    const h = '/soap:Envelope/soap:Header';
    assert.equal(text(full, `${h}/t:RequestServerVersion/@Version`), 'Exchange2013_SP1');
    assert.equal(text(full, `${h}/t:MailboxCulture`), 'fr-FR');
    assert.equal(
      text(full, `${h}/t:TimeZoneContext/t:TimeZoneDefinition/@Id`),
      'GMT Standard Time',
    );
    const sid = `${h}/t:ExchangeImpersonation/t:ConnectingSID/t:PrimarySmtpAddress`;
    assert.equal(text(full, sid), 'user1@contoso.com');
    const bare = parseXml(envelope({ version: null }, req.getImItemList()));
    assert.equal(count(bare, '/soap:Envelope/soap:Header'), 0);
  });
});
