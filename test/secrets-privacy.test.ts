import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskForeignEntries } from '../support/privacy.ts';
import { redact, registerAccount } from '../support/redact.ts';
import { carriesPrefix } from '../support/run-names.ts';

/**
 * What a report may show of a live mailbox: the run's own entries as they are, the user's with
 * placeholders (privacy.ts); and what it may never show: passwords, tokens, Basic tokens, NTLM
 * messages (redact.ts).
 */
const PREFIX = 'ewsct-20261203t104300-3f9a1c';

const LIST = `<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
<m:GetImItemListResponse ResponseClass="Success"
  xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"
  xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
<m:ResponseCode>NoError</m:ResponseCode><m:ImItemList><t:Groups>
<t:ImGroup><t:DisplayName>Other Contacts</t:DisplayName>
  <t:GroupType>IPM.DistList.MOC.OtherContacts</t:GroupType><t:ExchangeStoreId Id="G1"/></t:ImGroup>
<t:ImGroup><t:DisplayName>Kimura Household</t:DisplayName>
  <t:GroupType>IPM.DistList.MOC.UserGroup</t:GroupType><t:ExchangeStoreId Id="G2"/>
  <t:MemberCorrelationKey><t:ItemId Id="C1"/></t:MemberCorrelationKey></t:ImGroup>
<t:ImGroup><t:DisplayName>${PREFIX}-w0 Friends</t:DisplayName>
  <t:GroupType>IPM.DistList.MOC.UserGroup</t:GroupType><t:ExchangeStoreId Id="G3"/></t:ImGroup>
</t:Groups><t:Personas>
<t:Persona><t:PersonaId Id="P1"/><t:PersonaType>Person</t:PersonaType>
  <t:DisplayName>Pat Kimura</t:DisplayName>
  <t:DisplayNameFirstLast>Pat Kimura</t:DisplayNameFirstLast>
  <t:EmailAddress><t:Name>Pat Kimura</t:Name>
  <t:EmailAddress>pat.kimura@fabrikam.com</t:EmailAddress>
  <t:RoutingType>SMTP</t:RoutingType></t:EmailAddress>
  <t:ImAddress>sip:pat.kimura@fabrikam.com</t:ImAddress>
  <t:PhoneNumber><t:Number>+1 555 0100</t:Number><t:Type>Mobile</t:Type></t:PhoneNumber>
  <t:Attributions><t:Attribution><t:Id>0</t:Id><t:SourceId Id="C1"/>
  <t:DisplayName>Outlook</t:DisplayName><t:IsQuickContact>true</t:IsQuickContact></t:Attribution>
  </t:Attributions></t:Persona>
<t:Persona><t:PersonaId Id="P2"/><t:DisplayName>Tel contact</t:DisplayName>
  <t:Attributions><t:Attribution><t:Id>0</t:Id><t:SourceId Id="C9"/></t:Attribution>
  </t:Attributions></t:Persona>
<t:Persona><t:PersonaId Id="P3"/><t:DisplayName>${PREFIX}-w0 Tony</t:DisplayName>
  <t:ImAddress>${PREFIX}-w0.tsmith@contoso.com</t:ImAddress></t:Persona>
</t:Personas></m:ImItemList></m:GetImItemListResponse></s:Body></s:Envelope>`;

const ours = (texts: readonly string[], ids: readonly string[]) =>
  texts.some((t) => carriesPrefix(t, PREFIX)) || ids.includes('C9');

describe('the privacy of live IM lists in reports', () => {
  const masked = maskForeignEntries(LIST, ours);

  it("replaces the user's names, addresses and numbers with placeholders", () => {
    for (const shown of ['Kimura', 'Pat', 'fabrikam', '555 0100']) {
      assert.ok(!masked.includes(shown), `${shown} is still shown`);
    }
    assert.match(masked, /<t:DisplayName>\[name 1\]<\/t:DisplayName>/);
    assert.match(masked, /<t:ImAddress>\[address \d\]<\/t:ImAddress>/);
    assert.match(masked, /<t:Number>\[number 1\]<\/t:Number>/);
  });

  it('gives one value one placeholder, and keeps ids, types, flags and system names', () => {
    const patName =
      /<t:DisplayName>(\[name \d\])<\/t:DisplayName><t:DisplayNameFirstLast>(.*?)</.exec(masked);
    assert.equal(patName?.[1], patName?.[2]);
    for (const kept of ['Id="G2"', 'Id="C1"', '<t:Type>Mobile</t:Type>', '<t:RoutingType>SMTP']) {
      assert.ok(masked.includes(kept), `${kept} is gone`);
    }
    assert.ok(masked.includes('<t:DisplayName>Other Contacts</t:DisplayName>'));
    assert.ok(masked.includes('<t:DisplayName>Outlook</t:DisplayName>'));
    assert.ok(masked.includes('<t:IsQuickContact>true</t:IsQuickContact>'));
  });

  it("shows the run's own entries, by prefix or by registered id, as they are", () => {
    assert.ok(masked.includes(`${PREFIX}-w0 Friends`));
    assert.ok(masked.includes(`${PREFIX}-w0.tsmith@contoso.com`));
    assert.ok(masked.includes('<t:DisplayName>Tel contact</t:DisplayName>'));
  });

  it('leaves answers without entries alone and withholds what it cannot read', () => {
    const plain = '<m:SetImGroupResponse ResponseClass="Success"/>';
    assert.equal(maskForeignEntries(plain, ours), plain);
    assert.match(maskForeignEntries('<ImItemList><Persona>Pat', ours), /^\[withheld/);
  });
});

describe('credentials in reports and logs', () => {
  it('removes passwords, tokens, Basic tokens and NTLM messages', () => {
    registerAccount({
      username: 'user1',
      password: 'S3cret-canary-pw',
      mailbox: 'user1@contoso.com',
      domain: 'CONTOSO',
    });
    registerAccount({
      username: 'user2@contoso.com',
      password: '',
      mailbox: 'user2@contoso.com',
      token: 'S3cret-canary-token',
    });
    const basic = Buffer.from('CONTOSO\\user1:S3cret-canary-pw').toString('base64');
    const text = [
      'failed with S3cret-canary-pw in it',
      `authorization: Basic ${Buffer.from('x:y').toString('base64')}`,
      `token S3cret-canary-token and ${basic}`,
      'www-authenticate: NTLM TlRMTVNTUAACAAAADAAMADgAAAAFgoqi',
      'a message TlRMTVNTUAADAAAAGAAYAEgAAAA= inside',
      'WWW-Authenticate: Bearer realm="contoso", Negotiate',
    ].join('\n');
    const out = redact(text);
    for (const secret of ['S3cret-canary', basic, 'TlRMTVNT', 'eDp5']) {
      assert.ok(!out.includes(secret), `${secret} is still there:\n${out}`);
    }
    assert.match(out, /Bearer realm="contoso", Negotiate/, 'challenges without data stay');
    const kerberos = 'Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBgkqhkiC';
    assert.equal(redact(kerberos), 'Negotiate [removed]', 'a letters-only blob goes too');
    const prose = 'the NTLM handshake failed; Bearer authentication is off';
    assert.equal(redact(prose), prose, 'words after a scheme name stay');
  });
});
