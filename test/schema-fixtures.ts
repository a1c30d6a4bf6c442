import { NS } from '../support/xml/namespaces.ts';

/**
 * Small SOAP messages for the schema tests, written for this project: a valid
 * AddNewImContactToGroupResponse, the same with the reference page's swapped e-mail shapes
 * (facts sheet 7.1), a request, and an EWS fault (facts sheet 6).
 */
const EMAIL = '<t:Name>Tony Smith</t:Name><t:EmailAddress>tsmith@contoso.com</t:EmailAddress>';
const ROUTED = `${EMAIL}<t:RoutingType>SMTP</t:RoutingType>`;

/** EmailAddress holds EmailAddress, EmailAddresses holds Address: as the schema has it. */
export const SCHEMA_EMAILS = [
  `<t:EmailAddress>${ROUTED}</t:EmailAddress>`,
  `<t:EmailAddresses><t:Address>${ROUTED}</t:Address></t:EmailAddresses>`,
].join('\n        ');

/** The reference page's sample swaps them: EmailAddress/Address, EmailAddresses/EmailAddress. */
export const PAGE_EMAILS = [
  '<t:EmailAddress><t:Name>Tony Smith</t:Name><t:Address>tsmith@contoso.com</t:Address>' +
    '<t:RoutingType>SMTP</t:RoutingType></t:EmailAddress>',
  `<t:EmailAddresses><t:EmailAddress>${ROUTED}</t:EmailAddress></t:EmailAddresses>`,
].join('\n        ');

export const SERVER_VERSION =
  `<h:ServerVersionInfo xmlns:h="${NS.t}" MajorVersion="15" MinorVersion="2" ` +
  'MajorBuildNumber="1118" MinorBuildNumber="7" Version="V2017_07_11"/>';

export interface ResponseParts {
  header?: string;
  persona?: string;
}

const PERSONA = [
  '<t:PersonaId Id="AAQkAGQ1MjJjMTBkLTc4Y2U="/>',
  '<t:PersonaType>Person</t:PersonaType>',
  '<t:DisplayName>Tony Smith</t:DisplayName>',
  SCHEMA_EMAILS,
  '<t:ImAddress>tsmith@contoso.com</t:ImAddress>',
].join('\n        ');

/** Line 1 is the XML declaration; the Persona's children start on line 9. */
export function addResponse(parts: ResponseParts = {}): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="${NS.soap}">
  <s:Header>${parts.header ?? SERVER_VERSION}</s:Header>
  <s:Body>
    <m:AddNewImContactToGroupResponse ResponseClass="Success"
        xmlns:m="${NS.m}" xmlns:t="${NS.t}">
      <m:ResponseCode>NoError</m:ResponseCode>
      <m:Persona>
        ${parts.persona ?? PERSONA}
      </m:Persona>
    </m:AddNewImContactToGroupResponse>
  </s:Body>
</s:Envelope>`;
}

export function personaWith(emails: string): string {
  return PERSONA.replace(SCHEMA_EMAILS, emails);
}

export function request(header: string, body: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="${NS.soap}" xmlns:t="${NS.t}" xmlns:m="${NS.m}">
  <soap:Header>${header}</soap:Header>
  <soap:Body>${body}</soap:Body>
</soap:Envelope>`;
}

export const VERSION_HEADER = '<t:RequestServerVersion Version="Exchange2013"/>';
export const ADD_BODY =
  '<m:AddNewImContactToGroup><m:ImAddress>tsmith@contoso.com</m:ImAddress>' +
  '<m:DisplayName>Tony Smith</m:DisplayName></m:AddNewImContactToGroup>';

export interface FaultParts {
  codeNamespace?: string;
  detail?: string;
}

const DETAIL =
  `<e:ResponseCode xmlns:e="${NS.e}">ErrorSchemaValidation</e:ResponseCode>` +
  `<e:Message xmlns:e="${NS.e}">The request failed schema validation.</e:Message>` +
  `<t:MessageXml xmlns:t="${NS.t}"><t:LineNumber>3</t:LineNumber>` +
  '<t:LinePosition>7</t:LinePosition><t:Violation>…</t:Violation></t:MessageXml>';

export function fault(parts: FaultParts = {}): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="${NS.soap}"><s:Body><s:Fault>
<faultcode xmlns:a="${parts.codeNamespace ?? NS.t}">a:ErrorSchemaValidation</faultcode>
<faultstring xml:lang="en-US">The request failed schema validation: …</faultstring>
<detail>${parts.detail ?? DETAIL}</detail>
</s:Fault></s:Body></s:Envelope>`;
}

export const HTTPS_M = NS.m.replace('http://', 'https://');
