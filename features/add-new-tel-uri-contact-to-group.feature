@ANTUCTG
Feature: AddNewTelUriContactToGroup
  AddNewTelUriContactToGroup creates a telephone contact (a tel: URI, a SIP URI and a number, all
  required) in Quick Contacts, or reuses the one with the same tel: URI, and puts it into an IM
  group; without GroupId it goes to Other Contacts (facts sheet 4.4). It returns the persona.
  Every tel: URI and number is made unique to the run (tel uri N, phone number N), since the
  server reuses a contact with the same tel: URI.

  Background:
    Given the first account has a new IM group "Friends"

  Rule: A telephone contact is created and returned as a persona
    @ANTUCTG-R001 @ANTUCTG-R002 @ANTUCTG-R003 @ANTUCTG-R004 @ANTUCTG-R005
    Scenario: The page's example
      When the first account sends AddNewTelUriContactToGroup with:
        | TelUriAddress          | tel uri 0                  |
        | ImContactSipUriAddress | address "john@contoso.com" |
        | ImTelephoneNumber      | phone number 0             |
        | GroupId                | group "Friends"            |
      Then the response class is "Success" and the response code is "NoError"
      And the persona has a PersonaId and a Quick Contacts attribution
      And the persona's phone number is phone number 0 (recommended)
      And the persona's children are in schema order
      And the first account's IM list shows the contact in "Friends"

    @ANTUCTG-R006 @ANTUCTG-R007
    Scenario: Without GroupId the contact goes to Other Contacts
      When the first account sends AddNewTelUriContactToGroup with:
        | TelUriAddress          | tel uri 1                  |
        | ImContactSipUriAddress | address "jane@contoso.com" |
        | ImTelephoneNumber      | phone number 1             |
      Then the response class is "Success" and the response code is "NoError"
      And the IM list shows the contact in the "IPM.DistList.MOC.OtherContacts" group (recommended)

  Rule: A contact with the same tel: URI is reused
    The server looks for a contact with the same tel: URI in Quick Contacts before it creates one
    (observed behaviour, facts sheet 4.4), so a second add returns the same contact.

    @ANTUCTG-R010
    Scenario: Adding the same tel: URI twice
      When the first account sends AddNewTelUriContactToGroup with:
        | TelUriAddress          | tel uri 4                  |
        | ImContactSipUriAddress | address "joan@contoso.com" |
        | ImTelephoneNumber      | phone number 4             |
        | GroupId                | group "Friends"            |
      And the first account sends AddNewTelUriContactToGroup with:
        | TelUriAddress          | tel uri 4                  |
        | ImContactSipUriAddress | address "joan@contoso.com" |
        | ImTelephoneNumber      | phone number 4             |
        | GroupId                | group "Friends"            |
      Then the response class is "Success" and the response code is "NoError"
      And both responses name the same contact (recommended)

  Rule: A group that is not in the mailbox is refused
    @ANTUCTG-R008
    Scenario: The page's error example: a well-formed id that names no group
      Given the first account has removed the IM group "Friends"
      When the first account sends AddNewTelUriContactToGroup with:
        | TelUriAddress          | tel uri 2                 |
        | ImContactSipUriAddress | address "jim@contoso.com" |
        | ImTelephoneNumber      | phone number 2            |
        | GroupId                | group "Friends"           |
      Then the response class is "Error" and the response code is one of:
        | ErrorItemNotFound     |
        | ErrorInvalidImGroupId |

    @ANTUCTG-R009 @EWS-R003
    Scenario: ImTelephoneNumber missing
      When the first account sends AddNewTelUriContactToGroup without its ImTelephoneNumber, with:
        | TelUriAddress          | tel uri 3                 |
        | ImContactSipUriAddress | address "joe@contoso.com" |
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)
