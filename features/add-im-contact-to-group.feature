@AICTG
Feature: AddImContactToGroup
  AddImContactToGroup puts an existing IM contact (one in Quick Contacts) into another IM group.
  Without GroupId it goes to Other Contacts (facts sheet 4.2). The response has no payload.

  Background:
    Given the first account has a new IM group "Friends"
    And the first account has a new IM group "Work"
    And the first account has a new IM contact "Tony" at "tsmith@contoso.com" in "Friends"

  Rule: The contact becomes a member of a second group
    @AICTG-R001 @AICTG-R002 @AICTG-R003
    Scenario: The page's example: ContactId and GroupId
      When the first account sends AddImContactToGroup with:
        | ContactId | contact "Tony" |
        | GroupId   | group "Work"   |
      Then the response class is "Success" and the response code is "NoError"
      And the response has no payload
      And the first account's IM list shows "Tony" in "Friends"
      And the first account's IM list shows "Tony" in "Work"

    @AICTG-R004 @AICTG-R005
    Scenario: Without GroupId the contact goes to Other Contacts
      When the first account sends AddImContactToGroup with:
        | ContactId | contact "Tony" |
      Then the response class is "Success" and the response code is "NoError"
      And "Tony" is in the first account's "IPM.DistList.MOC.OtherContacts" group (recommended)

    @AICTG-R006 @AICTG-R007
    Scenario: Adding a contact to a group it is already in changes nothing
      When the first account sends AddImContactToGroup with:
        | ContactId | contact "Tony"  |
        | GroupId   | group "Friends" |
      Then the response class is "Success" and the response code is "NoError" (recommended)
      And the first account's IM list shows "Tony" in "Friends"

  Rule: Only contacts and groups of the caller's IM list are accepted
    @AICTG-R008
    Scenario: The page's error example: an id that is not an IM contact
      When the first account sends AddImContactToGroup with:
        | ContactId | group "Friends" |
        | GroupId   | group "Work"    |
      Then the response is the error "ErrorInvalidImContactId"
      And the error has a MessageText and DescriptiveLinkKey 0

    @AICTG-R009 @AICTG-R010
    Scenario Outline: A <what>
      When the first account sends AddImContactToGroup with:
        | ContactId | <contact> |
        | GroupId   | <group>   |
      Then the response class is "Error"
      And the response code is "<code>" (recommended)

      Examples:
        | what               | contact        | group          | code                    |
        | malformed ContactId | id "not-an-id" | group "Work"   | ErrorInvalidIdMalformed |
        | malformed GroupId  | contact "Tony" | id "not-an-id" | ErrorInvalidIdMalformed |

    @AICTG-R009 @AICTG-R011
    Scenario: A group that was removed
      Given the first account has removed the IM group "Work"
      And the first account's IM list is noted
      When the first account sends AddImContactToGroup with:
        | ContactId | contact "Tony" |
        | GroupId   | group "Work"   |
      Then the response class is "Error"
      And the response code is "ErrorInvalidImGroupId" (recommended)
      And the first account's IM list is as it was noted

    @needs-second-account
    @AICTG-R009 @AICTG-R012
    Scenario: A contact of another mailbox
      Given the second account has a new IM group "Theirs"
      And the second account has a new IM contact "Pat" at "pat@fabrikam.com" in "Theirs"
      When the first account sends AddImContactToGroup with:
        | ContactId | contact "Pat" |
        | GroupId   | group "Work"  |
      Then the response class is "Error"
      And the response code is "ErrorNonExistentMailbox" (recommended)

    @AICTG-R013 @EWS-R003
    Scenario: ContactId missing
      When the first account sends AddImContactToGroup without its ContactId, with:
        | GroupId | group "Work" |
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)
