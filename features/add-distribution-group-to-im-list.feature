@ADGTIL @needs-distribution-group
Feature: AddDistributionGroupToImList
  AddDistributionGroupToImList adds an existing distribution group, named by its SMTP address,
  to the IM list as a group of type IPM.DistList.MOC.DG. SmtpAddress and DisplayName are both
  required: the page's sample request leaves DisplayName out, which the schema refuses (a
  documentation erratum). On a live server the group is EWS_DG_ADDRESS.

  Rule: A distribution group joins the IM list
    @ADGTIL-R001 @ADGTIL-R002 @ADGTIL-R003
    Scenario: The distribution group appears with its group type
      When the first account sends AddDistributionGroupToImList with:
        | SmtpAddress | the distribution group |
        | DisplayName | name "Sales"           |
      Then the response class is "Success" and the response code is "NoError"
      And the response holds an ImGroup of type "IPM.DistList.MOC.DG"
      And the returned group's SmtpAddress is the distribution group's (recommended)
      And the first account's IM list has the returned group with type "IPM.DistList.MOC.DG"

    @ADGTIL-R001 @ADGTIL-R004
    Scenario: Adding it twice returns the same entry
      When the first account sends AddDistributionGroupToImList with:
        | SmtpAddress | the distribution group |
        | DisplayName | name "Sales"           |
      And the first account sends AddDistributionGroupToImList with:
        | SmtpAddress | the distribution group |
        | DisplayName | name "Sales"           |
      Then the response class is "Success" and the response code is "NoError"
      And both responses return the same group (recommended)

  Rule: An address that names no distribution group is refused
    @ADGTIL-R005
    Scenario Outline: The page's error example: <what>
      When the first account sends AddDistributionGroupToImList with:
        | SmtpAddress | <address>         |
        | DisplayName | name "Nobody"     |
      Then the response is the error "ErrorInvalidImDistributionGroupSmtpAddress"

      Examples:
        | what                         | address                        |
        | a group that does not exist  | address "no-such-dg@contoso.com" |
        | an address that is not one   | "not an smtp address"          |

    @read-only @ADGTIL-R006 @EWS-R003
    Scenario: The page's sample request, without the DisplayName the schema requires
      When the first account sends the request body:
        """
        <m:AddDistributionGroupToImList>
          <m:SmtpAddress>distributionlist1@example.com</m:SmtpAddress>
        </m:AddDistributionGroupToImList>
        """
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)
