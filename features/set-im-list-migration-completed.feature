@SILMC @migration-flag
Feature: SetImListMigrationCompleted
  SetImListMigrationCompleted records whether a mailbox's IM contact list was migrated to
  Exchange. Its page says it is not for public use, and nothing can read the flag back, so the
  suite checks only that the documented request shape is accepted. On a live server it runs only
  with EWS_MIGRATION_FLAG=1, since it changes a flag the suite cannot restore.

  Rule: The documented request shape is accepted
    @SILMC-R001 @SILMC-R002
    Scenario: Setting the flag to true
      When the first account sends SetImListMigrationCompleted with:
        | ImListMigrationCompleted | true |
      Then the response class is "Success" and the response code is "NoError"
      And the response has no payload

    @SILMC-R003 @EWS-R003
    Scenario: The flag missing
      When the first account sends SetImListMigrationCompleted without its ImListMigrationCompleted
      Then the server answers with a SOAP fault
      And the fault's response code is "ErrorSchemaValidation" (required)
