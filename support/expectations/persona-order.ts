/**
 * The child sequence of PersonaType in the published schema (facts sheet 3.1), all in the types
 * namespace. `FileAsHeader` exists only in the Exchange 2013 open-specification schema, at the
 * place given here.
 */
// biome-ignore format: the schema sequence reads best kept compact
export const PERSONA_CHILD_ORDER: readonly string[] = [
  'PersonaId', 'PersonaType', 'PersonaObjectStatus', 'CreationTime', 'Bodies',
  'DisplayNameFirstLastSortKey', 'DisplayNameLastFirstSortKey', 'CompanyNameSortKey',
  'HomeCitySortKey', 'WorkCitySortKey', 'DisplayNameFirstLastHeader',
  'DisplayNameLastFirstHeader', 'FileAsHeader', 'DisplayName', 'DisplayNameFirstLast',
  'DisplayNameLastFirst', 'FileAs', 'FileAsId', 'DisplayNamePrefix', 'GivenName', 'MiddleName',
  'Surname', 'Generation', 'Nickname', 'YomiCompanyName', 'YomiFirstName', 'YomiLastName',
  'Title', 'Department', 'CompanyName', 'Location', 'EmailAddress', 'EmailAddresses',
  'PhoneNumber', 'ImAddress', 'HomeCity', 'WorkCity', 'RelevanceScore', 'FolderIds',
  'Attributions', 'DisplayNames', 'FileAses', 'FileAsIds', 'DisplayNamePrefixes', 'GivenNames',
  'MiddleNames', 'Surnames', 'Generations', 'Nicknames', 'Initials', 'YomiCompanyNames',
  'YomiFirstNames', 'YomiLastNames', 'BusinessPhoneNumbers', 'BusinessPhoneNumbers2',
  'HomePhones', 'HomePhones2', 'MobilePhones', 'MobilePhones2', 'AssistantPhoneNumbers',
  'CallbackPhones', 'CarPhones', 'HomeFaxes', 'OrganizationMainPhones', 'OtherFaxes',
  'OtherTelephones', 'OtherPhones2', 'Pagers', 'RadioPhones', 'TelexNumbers',
  'TTYTDDPhoneNumbers', 'WorkFaxes', 'Emails1', 'Emails2', 'Emails3', 'BusinessHomePages',
  'PersonalHomePages', 'OfficeLocations', 'ImAddresses', 'ImAddresses2', 'ImAddresses3',
  'BusinessAddresses', 'HomeAddresses', 'OtherAddresses', 'Titles', 'Departments',
  'CompanyNames', 'Managers', 'AssistantNames', 'Professions', 'SpouseNames', 'Children',
  'Schools', 'Hobbies', 'WeddingAnniversaries', 'Birthdays', 'Locations', 'InlineLinks',
  'ItemLinkIds', 'HasActiveDeals', 'IsBusinessContact', 'AttributedHasActiveDeals',
  'AttributedIsBusinessContact', 'SourceMailboxGuids', 'LastContactedDate',
  'ExtendedProperties', 'ExternalDirectoryObjectId', 'MapiEntryId', 'MapiEmailAddress',
  'MapiAddressType', 'MapiSearchKey', 'MapiTransmittableDisplayName', 'MapiSendRichInfo',
];
