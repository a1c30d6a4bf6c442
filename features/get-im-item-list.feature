@GIIL
Feature: GetImItemList
  GetImItemList returns the caller's whole IM list: every group, the three system groups
  (Favorites, Tagged, Other Contacts) created on demand, each group's members by contact id, and
  a persona for every member (facts sheet 4.6). It takes no argument but ExtendedProperties.
  Group order is not specified and is not checked. The scenarios tagged @read-only change
  nothing, so that they can run where the account may not write (EWS_READ_ONLY=1).

  Rule: The whole list comes back
    Background:
      Given the first account has a new IM group "Friends"
      And the first account has a new IM contact "Tony" at "tsmith@contoso.com" in "Friends"

    @GIIL-R001 @GIIL-R002 @GIIL-R003 @GIIL-R004 @GIIL-R005
    Scenario: The page's example: no arguments
      When the first account sends GetImItemList without arguments
      Then the response class is "Success" and the response code is "NoError"
      And the IM list holds the system groups Favorites, Tagged and Other Contacts
      And the IM list holds the group "Friends" with the member "Tony"
      And the IM list holds a persona for "Tony" with the IM address "tsmith@contoso.com"
      And every group in the IM list has a DisplayName, a GroupType and an ExchangeStoreId

    @GIIL-R006 @GIIL-R003
    Scenario: ExtendedProperties are accepted
      When the first account sends GetImItemList with:
        | ExtendedProperties | property 0x3001 String |
      Then the response class is "Success" and the response code is "NoError"
      And the IM list holds the group "Friends" with the member "Tony"

  Rule: The mailbox's own list is read without any change
    @read-only @GIIL-R001 @GIIL-R002 @GIIL-R005
    Scenario: The list as the mailbox has it
      When the first account sends GetImItemList without arguments
      Then the response class is "Success" and the response code is "NoError"
      And the IM list holds the system groups Favorites, Tagged and Other Contacts
      And every group in the IM list has a DisplayName, a GroupType and an ExchangeStoreId

  Rule: A wrong RequestServerVersion is refused with a SOAP fault
    @read-only @GIIL-R007 @EWS-R003
    Scenario: The page's error example: a version older than Exchange 2013
      Given the next request carries the headers:
        | RequestServerVersion | Exchange2010_SP2 |
      When the first account sends GetImItemList without arguments
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorIncorrectSchemaVersion" (required)
