@GII
Feature: GetImItems
  GetImItems returns the requested IM groups and the personas of the requested contacts, and
  nothing else. Ids it cannot use are skipped, not answered with an error; change keys are
  ignored; an empty Groups or Personas list is left out (facts sheet 4.7).

  Background:
    Given the first account has a new IM group "Friends"
    And the first account has a new IM group "Work"
    And the first account has a new IM contact "Tony" at "tsmith@contoso.com" in "Friends"
    And the first account has a new IM contact "Anne" at "anne@contoso.com" in "Work"

  Rule: Exactly what was asked for comes back
    @GII-R001 @GII-R002 @GII-R003
    Scenario: The page's example: one contact, one group, an extended property
      When the first account sends GetImItems with:
        | ContactIds         | contacts "Tony"        |
        | GroupIds           | groups "Friends"       |
        | ExtendedProperties | property 0x3001 String |
      Then the response class is "Success" and the response code is "NoError"
      And the response's ImItemList holds exactly the groups "Friends"
      And the response's ImItemList holds exactly the personas of "Tony"

    @GII-R001 @GII-R002 @GII-R004 @GII-R007
    Scenario: Groups only
      When the first account sends GetImItems with:
        | GroupIds | groups "Friends", "Work" |
      Then the response class is "Success" and the response code is "NoError"
      And the response's ImItemList holds exactly the groups "Friends", "Work"
      And the IM list holds the group "Friends" with the member "Tony"
      And the response's ImItemList holds no personas

    @GII-R001 @GII-R003 @GII-R004
    Scenario: Contacts only
      When the first account sends GetImItems with:
        | ContactIds | contacts "Tony", "Anne" |
      Then the response class is "Success" and the response code is "NoError"
      And the response's ImItemList holds exactly the personas of "Tony", "Anne"
      And the response's ImItemList holds no groups

  Rule: Ids that cannot be used are ignored
    @GII-R005 @GII-R002 @GII-R004
    Scenario: Malformed and unknown ids among good ones
      Given the first account has a new IM group "Gone"
      And the first account has removed the IM group "Gone"
      When the first account sends GetImItems with:
        | ContactIds | ids "not-an-id"                     |
        | GroupIds   | groups "Friends", "Gone"            |
      Then the response class is "Success" and the response code is "NoError"
      And the response's ImItemList holds exactly the groups "Friends"
      And the response's ImItemList holds no personas

  Rule: Change keys are ignored
    The page says the ChangeKey of an id is not looked at: an out-of-date one still finds the item.

    @GII-R001 @GII-R008
    Scenario: Ids with a wrong change key
      When the first account sends GetImItems with:
        | ContactIds | contacts "Tony" with a wrong change key   |
        | GroupIds   | groups "Friends" with a wrong change key  |
      Then the response class is "Success" and the response code is "NoError"
      And the response's ImItemList holds exactly the groups "Friends"
      And the response's ImItemList holds exactly the personas of "Tony"

  Rule: A wrong RequestServerVersion is refused with a SOAP fault
    @GII-R006 @EWS-R003
    Scenario: A version older than Exchange 2013
      Given the next request carries the headers:
        | RequestServerVersion | Exchange2010_SP2 |
      When the first account sends GetImItems with:
        | GroupIds | groups "Friends" |
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorIncorrectSchemaVersion" (recommended)
