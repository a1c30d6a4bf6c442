@RDGFIL @needs-distribution-group
Feature: RemoveDistributionGroupFromImList
  RemoveDistributionGroupFromImList removes a distribution-group entry (type IPM.DistList.MOC.DG)
  from the IM list, and only it. Other kinds of group are refused (facts sheet 4.9).

  Background:
    Given the first account has a new IM group "Friends"
    And the first account has added the distribution group as "Sales"

  Rule: The distribution group leaves the IM list, and nothing else does
    @RDGFIL-R001 @RDGFIL-R002 @RDGFIL-R003 @RDGFIL-R004
    Scenario: Removing the distribution group
      When the first account sends RemoveDistributionGroupFromImList with:
        | GroupId | group "Sales" |
      Then the response class is "Success" and the response code is "NoError"
      And the response has no payload
      And the first account's IM list has no group "Sales"
      And the first account's IM list has the group "Friends"

    @needs-second-distribution-group
    @RDGFIL-R001 @RDGFIL-R003 @RDGFIL-R004
    Scenario: Removing one of two distribution groups leaves the other
      Given the first account has added the second distribution group as "Support"
      When the first account sends RemoveDistributionGroupFromImList with:
        | GroupId | group "Sales" |
      Then the response class is "Success" and the response code is "NoError"
      And the first account's IM list has no group "Sales"
      And the first account's IM list has the group "Support"

  Rule: Only distribution-group entries of the list can be removed
    @RDGFIL-R005
    Scenario: The page's error example: a group already removed
      Given the first account has removed the distribution group "Sales"
      When the first account sends RemoveDistributionGroupFromImList with:
        | GroupId | group "Sales" |
      Then the response class is "Error" and the response code is one of:
        | ErrorItemNotFound     |
        | ErrorInvalidImGroupId |

    @RDGFIL-R006 @RDGFIL-R007
    Scenario: A user group
      When the first account sends RemoveDistributionGroupFromImList with:
        | GroupId | group "Friends" |
      Then the response is an error with the code "ErrorInvalidImGroupId" (recommended)
      And the first account's IM list has the group "Friends"
