@RIG
Feature: RemoveImGroup
  RemoveImGroup deletes a user IM group. Contacts that were only in that group are deleted with
  it; contacts that are also in other groups stay. System groups and distribution-group entries
  cannot be removed this way (facts sheet 4.11).

  Background:
    Given the first account has a new IM group "Friends"

  Rule: A user group is removed
    @RIG-R001 @RIG-R002 @RIG-R003
    Scenario: The group is gone from GetImItemList
      When the first account sends RemoveImGroup with:
        | GroupId | group "Friends" |
      Then the response class is "Success" and the response code is "NoError"
      And the response has no payload
      And the first account's IM list has no group "Friends"

    @RIG-R001 @RIG-R004 @RIG-R005
    Scenario: Its contacts go with it, unless they are in another group too
      Given the first account has a new IM group "Work"
      And the first account has a new IM contact "Tony" at "tsmith@contoso.com" in "Friends"
      And the first account has a new IM contact "Anne" at "anne@contoso.com" in "Friends"
      And the first account has added "Anne" to "Work"
      When the first account sends RemoveImGroup with:
        | GroupId | group "Friends" |
      Then the response class is "Success" and the response code is "NoError"
      And the first account's IM list has no contact "Tony" (recommended)
      And the first account's IM list shows "Anne" in "Work"

  Rule: Only user groups of the mailbox can be removed
    @RIG-R006 @RIG-R007
    Scenario Outline: Removing <what>
      When the first account sends RemoveImGroup with:
        | GroupId | <group> |
      Then the response class is "Error" and the response code is "<code>"

      Examples:
        | what                    | group               | code                    |
        | a system group          | the Favorites group | ErrorInvalidImGroupId   |
        | the page's malformed id | id "not-an-id"      | ErrorInvalidIdMalformed |

    @RIG-R006
    Scenario: The page's error example: a group that is not in the mailbox
      Given the first account has removed the IM group "Friends"
      When the first account sends RemoveImGroup with:
        | GroupId | group "Friends" |
      Then the response is the error "ErrorInvalidImGroupId"

    @needs-second-account
    @RIG-R008 @RIG-R009
    Scenario: A group of another mailbox
      Given the second account has a new IM group "Theirs"
      When the first account sends RemoveImGroup with:
        | GroupId | group "Theirs" |
      Then the response class is "Error"
      And the response code is "ErrorNonExistentMailbox" (recommended)
      And the second account's IM list has the group "Theirs"

    @RIG-R010 @EWS-R003
    Scenario: GroupId missing
      When the first account sends RemoveImGroup without its GroupId
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)
