import type { Level } from '../checks.ts';
import { OPERATIONS } from '../ews/operations.ts';
import type { Requirement, Verification } from './types.ts';

/**
 * The requirement catalogue: every documented behaviour the suite judges, with its source and
 * level. A check names a requirement by its id, or by a key (what the check looks at) that the
 * scenario's tags make unique; `keys` are those keys. Levels here are the documented ones; a
 * call may lower one (e.g. "required on the mock only" off the mock), never raise it.
 */
export interface CatalogueEntry extends Requirement {
  /** What generic checks of this requirement look at, e.g. `Success:NoError`, `no-payload`. */
  keys: readonly string[];
}

const R: Level = 'required';
const C: Level = 'recommended';
const I: Level = 'informative';

const OPERATION_OF = new Map(OPERATIONS.map((o) => [o.code, o.name]));

function req(
  id: string,
  level: Level,
  source: string,
  statement: string,
  keys: readonly string[] = [],
  verifiedBy: Verification = 'scenario',
): CatalogueEntry {
  const code = id.split('-')[0] ?? '';
  const operation = code === 'EWS' ? '*' : (OPERATION_OF.get(code) ?? `(unknown code ${code})`);
  return { id, operation, source, statement, level, verifiedBy, keys };
}

const OK = 'Success:NoError';
const FAULT = 'fault';
const SCHEMA_FAULT = [FAULT, 'fault:ErrorSchemaValidation'];
const VERSION_FAULT = [FAULT, 'fault:ErrorIncorrectSchemaVersion'];
const OTHER = 'IPM.DistList.MOC.OtherContacts';

const EWS: readonly CatalogueEntry[] = [
  req(
    'EWS-R001',
    R,
    'messages.xsd, types.xsd; facts 2.1, 2.4',
    'Every SOAP response body is valid against the EWS schema, with http:// namespaces',
    [],
    'every-message',
  ),
  req(
    'EWS-R002',
    R,
    'facts 6 (fault shape)',
    'Every SOAP fault has a types-namespace faultcode and a detail with ResponseCode and Message',
    [],
    'every-message',
  ),
  req('EWS-R003', R, 'facts 6; SOAP 1.1 section 6.2', 'A SOAP fault is sent with HTTP status 500'),
  req(
    'EWS-R004',
    R,
    'operation pages: SOAP headers (ServerVersion); types.xsd ServerVersionInfo',
    'A response that is not a fault carries t:ServerVersionInfo, its version attributes xs:int',
  ),
  req(
    'EWS-R005',
    R,
    'addimgroup-operation.md: error response; facts 6',
    'A schema-validation fault locates the violation with integer LineNumber and LinePosition',
  ),
  req(
    'EWS-R006',
    C,
    'facts 8 (no captured status); SOAP 1.1 keeps 500 for faults',
    'An error response message (not a fault) is sent with HTTP status 200',
    ['http:200'],
  ),
  req(
    'EWS-R007',
    R,
    'messages.xsd, types.xsd',
    'Every request the suite means to be valid is valid against the schema in use (a suite check)',
    [],
    'every-message',
  ),
  req(
    'EWS-R008',
    R,
    'SOAP 1.1 section 6.1 (HTTP binding); facts 2.2',
    'Every SOAP response is sent with the media type text/xml',
    [],
    'every-message',
  ),
];

const ANICTG_PAGE = 'addnewimcontacttogroup-operation.md';
const ANICTG_RESPONSE = `${ANICTG_PAGE}: successful response`;

