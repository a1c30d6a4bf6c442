/**
 * Where the reference pages and the schema disagree. The suite follows the schema; each entry
 * says what the page shows, what the schema says and how that was established (facts sheet
 * section 7 unless noted). The report lists them.
 */
export interface Erratum {
  id: string;
  page: string;
  shows: string;
  schema: string;
  evidence: string;
  /** Body elements (types and messages namespaces bound to t: and m:) the schema can judge. */
  shapes?: { page: string; schema: string };
}

const NAME = '<t:Name>Tony Smith</t:Name>';
const ROUTE = '<t:RoutingType>SMTP</t:RoutingType>';
const ADDRESS = 'tsmith@contoso.com';

function persona(emails: string): string {
  return (
    '<m:AddNewImContactToGroupResponse ResponseClass="Success"><m:ResponseCode>NoError' +
    '</m:ResponseCode><m:Persona><t:PersonaId Id="AAQk"/>' +
    `${emails}</m:Persona></m:AddNewImContactToGroupResponse>`
  );
}

const SCHEMA_EMAILS =
  `<t:EmailAddress>${NAME}<t:EmailAddress>${ADDRESS}</t:EmailAddress>${ROUTE}</t:EmailAddress>` +
  `<t:EmailAddresses><t:Address>${NAME}<t:EmailAddress>${ADDRESS}</t:EmailAddress>${ROUTE}` +
  '</t:Address></t:EmailAddresses>';
const PAGE_EMAILS =
  `<t:EmailAddress>${NAME}<t:Address>${ADDRESS}</t:Address>${ROUTE}</t:EmailAddress>` +
  `<t:EmailAddresses><t:EmailAddress>${NAME}<t:Address>${ADDRESS}</t:Address>${ROUTE}` +
  '</t:EmailAddress></t:EmailAddresses>';
const DG = '<m:SmtpAddress>sales@contoso.com</m:SmtpAddress>';

export const ERRATA: readonly Erratum[] = [
  {
    id: 'ERRATUM-01',
    page: 'addnewimcontacttogroup-operation.md, success response',
    shows: 'EmailAddress holds <Address>; EmailAddresses holds <EmailAddress>',
    schema: 'EmailAddressType has EmailAddress; ArrayOfEmailAddressesType holds Address',
    evidence:
      'the sample fails validation against types.xsd; the open-specification schema, ' +
      'server contracts and a real client (SIPE) all use the schema shapes',
    shapes: { page: persona(PAGE_EMAILS), schema: persona(SCHEMA_EMAILS) },
  },
  {
    id: 'ERRATUM-02',
    page: 'getimitemlist-operation.md, success response',
    shows: 'EmailAddresses holds <EmailAddress>',
    schema: 'ArrayOfEmailAddressesType holds Address',
    evidence: 'the sample fails validation against types.xsd',
  },
  {
    id: 'ERRATUM-03',
    page: 'adddistributiongrouptoimlist-operation.md, request',
    shows: 'a request with SmtpAddress only',
    schema: 'AddDistributionGroupToImListType requires SmtpAddress and DisplayName',
    evidence: 'the sample request fails validation against messages.xsd',
    shapes: {
      page: `<m:AddDistributionGroupToImList>${DG}</m:AddDistributionGroupToImList>`,
      schema:
        `<m:AddDistributionGroupToImList>${DG}<m:DisplayName>Sales</m:DisplayName>` +
        '</m:AddDistributionGroupToImList>',
    },
  },
  {
    id: 'ERRATUM-04',
    page: 'addimgroupresponse.md; adddistributiongrouptoimlistresponse.md',
    shows:
      'the type AddImContactToGroupResponseMessageType; the root AddNewImContactToGroupResponse',
    schema: 'AddImGroupResponseMessageType; AddDistributionGroupToImListResponse',
    evidence: 'messages.xsd',
  },
  {
    id: 'ERRATUM-05',
    page: 'addnewteluricontacttogroupresponse.md',
    shows: 'Persona before MessageText',
    schema: 'the base children (MessageText, ResponseCode, DescriptiveLinkKey, MessageXml) first',
    evidence: 'messages.xsd: the response extends ResponseMessageType',
  },
  {
    id: 'ERRATUM-06',
    page: 'displayname-nonemptystringtype.md, contactid.md, contactids.md',
    shows: 'the types namespace',
    schema: 'request children are in the messages namespace',
    evidence: "messages.xsd (elementFormDefault qualified); the pages' own examples use m:",
  },
  {
    id: 'ERRATUM-07',
    page: 'addnewimcontacttogroup-operation.md, response element list',
    shows: 'no EmailAddresses; "Address (string)"; Value linked to ArrayOfStringValueType',
    schema:
      'Persona has EmailAddresses; EmailAddressType has EmailAddress; ' +
      'StringAttributedValue/Value is xs:string',
    evidence: "types.xsd; the page's own sample shows EmailAddresses",
  },
  {
    id: 'ERRATUM-08',
    page: 'setimgroup-operation.md',
    shows: 'the operation "only takes a single display name argument"',
    schema: 'SetImGroupType requires GroupId and NewDisplayName',
    evidence: 'messages.xsd (facts sheet 4.12)',
  },
  {
    id: 'ERRATUM-09',
    page: 'requestserverversion.md',
    shows: 'Version is required only from Exchange 2010 on',
    schema: 'the Version attribute is use="required"',
    evidence: 'types.xsd (facts sheet 2.3)',
  },
];
