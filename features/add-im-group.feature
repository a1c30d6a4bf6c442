@AIG
Feature: AddImGroup
  AddImGroup creates a user IM group with the given display name and returns it. A group with the
  same name that already exists is returned instead, without an error (observed behaviour,
  facts sheet 4.3). A mailbox holds at most 64 user groups (a server setting).

  Rule: A new group is created and returned
    @AIG-R001 @AIG-R002 @AIG-R003
    Scenario: The page's example: a group named MyCustomGroup
      When the first account sends AddImGroup with:
        | DisplayName | name "MyCustomGroup" |
      Then the response class is "Success" and the response code is "NoError"
      And the response holds an ImGroup named "MyCustomGroup" of type "IPM.DistList.MOC.UserGroup"
      And the first account's IM list has the returned group named "MyCustomGroup"

  Rule: An existing name returns the existing group
    @AIG-R004 @AIG-R005
    Scenario: AddImGroup with the name of a group that exists
      Given the first account has a new IM group "Friends"
      When the first account sends AddImGroup with:
        | DisplayName | name "Friends" |
      Then the response class is "Success" and the response code is "NoError"
      And the returned group is "Friends" (recommended)
      And the first account's IM list has one group named "Friends" (recommended)

  Rule: Malformed and incomplete requests are refused with a schema fault
    @read-only @AIG-R006 @EWS-R003 @EWS-R005
    Scenario: The page's error example: a raw ampersand in the name
      When the first account sends the request body:
        """
        <m:AddImGroup>
          <m:DisplayName>Smith & Sons</m:DisplayName>
        </m:AddImGroup>
        """
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)
      And the fault gives the line and position of the violation

    @AIG-R007 @EWS-R003
    Scenario: DisplayName missing
      When the first account sends AddImGroup without its DisplayName
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)

  Rule: The number of user groups is limited
    The default limit is 64 user groups; EWS_MAX_GROUPS sets another. On a live server this runs
    only with EWS_LIMITS=1, and counts from the groups the mailbox already has.

    @limits
    @AIG-R008
    Scenario: One group more than the limit is refused
      Given the first account has as many user groups as the limit allows
      And the first account's IM list is noted
      When the first account sends AddImGroup with:
        | DisplayName | name "One Too Many" |
      Then the response is the error "ErrorImGroupLimitReached"
      And the first account's IM list is as it was noted