const ANICTG: readonly CatalogueEntry[] = [
  req(
    'ANICTG-R001',
    R,
    `${ANICTG_PAGE}: request example`,
    "The page's sample request, with a group id from AddImGroup, succeeds with NoError",
    [OK],
  ),
  req(
    'ANICTG-R002',
    R,
    `${ANICTG_PAGE}: using the operation`,
    'ImAddress, DisplayName and GroupId create the contact; the answer is NoError with a persona',
    [OK],
  ),
  req(
    'ANICTG-R003',
    R,
    `${ANICTG_PAGE}: using the operation; AddNewImContactToGroupType`,
    'Only ImAddress is required: a request without DisplayName or without GroupId succeeds',
    [OK],
  ),
  req(
    'ANICTG-R004',
    R,
    `${ANICTG_PAGE}: using the operation`,
    'GetImItemList afterwards lists the new contact as a member of the group it was added to',
    ['listed-in-group'],
  ),
  req(
    'ANICTG-R005',
    R,
    'getimitemlist-operation.md; facts 4.6',
    'GetImItemList afterwards holds a persona for the new contact, with the IM address sent',
    ['listed-persona'],
  ),
  req(
    'ANICTG-R006',
    C,
    'facts 4.1 (server reuses a contact by IM address)',
    'A second add with the same IM address returns the same contact and makes no duplicate',
    ['same-contact', 'one-contact'],
  ),
  req(
    'ANICTG-R007',
    R,
    `${ANICTG_PAGE}: request example; NonEmptyStringType`,
    'A display name with XML-special, quoted or non-ASCII characters comes back unchanged',
    ['display-name-sent'],
  ),
  req(
    'ANICTG-R008',
    C,
    'facts 4.1 (missing GroupId)',
    'A contact added without GroupId becomes a member of the Other Contacts group',
    [`listed-in:${OTHER}`],
  ),
  req(
    'ANICTG-R009',
    C,
    'facts 4.1 (missing DisplayName)',
    "Without DisplayName the persona's display name is its IM address",
    ['display-name-fallback'],
  ),
  req(
    'ANICTG-R010',
    R,
    `${ANICTG_PAGE}: SOAP headers; request example`,
    'A supported MailboxCulture and a TimeZoneContext header are accepted',
    [OK],
  ),
  req(
    'ANICTG-R011',
    R,
    'mailboxculture.md; types.xsd MailboxCulture (xs:language)',
    'A MailboxCulture that is no language tag is refused with the fault ErrorSchemaValidation',
    SCHEMA_FAULT,
  ),
  req(
    'ANICTG-R012',
    C,
    'facts 2.3 (ErrorUnsupportedCulture)',
    'A well-formed MailboxCulture the server lacks is refused with ErrorUnsupportedCulture',
    ['refused:ErrorUnsupportedCulture'],
  ),
  req(
    'ANICTG-R013',
    R,
    `${ANICTG_PAGE}: SOAP headers (Impersonation)`,
    'An account with impersonation rights adds the contact to the mailbox it impersonates',
    [OK, 'listed-in-group'],
  ),
  req(
    'ANICTG-R014',
    R,
    'exchangeimpersonation.md; facts 2.3',
    'Impersonation without the rights is refused with an impersonation fault and adds nothing',
    [
      FAULT,
      'fault:ErrorImpersonateUserDenied|ErrorImpersonationDenied|ErrorImpersonationFailed',
      'no-contact-created',
    ],
  ),
  req(
    'ANICTG-R015',
    R,
    `${ANICTG_PAGE}: error response`,
    'A foreign group: ErrorNonExistentMailbox, MessageText, DescriptiveLinkKey 0, MailboxGuid',
    ['Error:ErrorNonExistentMailbox', 'error-details'],
  ),
  req(
    'ANICTG-R016',
    R,
    'AddNewImContactToGroupType (ImAddress NonEmptyString, 1..1)',
    'A request whose ImAddress is missing or empty is refused with the fault ErrorSchemaValidation',
    SCHEMA_FAULT,
  ),
  req(
    'ANICTG-R017',
    R,
    'facts 2.1; pitfall P01',
    'EWS elements in https:// namespaces get the fault ErrorSchemaValidation; nothing is added',
    [...SCHEMA_FAULT, 'no-contact-created'],
  ),
  req(
    'ANICTG-R018',
    R,
    'facts 4.1 (errors)',
    'A GroupId that names no usable group is refused with an error response',
    ['Error'],
  ),
  req(
    'ANICTG-R019',
    C,
    'facts 4.1, 5 (generic id errors)',
    'A malformed GroupId is refused with ErrorInvalidIdMalformed',
    ['code:ErrorInvalidIdMalformed'],
  ),
  req(
    'ANICTG-R020',
    R,
    'facts 4.1 (RetrieveGroupPdl)',
    'The id of a removed group gives ErrorInvalidImGroupId or ErrorItemNotFound',
    ['Error:ErrorInvalidImGroupId|ErrorItemNotFound'],
  ),
  req(
    'ANICTG-R021',
    R,
    'facts 6 (ErrorIncorrectSchemaVersion)',
    'A RequestServerVersion older than Exchange2013 gets the fault ErrorIncorrectSchemaVersion',
    VERSION_FAULT,
  ),
  req(
    'ANICTG-R022',
    R,
    'requestserverversion.md; facts 2.3',
    'A request without a RequestServerVersion header is refused with a SOAP fault',
    [FAULT],
  ),
  req(
    'ANICTG-R023',
    C,
    'facts 6 (schema version mechanism)',
    'A request without RequestServerVersion gets the fault code ErrorIncorrectSchemaVersion',
    ['fault:ErrorIncorrectSchemaVersion'],
  ),
  req(
    'ANICTG-R024',
    R,
    'facts 4.1 (MaxImContacts, default 1000)',
    'One contact more than the contact limit is refused with ErrorImContactLimitReached',
    ['Error:ErrorImContactLimitReached'],
  ),
  req(
    'ANICTG-R025',
    R,
    'types.xsd PersonaType (sequence); facts 3.1',
    "The persona's children are PersonaType children, in the schema's order, none repeated",
    ['persona-order'],
  ),
  req(
    'ANICTG-R026',
    C,
    `${ANICTG_RESPONSE}; ArrayOfValueAttributionsType`,
    'Each attributed value refers to an attribution Id the persona has',
    ['persona-attributions'],
  ),
  // The expected-element table (support/expectations/persona-elements.ts), one row each.
  req(
    'ANICTG-R030',
    R,
    `${ANICTG_RESPONSE} (PersonaId); PersonaType 1..1`,
    'The persona has a PersonaId with a non-empty Id',
    ['persona:t:PersonaId/@Id'],
  ),
  req(
    'ANICTG-R031',
    R,
    `${ANICTG_RESPONSE} (ImAddress)`,
    'The persona has an ImAddress equal to the IM address sent',
    ['persona:t:ImAddress', 'persona-im-address'],
  ),
  req(
    'ANICTG-R032',
    R,
    `${ANICTG_RESPONSE} (SourceId, IsQuickContact)`,
    'A Quick Contacts attribution (IsQuickContact true) names the new contact by SourceId',
    ['persona:t:Attributions/t:Attribution[Quick Contacts]/t:SourceId/@Id'],
  ),
  req(
    'ANICTG-R033',
    R,
    `${ANICTG_RESPONSE} (DisplayName)`,
    "The persona's DisplayName is the display name sent, when one was sent",
    ['persona:t:DisplayName'],
  ),
  req('ANICTG-R034', C, `${ANICTG_RESPONSE} (PersonaType)`, 'The persona has PersonaType Person', [
    'persona:t:PersonaType',
  ]),
  req(
    'ANICTG-R035',
    C,
    `${ANICTG_RESPONSE} (CreationTime)`,
    'The persona has a CreationTime that is an xs:dateTime',
    ['persona:t:CreationTime'],
  ),
  req(
    'ANICTG-R036',
    C,
    `${ANICTG_RESPONSE} (DisplayNameFirstLast)`,
    'The persona has a DisplayNameFirstLast',
    ['persona:t:DisplayNameFirstLast'],
  ),
  req(
    'ANICTG-R037',
    C,
    `${ANICTG_RESPONSE} (DisplayNameLastFirst)`,
    'The persona has a DisplayNameLastFirst',
    ['persona:t:DisplayNameLastFirst'],
  ),
  req('ANICTG-R038', C, `${ANICTG_RESPONSE} (FileAsId)`, 'The persona has a FileAsId', [
    'persona:t:FileAsId',
  ]),
  req(
    'ANICTG-R039',
    C,
    `${ANICTG_RESPONSE} (EmailAddress, Name)`,
    "The persona's EmailAddress has a Name",
    ['persona:t:EmailAddress/t:Name'],
  ),
  req(
    'ANICTG-R040',
    C,
    `${ANICTG_RESPONSE} (Address); EmailAddressType; erratum 07`,
    "The persona's EmailAddress holds the IM address in its EmailAddress child",
    ['persona:t:EmailAddress/t:EmailAddress'],
  ),
  req(
    'ANICTG-R041',
    C,
    `${ANICTG_RESPONSE} (RoutingType)`,
    "The persona's EmailAddress has RoutingType SMTP",
    ['persona:t:EmailAddress/t:RoutingType'],
  ),
  req(
    'ANICTG-R042',
    C,
    `${ANICTG_RESPONSE} sample; ArrayOfEmailAddressesType; erratum 01`,
    "The persona's EmailAddresses list an Address with the IM address",
    ['persona:t:EmailAddresses/t:Address/t:EmailAddress'],
  ),
  req(
    'ANICTG-R043',
    C,
    `${ANICTG_RESPONSE} (RelevanceScore)`,
    'The persona has a RelevanceScore that is an xs:int',
    ['persona:t:RelevanceScore'],
  ),
  req(
    'ANICTG-R044',
    C,
    `${ANICTG_RESPONSE} (Attribution, ID)`,
    'The Quick Contacts attribution has a non-empty Id',
    ['persona:t:Attributions/t:Attribution[Quick Contacts]/t:Id'],
  ),
  req(
    'ANICTG-R045',
    C,
    `${ANICTG_RESPONSE} (Attribution DisplayName)`,
    'The Quick Contacts attribution has a DisplayName',
    ['persona:t:Attributions/t:Attribution[Quick Contacts]/t:DisplayName'],
  ),
  req(
    'ANICTG-R046',
    C,
    `${ANICTG_RESPONSE} (IsWritable)`,
    'The Quick Contacts attribution has an xs:boolean IsWritable',
    ['persona:t:Attributions/t:Attribution[Quick Contacts]/t:IsWritable'],
  ),
  req(
    'ANICTG-R047',
    C,
    `${ANICTG_RESPONSE} (IsHidden)`,
    'The Quick Contacts attribution has an xs:boolean IsHidden',
    ['persona:t:Attributions/t:Attribution[Quick Contacts]/t:IsHidden'],
  ),
  req(
    'ANICTG-R048',
    C,
    `${ANICTG_RESPONSE} (FolderId)`,
    'The Quick Contacts attribution names its folder with a non-empty FolderId Id',
    ['persona:t:Attributions/t:Attribution[Quick Contacts]/t:FolderId/@Id'],
  ),
  req(
    'ANICTG-R049',
    C,
    `${ANICTG_RESPONSE} (DisplayNames, StringAttributedValue); erratum 07`,
    'DisplayNames holds an attributed value with the display name sent',
    ['persona:t:DisplayNames/t:StringAttributedValue/t:Value'],
  ),
  req('ANICTG-R050', C, `${ANICTG_RESPONSE} (FileAsIds)`, 'FileAsIds holds an attributed value', [
    'persona:t:FileAsIds/t:StringAttributedValue/t:Value',
  ]),
  req(
    'ANICTG-R051',
    C,
    `${ANICTG_RESPONSE} (Emails1, EmailAddressAttributedValue)`,
    'Emails1 holds an attributed e-mail address equal to the IM address',
    ['persona:t:Emails1/t:EmailAddressAttributedValue/t:Value/t:EmailAddress'],
  ),
  req(
    'ANICTG-R052',
    C,
    `${ANICTG_RESPONSE} (ImAddresses)`,
    'ImAddresses holds an attributed value equal to the IM address',
    ['persona:t:ImAddresses/t:StringAttributedValue/t:Value'],
  ),
];

const ANTUCTG_PAGE = 'addnewteluricontacttogroup-operation.md';

const ANTUCTG: readonly CatalogueEntry[] = [
  req(
    'ANTUCTG-R001',
    R,
    `${ANTUCTG_PAGE}: request example`,
    "The page's example (tel: URI, SIP URI, number, GroupId) succeeds with NoError",
    [OK],
  ),
  req(
    'ANTUCTG-R002',
    R,
    `${ANTUCTG_PAGE}: successful response`,
    'The returned persona has a PersonaId and a Quick Contacts attribution',
    ['persona-identified'],
  ),
  req(
    'ANTUCTG-R003',
    C,
    `${ANTUCTG_PAGE}: successful response (OtherTelephones)`,
    'The persona lists the telephone number sent among its phone numbers',
    ['persona-phone'],
  ),
  req(
    'ANTUCTG-R004',
    R,
    'types.xsd PersonaType (sequence); erratum 05',
    "The persona's children are PersonaType children, in the schema's order",
    ['persona-order'],
  ),
  req(
    'ANTUCTG-R005',
    R,
    `${ANTUCTG_PAGE}: using the operation`,
    'GetImItemList afterwards lists the new contact in the group it was added to',
    ['listed-in-group'],
  ),
  req(
    'ANTUCTG-R006',
    R,
    'AddNewTelUriContactToGroupType (GroupId 0..1)',
    'GroupId may be left out: the request still succeeds',
    [OK],
  ),
  req(
    'ANTUCTG-R007',
    C,
    'facts 4.4 (missing group)',
    'A telephone contact added without GroupId is a member of Other Contacts',
    [`listed-in:${OTHER}`],
  ),
  req(
    'ANTUCTG-R008',
    R,
    `${ANTUCTG_PAGE}: error response; facts 4.4`,
    'A well-formed GroupId naming no group gives ErrorItemNotFound (page) or ErrorInvalidImGroupId',
    ['Error:ErrorInvalidImGroupId|ErrorItemNotFound'],
  ),
  req(
    'ANTUCTG-R009',
    R,
    'AddNewTelUriContactToGroupType (three required children)',
    'Without one of the three required arguments the fault is ErrorSchemaValidation',
    SCHEMA_FAULT,
  ),
  req(
    'ANTUCTG-R010',
    C,
    'facts 4.4 (server looks the contact up by its tel: URI first)',
    'A second add with the same tel: URI returns the same contact',
    [OK, 'same-contact'],
  ),
];

const AICTG_PAGE = 'addimcontacttogroup-operation.md';

const AICTG: readonly CatalogueEntry[] = [
  req(
    'AICTG-R001',
    R,
    `${AICTG_PAGE}: request example`,
    'An IM contact and an IM group of the caller are accepted with NoError',
    [OK],
  ),
  req(
    'AICTG-R002',
    R,
    'AddImContactToGroupResponse (ResponseMessageType)',
    'The response carries the base children of a response message only',
    ['no-payload'],
  ),
  req(
    'AICTG-R003',
    R,
    `${AICTG_PAGE}: using the operation`,
    'The contact becomes a member of the second group and stays in its first',
    ['member'],
  ),
  req(
    'AICTG-R004',
    R,
    'AddImContactToGroupType (GroupId 0..1)',
    'GroupId may be left out: the request still succeeds',
    [OK],
  ),
  req(
    'AICTG-R005',
    C,
    'facts 4.2 (missing GroupId)',
    'A contact added without GroupId becomes a member of Other Contacts',
    [`member-of:${OTHER}`],
  ),
  req(
    'AICTG-R006',
    R,
    'facts 4.2 (existing member)',
    'Adding a contact to a group it is already in is accepted and it stays a member',
    ['Success', 'member'],
  ),
  req(
    'AICTG-R007',
    C,
    'facts 4.2 (existing member)',
    'Adding a contact to a group it is already in answers NoError',
    ['code:NoError'],
  ),
  req(
    'AICTG-R008',
    R,
    `${AICTG_PAGE}: ErrorInvalidImContactId error response`,
    'An id naming no IM contact gives ErrorInvalidImContactId, MessageText, DescriptiveLinkKey 0',
    ['Error:ErrorInvalidImContactId', 'error-details'],
  ),
  req(
    'AICTG-R009',
    R,
    'facts 4.2 (errors)',
    "A ContactId or GroupId the caller's IM list does not hold is refused with an error",
    ['Error'],
  ),
  req(
    'AICTG-R010',
    C,
    'facts 5 (generic id errors)',
    'A malformed ContactId or GroupId gives ErrorInvalidIdMalformed',
    ['code:ErrorInvalidIdMalformed'],
  ),
  req(
    'AICTG-R011',
    C,
    'facts 4.2 (RetrieveGroupPdl)',
    'A group that was removed gives ErrorInvalidImGroupId',
    ['code:ErrorInvalidImGroupId'],
  ),
  req(
    'AICTG-R012',
    C,
    'facts 4.1, 5 (other mailbox)',
    "Another mailbox's contact gives ErrorNonExistentMailbox",
    ['code:ErrorNonExistentMailbox'],
  ),
  req(
    'AICTG-R013',
    R,
    'AddImContactToGroupType (ContactId 1..1)',
    'Without ContactId the request is refused with the fault ErrorSchemaValidation',
    SCHEMA_FAULT,
  ),
];

const AIG_PAGE = 'addimgroup-operation.md';

const AIG: readonly CatalogueEntry[] = [
  req(
    'AIG-R001',
    R,
    `${AIG_PAGE}: request example`,
    'A DisplayName creates a user IM group and the answer is NoError',
    [OK],
  ),
  req(
    'AIG-R002',
    R,
    `${AIG_PAGE}: successful response`,
    'The response holds the ImGroup: the name sent, type UserGroup, an ExchangeStoreId',
    ['returns-group'],
  ),
  req(
    'AIG-R003',
    R,
    `${AIG_PAGE}: using the operation; facts 4.6`,
    'GetImItemList afterwards lists the returned group with its name',
    ['group-listed'],
  ),
  req(
    'AIG-R004',
    R,
    'facts 4.3 (existing name)',
    'The name of an existing group is accepted without an error',
    [OK],
  ),
  req(
    'AIG-R005',
    C,
    'facts 4.3 (existing name)',
    'The name of an existing group returns that group and makes no second one',
    ['existing-group', 'one-group-named'],
  ),
  req(
    'AIG-R006',
    R,
    `${AIG_PAGE}: error response`,
    'A request that is not well-formed XML is refused with the fault ErrorSchemaValidation',
    SCHEMA_FAULT,
  ),
  req(
    'AIG-R007',
    R,
    'AddImGroupType (DisplayName 1..1)',
    'Without DisplayName the request is refused with the fault ErrorSchemaValidation',
    SCHEMA_FAULT,
  ),
  req(
    'AIG-R008',
    R,
    'facts 4.3 (MaxImGroups, default 64)',
    'One user group more than the group limit is refused with ErrorImGroupLimitReached',
    ['Error:ErrorImGroupLimitReached'],
  ),
];

const ADGTIL_PAGE = 'adddistributiongrouptoimlist-operation.md';

const ADGTIL: readonly CatalogueEntry[] = [
  req(
    'ADGTIL-R001',
    R,
    `${ADGTIL_PAGE}: using the operation`,
    'An existing distribution group, with SmtpAddress and DisplayName, is added with NoError',
    [OK],
  ),
  req(
    'ADGTIL-R002',
    R,
    `${ADGTIL_PAGE}: successful response`,
    'The response holds an ImGroup of type IPM.DistList.MOC.DG',
    ['returns-group'],
  ),
  req(
    'ADGTIL-R003',
    R,
    'facts 4.5; getimitemlist-operation.md',
    'GetImItemList afterwards lists the returned group with type IPM.DistList.MOC.DG',
    ['group-listed'],
  ),
  req(
    'ADGTIL-R004',
    C,
    'facts 4.5 (existing entry)',
    'Adding the same distribution group twice returns the same entry',
    ['same-group-twice'],
  ),
  req(
    'ADGTIL-R005',
    R,
    `${ADGTIL_PAGE}: error response; facts 4.5`,
    'A bad or unknown group address gives ErrorInvalidImDistributionGroupSmtpAddress',
    ['Error:ErrorInvalidImDistributionGroupSmtpAddress'],
  ),
  req(
    'ADGTIL-R006',
    R,
    'AddDistributionGroupToImListType; erratum 03',
    "The page's sample request, lacking DisplayName, gets the fault ErrorSchemaValidation",
    SCHEMA_FAULT,
  ),
];

