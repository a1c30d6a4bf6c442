@ANICTG
Feature: AddNewImContactToGroup
  AddNewImContactToGroup creates an instant-messaging contact in the caller's Quick Contacts
  folder, or reuses the one that has the same IM address, puts it into an IM group and returns
  the contact's persona. Its request holds ImAddress (required), DisplayName and GroupId.

  Every name and IM address below is made unique to the run, except in the reference page's own
  sample on the embedded mock, and everything a scenario creates is removed after it.

  Background:
    Given the first account has a new IM group "Friends"

  Rule: The reference page's sample request succeeds
    The English reference page prints a complete request. Sent as printed, with only the group id
    taken from AddImGroup, it must succeed. The seed's French rendering of the same page still
    carries the https:// namespaces that real servers refuse (pitfall P01).

    @ANICTG-R001 @ANICTG-R031 @ANICTG-R004
    Scenario: The page's sample request, with the group id from AddImGroup
      When the first account sends the reference page's sample request for "Friends":
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
           <soap:Header>
              <t:RequestServerVersion Version="Exchange2013" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
              <t:TimeZoneContext>
                 <t:TimeZoneDefinition Id="GMT Standard Time"/>
              </t:TimeZoneContext>
           </soap:Header>
           <soap:Body >
              <m:AddNewImContactToGroup>
                 <m:ImAddress>tsmith@contoso.com</m:ImAddress>
                 <m:DisplayName>Tony Smith</m:DisplayName>
                 <m:GroupId Id="{{group id}}"
                            ChangeKey="{{group change key}}"/>
              </m:AddNewImContactToGroup>
           </soap:Body>
        </soap:Envelope>
        """
      Then the response class is "Success" and the response code is "NoError"
      And the persona has the IM address that was sent
      And the first account's IM list shows the contact in "Friends"

    @ANICTG-R017 @EWS-R003
    Scenario: The seed's rendering with https:// namespaces is refused and creates nothing
      When the first account sends the seed's sample request for "Friends":
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:t="https://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:m="https://schemas.microsoft.com/exchange/services/2006/messages">
           <soap:Header>
              <t:RequestServerVersion Version="Exchange2013" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
              <t:TimeZoneContext>
                 <t:TimeZoneDefinition Id="GMT Standard Time"/>
              </t:TimeZoneContext>
           </soap:Header>
           <soap:Body >
              <m:AddNewImContactToGroup>
                 <m:ImAddress>tsmith@contoso.com</m:ImAddress>
                 <m:DisplayName>Tony Smith</m:DisplayName>
                 <m:GroupId Id="{{group id}}"
                            ChangeKey="{{group change key}}"/>
              </m:AddNewImContactToGroup>
           </soap:Body>
        </soap:Envelope>
        """
      Then the server refuses the request, with a SOAP fault (required on the mock only)
      And the fault's response code is "ErrorSchemaValidation" (required on the mock only)
      And the first account's IM list has no contact with the IM address that was sent

  Rule: A new contact is created in the group and returned as a persona
    ImAddress is required; DisplayName and GroupId are optional. The persona carries every element
    of the expected-element table (support/expectations/persona-elements.ts): required rows fail
    the scenario, rows only the page's sample shows give warnings.

    @ANICTG-R002 @ANICTG-R025 @ANICTG-R026 @ANICTG-R030 @ANICTG-R031 @ANICTG-R032 @ANICTG-R033
    @ANICTG-R034 @ANICTG-R035 @ANICTG-R036 @ANICTG-R037 @ANICTG-R038 @ANICTG-R039 @ANICTG-R040
    @ANICTG-R041 @ANICTG-R042 @ANICTG-R043 @ANICTG-R044 @ANICTG-R045 @ANICTG-R046 @ANICTG-R047
    @ANICTG-R048 @ANICTG-R049 @ANICTG-R050 @ANICTG-R051 @ANICTG-R052
    Scenario: ImAddress, DisplayName and GroupId
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      Then the response class is "Success" and the response code is "NoError"
      And the persona has every element of the expected-element table
      And the persona's children are in schema order
      And every attributed value of the persona names one of its attributions

    @ANICTG-R003 @ANICTG-R031 @ANICTG-R009
    Scenario: Without DisplayName the display name falls back to the IM address
      When the first account adds "tsmith@contoso.com" without a display name to "Friends"
      Then the response class is "Success" and the response code is "NoError"
      And the persona has the IM address that was sent
      And the persona's display name is its IM address (recommended)

    @ANICTG-R003 @ANICTG-R031 @ANICTG-R008
    Scenario: Without GroupId the contact lands in Other Contacts
      When the first account adds "Tony Smith" at "tsmith@contoso.com" without a group
      Then the response class is "Success" and the response code is "NoError"
      And the persona has the IM address that was sent
      And the IM list shows the contact in the "IPM.DistList.MOC.OtherContacts" group (recommended)

  Rule: The new contact appears in the IM list
    GetImItemList lists each group's members by contact id and a persona for each member.

    @ANICTG-R002 @ANICTG-R004 @ANICTG-R005
    Scenario: GetImItemList shows the contact in its group, with a persona
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      Then the response class is "Success" and the response code is "NoError"
      And the first account's IM list shows the contact in "Friends"
      And the first account's IM list shows the contact in "Friends" only (recommended)
      And the first account's IM list has a persona for the contact with its IM address

  Rule: A contact with the same IM address is reused, not duplicated
    The server looks for an existing contact with the same IM address first (observed behaviour,
    facts sheet 4.1), so a second add returns the same contact.

    @ANICTG-R002 @ANICTG-R006
    Scenario: Adding the same IM address twice
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      And the first account adds "Anthony Smith" at "tsmith@contoso.com" to "Friends" again
      Then the response class is "Success" and the response code is "NoError"
      And both responses name the same contact (recommended)
      And the second add keeps the first display name (recommended)
      And the first account's IM list has one contact with that IM address (recommended)

  Rule: Names are escaped on the way out and come back unchanged
    Characters XML treats specially, quotes and letters beyond ASCII must round-trip.

    @ANICTG-R002 @ANICTG-R007
    Scenario Outline: A display name with <kind> round-trips
      When the first account adds "<name>" at "<address>" to "Friends"
      Then the response class is "Success" and the response code is "NoError"
      And the persona's display name is the one that was sent

      Examples:
        | kind                | name                  | address                |
        | an ampersand        | Smith & Sons          | smith.sons@contoso.com |
        | a less-than sign    | a<b Consulting        | ab@contoso.com         |
        | quotes              | Tony \"T\" O'Neil     | toneil@contoso.com     |
        | non-ASCII letters   | Zoë Ångström-Łukasz   | zoe@contoso.com        |
        | a CJK name          | 山田 太郎              | yamada@contoso.com     |

  Rule: The SOAP headers of the page's table work as documented
    Requests may carry ExchangeImpersonation, MailboxCulture and RequestServerVersion; every
    response that is not a fault carries ServerVersionInfo. The page's sample also sends
    TimeZoneContext, which the schema accepts.

    @ANICTG-R002 @EWS-R004
    Scenario: The response carries ServerVersionInfo
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      Then the response class is "Success" and the response code is "NoError"
      And the response's SOAP header holds a ServerVersionInfo with integer version numbers

    @ANICTG-R010
    Scenario: A supported MailboxCulture and a TimeZoneContext are accepted
      Given the next request carries the headers:
        | MailboxCulture  | fr-FR             |
        | TimeZoneContext | GMT Standard Time |
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      Then the response class is "Success" and the response code is "NoError"

    @ANICTG-R011 @EWS-R003
    Scenario: A MailboxCulture that is not a language tag fails schema validation
      Given the next request carries the headers:
        | MailboxCulture | not a culture! |
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)

    @ANICTG-R012
    Scenario: A well-formed but unsupported MailboxCulture is refused
      Given the next request carries the headers:
        | MailboxCulture | zz-ZZ |
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      Then the request is refused with "ErrorUnsupportedCulture" (recommended)

    @needs-impersonator
    @ANICTG-R013
    Scenario: An account with impersonation rights acts in the first mailbox
      Given the next request impersonates the first account's mailbox
      When the impersonator account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      Then the response class is "Success" and the response code is "NoError"
      And the first account's IM list shows the contact in "Friends"

    @needs-second-account
    @ANICTG-R014 @EWS-R003
    Scenario: An account without impersonation rights is denied
      Given the next request impersonates the first account's mailbox
      When the second account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      Then the server answers with a SOAP fault
      And the fault's response code is one of:
        | ErrorImpersonateUserDenied |
        | ErrorImpersonationDenied   |
        | ErrorImpersonationFailed   |
      And the first account's IM list has no contact with the IM address that was sent

  Rule: A group of another mailbox gives the page's error response
    The page's error example: the group is not in the requester's mailbox.

    @needs-second-account
    @ANICTG-R015 @EWS-R006
    Scenario: The group id of the second account's group
      Given the second account has a new IM group "Theirs"
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to "Theirs"
      Then the response is the error "ErrorNonExistentMailbox"
      And the error has a MessageText, DescriptiveLinkKey 0 and a MessageXml value "MailboxGuid"
      And the HTTP status is 200 (recommended)

  Rule: Requests that break the schema or name no usable group are refused
    Schema violations come back as SOAP faults with the line and position of the violation;
    ids that are malformed or name nothing come back as error responses.

    @ANICTG-R016 @EWS-R003 @EWS-R005
    Scenario: ImAddress missing
      When the first account sends the request body:
        """
        <m:AddNewImContactToGroup>
          <m:DisplayName>Tony Smith</m:DisplayName>
        </m:AddNewImContactToGroup>
        """
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)
      And the fault gives the line and position of the violation

    @ANICTG-R016 @EWS-R003 @EWS-R005
    Scenario: ImAddress empty
      When the first account sends the request body:
        """
        <m:AddNewImContactToGroup>
          <m:ImAddress></m:ImAddress>
        </m:AddNewImContactToGroup>
        """
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)
      And the fault gives the line and position of the violation

    @ANICTG-R017 @EWS-R003
    Scenario: The operation element in an https:// namespace
      When the first account sends the request body:
        """
        <AddNewImContactToGroup
            xmlns="https://schemas.microsoft.com/exchange/services/2006/messages">
          <ImAddress>tsmith@contoso.com</ImAddress>
        </AddNewImContactToGroup>
        """
      Then the server refuses the request, with a SOAP fault (required on the mock only)
      And the fault's response code is "ErrorSchemaValidation" (required on the mock only)

    @ANICTG-R018 @ANICTG-R019
    Scenario: A malformed GroupId
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to group id "not-an-id"
      Then the response class is "Error"
      And the response code is "ErrorInvalidIdMalformed" (recommended)

    @ANICTG-R020
    Scenario: The GroupId of a group that was removed
      Given the first account has removed the IM group "Friends"
      And the first account's IM list is noted
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      Then the response class is "Error" and the response code is one of:
        | ErrorInvalidImGroupId |
        | ErrorItemNotFound     |
      And the first account's IM list is as it was noted

    @ANICTG-R021 @EWS-R003
    Scenario: A RequestServerVersion older than Exchange 2013
      Given the next request carries the headers:
        | RequestServerVersion | Exchange2010_SP2 |
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorIncorrectSchemaVersion" (recommended)

    @ANICTG-R022 @ANICTG-R023 @EWS-R003
    Scenario: No RequestServerVersion header at all
      Given the next request carries the headers:
        | RequestServerVersion | (none) |
      When the first account adds "Tony Smith" at "tsmith@contoso.com" to "Friends"
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorIncorrectSchemaVersion" (recommended)

  Rule: The number of contacts is limited
    The default limit is 1000 contacts; EWS_MAX_CONTACTS sets another. On a live server this
    runs only with EWS_LIMITS=1, and counts from the contacts the mailbox already has.

    @limits
    @ANICTG-R024
    Scenario: One contact more than the limit is refused
      Given the first account has as many contacts as the limit allows
      And the first account's IM list is noted
      When the first account adds "One Too Many" at "toomany@contoso.com" to "Friends"
      Then the response is the error "ErrorImContactLimitReached"
      And the first account's IM list is as it was noted
