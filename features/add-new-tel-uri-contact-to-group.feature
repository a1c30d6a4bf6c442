@ANTUCTG
Feature: AddNewTelUriContactToGroup
  AddNewTelUriContactToGroup creates a telephone contact (a tel: URI, a SIP URI and a number, all
  required) in Quick Contacts, or reuses the one with the same tel: URI, and puts it into an IM
  group; without GroupId it goes to Other Contacts (facts sheet 4.4). It returns the persona.

  Background:
    Given the first account has a new IM group "Friends"

  Rule: A telephone contact is created and returned as a persona
    Scenario: The page's example
      When the first account sends AddNewTelUriContactToGroup with:
        | TelUriAddress          | "tel:5625550100"            |
        | ImContactSipUriAddress | address "john@contoso.com"  |
        | ImTelephoneNumber      | "5625550100"                |
        | GroupId                | group "Friends"             |
      Then the response class is "Success" and the response code is "NoError"
      And the persona has a PersonaId and a Quick Contacts attribution
      And the persona's phone number is "5625550100" (recommended)
      And the persona's children are in schema order
      And the first account's IM list shows the contact in "Friends"

    Scenario: Without GroupId the contact goes to Other Contacts
      When the first account sends AddNewTelUriContactToGroup with:
        | TelUriAddress          | "tel:5625550101"           |
        | ImContactSipUriAddress | address "jane@contoso.com" |
        | ImTelephoneNumber      | "5625550101"               |
      Then the response class is "Success" and the response code is "NoError"
      And the IM list shows the contact in the "IPM.DistList.MOC.OtherContacts" group (recommended)

  Rule: A group that is not in the mailbox is refused
    Scenario: The page's error example: a well-formed id that names no group
      Given the first account has removed the IM group "Friends"
      When the first account sends AddNewTelUriContactToGroup with:
        | TelUriAddress          | "tel:5625550102"           |
        | ImContactSipUriAddress | address "jim@contoso.com"  |
        | ImTelephoneNumber      | "5625550102"               |
        | GroupId                | group "Friends"            |
      Then the response is the error "ErrorItemNotFound"

    Scenario: ImTelephoneNumber missing
      When the first account sends AddNewTelUriContactToGroup without its ImTelephoneNumber, with:
        | TelUriAddress          | "tel:5625550103"          |
        | ImContactSipUriAddress | address "joe@contoso.com" |
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)
