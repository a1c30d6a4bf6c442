@RCFIL
Feature: RemoveContactFromImList
  RemoveContactFromImList removes a contact from the IM list and from every group, per its page.
  A real client reported that servers always rejected it (facts sheet 4.8, pitfall P14), so the
  suite accepts either answer, notes which it saw, and checks the state that goes with it.

  Background:
    Given the first account has a new IM group "Friends"
    And the first account has a new IM group "Work"
    And the first account has a new IM contact "Tony" at "tsmith@contoso.com" in "Friends"
    And the first account has added "Tony" to "Work"

  Rule: The contact leaves the list and every group, or the server refuses and keeps it
    @RCFIL-R001 @RCFIL-R006
    Scenario: Removing a contact that is in two groups
      When the first account sends RemoveContactFromImList with:
        | ContactId | contact "Tony" |
      Then the server either removed "Tony" from every group or refused and kept it
      And the first account's IM list has the group "Friends"
      And the first account's IM list has the group "Work"

  Rule: A contact that is not in the list is refused
    @RCFIL-R002
    Scenario: The page's error example: a contact that is no longer in the list
      Given the first account has a new IM contact "Anne" at "anne@contoso.com" in "Work"
      And the first account has removed "Anne" from "Work"
      When the first account sends RemoveContactFromImList with:
        | ContactId | contact "Anne" |
      Then the response class is "Error" and the response code is one of:
        | ErrorItemNotFound       |
        | ErrorInvalidImContactId |

    @RCFIL-R003 @RCFIL-R004
    Scenario: A malformed ContactId
      When the first account sends RemoveContactFromImList with:
        | ContactId | id "not-an-id" |
      Then the response class is "Error"
      And the response code is "ErrorInvalidIdMalformed" (recommended)

    @RCFIL-R005 @EWS-R003
    Scenario: ContactId missing
      When the first account sends RemoveContactFromImList without its ContactId
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)
