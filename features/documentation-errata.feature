@ERRATA
Feature: Documentation errata
  In places the reference pages' own samples contradict the schema (support/errata.ts). The
  suite follows the schema. This feature lists the errata in the report, and checks against the
  schema in use (the target's own, or EWS_SCHEMA_DIR's) that it refuses each page shape it can
  judge and accepts the schema's shape. It tests the documentation, not the server: a difference
  is a warning.

  @read-only
  Scenario: The errata, confirmed against the schema in use
    Then the documentation errata are attached to the report
    And the schema in use refuses each erratum's page shape and accepts the schema's (recommended)