const GIIL_PAGE = 'getimitemlist-operation.md';

const GIIL: readonly CatalogueEntry[] = [
  req(
    'GIIL-R001',
    R,
    `${GIIL_PAGE}: request example`,
    'GetImItemList without arguments answers NoError with the IM list',
    [OK],
  ),
  req(
    'GIIL-R002',
    R,
    'facts 4.6 (system groups on demand)',
    'The list holds each system group (Favorites, Tagged, Other Contacts) exactly once',
    ['system-groups'],
  ),
  req(
    'GIIL-R003',
    R,
    `${GIIL_PAGE}: successful response (MemberCorrelationKey)`,
    'Each group lists its members by contact id',
    ['group-members'],
  ),
  req(
    'GIIL-R004',
    R,
    `${GIIL_PAGE}: successful response (Personas)`,
    'The list holds a persona for every member, with its IM address',
    ['member-personas'],
  ),
  req(
    'GIIL-R005',
    R,
    `${GIIL_PAGE}: successful response (ImGroup)`,
    'Every ImGroup has a DisplayName, a GroupType and an ExchangeStoreId with an Id',
    ['group-shape'],
  ),
  req(
    'GIIL-R006',
    R,
    'GetImItemListType (ExtendedProperties 0..1)',
    'A request with ExtendedProperties is accepted with NoError',
    [OK],
  ),
  req(
    'GIIL-R007',
    R,
    `${GIIL_PAGE}: error response`,
    'A RequestServerVersion older than Exchange2013 gets the fault ErrorIncorrectSchemaVersion',
    VERSION_FAULT,
  ),
];

const GII_PAGE = 'getimitems-operation.md';

const GII: readonly CatalogueEntry[] = [
  req(
    'GII-R001',
    R,
    `${GII_PAGE}: request example`,
    'GetImItems with contact ids, group ids or both answers NoError',
    [OK],
  ),
  req(
    'GII-R002',
    R,
    `${GII_PAGE}: using the operation`,
    'The ImItemList holds exactly the requested groups',
    ['exact-groups'],
  ),
  req(
    'GII-R003',
    R,
    `${GII_PAGE}: using the operation`,
    'The ImItemList holds exactly the personas of the requested contacts',
    ['exact-personas'],
  ),
  req(
    'GII-R004',
    R,
    'facts 4.7 (empty lists left out)',
    'Personas are left out when no usable contact was asked for, Groups when no group was',
    ['none:personas', 'none:groups'],
  ),
  req(
    'GII-R005',
    R,
    `${GII_PAGE}: using the operation; facts 4.7`,
    'Malformed or unknown ids are skipped, not answered with an error',
    [OK],
  ),
  req(
    'GII-R006',
    R,
    'facts 6 (ErrorIncorrectSchemaVersion)',
    'A RequestServerVersion older than Exchange2013 gets the fault ErrorIncorrectSchemaVersion',
    VERSION_FAULT,
  ),
  req(
    'GII-R007',
    R,
    `${GII_PAGE}: successful response (MemberCorrelationKey)`,
    'Each returned group lists its members by contact id',
    ['group-members'],
  ),
  req(
    'GII-R008',
    R,
    `${GII_PAGE}: remarks (change keys are ignored); facts 4.7`,
    'Ids whose ChangeKey is wrong still return their groups and personas',
    ['exact-groups', 'exact-personas'],
  ),
];

const RCFIL_PAGE = 'removecontactfromimlist-operation.md';

const RCFIL: readonly CatalogueEntry[] = [
  req(
    'RCFIL-R001',
    R,
    `${RCFIL_PAGE}: using the operation; facts 4.8 (SIPE)`,
    'The contact leaves the list and all its groups, or the server refuses and keeps it',
    ['removed-or-refused'],
  ),
  req(
    'RCFIL-R002',
    R,
    `${RCFIL_PAGE}: error response; facts 4.8`,
    'A contact no longer in the list gives ErrorItemNotFound or ErrorInvalidImContactId',
    ['Error:ErrorInvalidImContactId|ErrorItemNotFound'],
  ),
  req('RCFIL-R003', R, 'facts 4.8, 5', 'A malformed ContactId is refused with an error response', [
    'Error',
  ]),
  req(
    'RCFIL-R004',
    C,
    'facts 5 (generic id errors)',
    'A malformed ContactId gives ErrorInvalidIdMalformed',
    ['code:ErrorInvalidIdMalformed'],
  ),
  req(
    'RCFIL-R005',
    R,
    'RemoveContactFromImListType (ContactId 1..1)',
    'Without ContactId the request is refused with the fault ErrorSchemaValidation',
    SCHEMA_FAULT,
  ),
  req(
    'RCFIL-R006',
    R,
    `${RCFIL_PAGE}: using the operation`,
    'Removing a contact leaves its groups in the IM list',
    ['group-kept'],
  ),
];

