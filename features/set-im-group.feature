@SIG
Feature: SetImGroup
  SetImGroup renames a user IM group: GroupId and NewDisplayName are both required (the page's
  "only takes a single display name argument" is a slip, facts sheet 4.12). Only user groups can
  be renamed, and a name that another group has, or the group's own current name, is refused.

  Background:
    Given the first account has a new IM group "Friends"

  Rule: A user group is renamed
    @SIG-R001 @SIG-R002 @SIG-R003
    Scenario: The new name shows in GetImItemList
      When the first account sends SetImGroup with:
        | GroupId        | group "Friends"      |
        | NewDisplayName | name "Best Friends"  |
      Then the response class is "Success" and the response code is "NoError"
      And the response has no payload
      And the first account's IM list shows the group "Friends" named "Best Friends"

  Rule: Names that exist are refused
    @SIG-R004
    Scenario: The name of another group
      Given the first account has a new IM group "Work"
      When the first account sends SetImGroup with:
        | GroupId        | group "Friends" |
        | NewDisplayName | name "Work"     |
      Then the response is the error "ErrorImGroupDisplayNameAlreadyExists"
      And the first account's IM list shows the group "Friends" named "Friends"

    @SIG-R004
    Scenario: The page's error example: the group's own current name
      When the first account sends SetImGroup with:
        | GroupId        | group "Friends" |
        | NewDisplayName | name "Friends"  |
      Then the response is the error "ErrorImGroupDisplayNameAlreadyExists"

  Rule: Only user groups of the caller's mailbox can be renamed
    @SIG-R005 @SIG-R006
    Scenario Outline: Renaming <what>
      When the first account sends SetImGroup with:
        | GroupId        | <group>             |
        | NewDisplayName | name "Best Friends" |
      Then the response is the error "<code>"

      Examples:
        | what                     | group                    | code                    |
        | the Favorites group      | the Favorites group      | ErrorInvalidImGroupId   |
        | the Other Contacts group | the Other Contacts group | ErrorInvalidImGroupId   |
        | a malformed id           | id "not-an-id"           | ErrorInvalidIdMalformed |

    @needs-second-account
    @SIG-R007 @SIG-R008
    Scenario: A group of another mailbox
      Given the second account has a new IM group "Theirs"
      When the first account sends SetImGroup with:
        | GroupId        | group "Theirs"      |
        | NewDisplayName | name "Best Friends" |
      Then the response is an error with the code "ErrorNonExistentMailbox" (recommended)

  Rule: Both arguments are required
    @SIG-R009 @EWS-R003
    Scenario: NewDisplayName missing
      When the first account sends SetImGroup without its NewDisplayName, with:
        | GroupId | group "Friends" |
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)