const RDGFIL_PAGE = 'removedistributiongroupfromimlist-operation.md';

const RDGFIL: readonly CatalogueEntry[] = [
  req(
    'RDGFIL-R001',
    R,
    `${RDGFIL_PAGE}: request example`,
    'A distribution-group entry of the list is removed with NoError',
    [OK],
  ),
  req(
    'RDGFIL-R002',
    R,
    'RemoveDistributionGroupFromImListResponse',
    'The response carries the base children of a response message only',
    ['no-payload'],
  ),
  req(
    'RDGFIL-R003',
    R,
    `${RDGFIL_PAGE}: using the operation`,
    'The removed entry is gone from GetImItemList',
    ['group-gone'],
  ),
  req(
    'RDGFIL-R004',
    R,
    'facts 4.9',
    'The other groups of the list, distribution groups included, stay',
    ['group-kept'],
  ),
  req(
    'RDGFIL-R005',
    R,
    `${RDGFIL_PAGE}: error response`,
    'A group already removed gives ErrorItemNotFound or ErrorInvalidImGroupId',
    ['Error:ErrorInvalidImGroupId|ErrorItemNotFound'],
  ),
  req(
    'RDGFIL-R006',
    R,
    'facts 4.9 (only IPM.DistList.MOC.DG)',
    'A user group is refused with an error response and stays in the list',
    ['Error', 'group-kept'],
  ),
  req('RDGFIL-R007', C, 'facts 4.9', 'A user group gives ErrorInvalidImGroupId', [
    'code:ErrorInvalidImGroupId',
  ]),
];

const RICFG_PAGE = 'removeimcontactfromgroup-operation.md';

const RICFG: readonly CatalogueEntry[] = [
  req(
    'RICFG-R001',
    R,
    `${RICFG_PAGE}: request example`,
    'A contact and a group it belongs to are accepted with NoError',
    [OK],
  ),
  req(
    'RICFG-R002',
    R,
    'RemoveImContactFromGroupResponse',
    'The response carries the base children of a response message only',
    ['no-payload'],
  ),
  req(
    'RICFG-R003',
    R,
    `${RICFG_PAGE}: using the operation`,
    'The contact leaves that group and stays in its other groups',
    ['member', 'not-member'],
  ),
  req(
    'RICFG-R004',
    R,
    'facts 4.10 (last group)',
    'A contact taken out of its last group is deleted: no group holds it, no persona names it',
    ['no-contact'],
  ),
  req(
    'RICFG-R005',
    R,
    `${RICFG_PAGE}: error response; facts 4.10`,
    'A contact not in the group gives ErrorInvalidImContactId or ErrorInvalidImGroupId and stays',
    ['Error:ErrorInvalidImContactId|ErrorInvalidImGroupId', 'member'],
  ),
  req(
    'RICFG-R006',
    R,
    'facts 4.10',
    'A ContactId that names a group, not a contact, gives ErrorInvalidImContactId',
    ['Error:ErrorInvalidImContactId'],
  ),
  req(
    'RICFG-R007',
    R,
    'facts 5 (generic id errors)',
    'A malformed ContactId gives ErrorInvalidIdMalformed',
    ['Error:ErrorInvalidIdMalformed'],
  ),
  req(
    'RICFG-R008',
    R,
    'RemoveImContactFromGroupType (both children 1..1)',
    'Without GroupId the request is refused with the fault ErrorSchemaValidation',
    SCHEMA_FAULT,
  ),
];

const RIG_PAGE = 'removeimgroup-operation.md';

const RIG: readonly CatalogueEntry[] = [
  req(
    'RIG-R001',
    R,
    `${RIG_PAGE}: request example`,
    'A user group of the caller is removed with NoError',
    [OK],
  ),
  req(
    'RIG-R002',
    R,
    'RemoveImGroupResponse',
    'The response carries the base children of a response message only',
    ['no-payload'],
  ),
  req(
    'RIG-R003',
    R,
    `${RIG_PAGE}: using the operation`,
    'The removed group is gone from GetImItemList',
    ['group-gone'],
  ),
  req(
    'RIG-R004',
    C,
    'facts 4.11',
    'Contacts that were only in the removed group are deleted with it',
    ['no-contact'],
  ),
  req('RIG-R005', R, 'facts 4.11', 'Contacts that are also in another group stay in it', [
    'member',
  ]),
  req(
    'RIG-R006',
    R,
    `${RIG_PAGE}: error response; facts 4.11`,
    'A system group, or a group not in the mailbox, gives ErrorInvalidImGroupId',
    ['Error:ErrorInvalidImGroupId'],
  ),
  req(
    'RIG-R007',
    R,
    `${RIG_PAGE}: error response`,
    'A malformed GroupId gives ErrorInvalidIdMalformed',
    ['Error:ErrorInvalidIdMalformed'],
  ),
  req(
    'RIG-R008',
    R,
    'facts 4.11',
    "Another mailbox's group is refused with an error response and stays",
    ['Error', 'group-kept'],
  ),
  req(
    'RIG-R009',
    C,
    'facts 5 (other mailbox)',
    "Another mailbox's group gives ErrorNonExistentMailbox",
    ['code:ErrorNonExistentMailbox'],
  ),
  req(
    'RIG-R010',
    R,
    'RemoveImGroupType (GroupId 1..1)',
    'Without GroupId the request is refused with the fault ErrorSchemaValidation',
    SCHEMA_FAULT,
  ),
];

const SIG_PAGE = 'setimgroup-operation.md';

const SIG: readonly CatalogueEntry[] = [
  req(
    'SIG-R001',
    R,
    `${SIG_PAGE}: request example; erratum 08`,
    'GroupId and NewDisplayName rename a user group with NoError',
    [OK],
  ),
  req(
    'SIG-R002',
    R,
    'SetImGroupResponse',
    'The response carries the base children of a response message only',
    ['no-payload'],
  ),
  req(
    'SIG-R003',
    R,
    `${SIG_PAGE}: using the operation`,
    'GetImItemList afterwards shows the group under its new name',
    ['group-name'],
  ),
  req(
    'SIG-R004',
    R,
    `${SIG_PAGE}: error response; facts 4.12`,
    "Another group's name, or its own, gives ErrorImGroupDisplayNameAlreadyExists; the name stays",
    ['Error:ErrorImGroupDisplayNameAlreadyExists', 'group-name'],
  ),
  req(
    'SIG-R005',
    R,
    'facts 4.12 (only UserGroup)',
    'A system group cannot be renamed: ErrorInvalidImGroupId',
    ['Error:ErrorInvalidImGroupId'],
  ),
  req(
    'SIG-R006',
    R,
    'facts 5 (generic id errors)',
    'A malformed GroupId gives ErrorInvalidIdMalformed',
    ['Error:ErrorInvalidIdMalformed'],
  ),
  req('SIG-R007', R, 'facts 4.12', "Another mailbox's group is refused with an error response", [
    'Error',
  ]),
  req(
    'SIG-R008',
    C,
    'facts 5 (other mailbox)',
    "Another mailbox's group gives ErrorNonExistentMailbox",
    ['code:ErrorNonExistentMailbox'],
  ),
  req(
    'SIG-R009',
    R,
    'SetImGroupType (both children 1..1); erratum 08',
    'Without NewDisplayName the request is refused with the fault ErrorSchemaValidation',
    SCHEMA_FAULT,
  ),
];

const SILMC_PAGE = 'setimlistmigrationcompleted-operation.md';

const SILMC: readonly CatalogueEntry[] = [
  req(
    'SILMC-R001',
    R,
    `${SILMC_PAGE}: request example`,
    'ImListMigrationCompleted true is accepted with NoError',
    [OK],
  ),
  req(
    'SILMC-R002',
    R,
    'SetImListMigrationCompletedResponse',
    'The response carries the base children of a response message only',
    ['no-payload'],
  ),
  req(
    'SILMC-R003',
    R,
    'SetImListMigrationCompletedType (flag 1..1)',
    'Without the flag the request is refused with the fault ErrorSchemaValidation',
    SCHEMA_FAULT,
  ),
  req(
    'SILMC-R004',
    I,
    'imlistmigrationcompleted.md; facts 4.13',
    'The flag records that the IM list was migrated; no operation reads it back',
    [],
    'not-testable-live',
  ),
];

export const CATALOGUE: readonly CatalogueEntry[] = [
  ...EWS,
  ...ANICTG,
  ...ANTUCTG,
  ...AICTG,
  ...AIG,
  ...ADGTIL,
  ...GIIL,
  ...GII,
  ...RCFIL,
  ...RDGFIL,
  ...RICFG,
  ...RIG,
  ...SIG,
  ...SILMC,
];

export const REQUIREMENTS: readonly Requirement[] = CATALOGUE;

const BY_ID = new Map(CATALOGUE.map((r) => [r.id, r]));

/** The requirement with this id; an unknown id is a defect of the suite and throws. */
export function requirement(id: string): Requirement {
  return entry(id);
}

export function entry(id: string): CatalogueEntry {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown requirement id "${id}": it is not in the catalogue`);
  return found;
}
