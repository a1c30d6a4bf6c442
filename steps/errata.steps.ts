import { Then } from '@cucumber/cucumber';
import { expectThat, type Level } from '../support/checks.ts';
import { ERRATA } from '../support/errata.ts';
import { sessionSchema } from '../support/schema/session.ts';
import { schemaProblems } from '../support/schema/validate.ts';
import type { EwsWorld } from '../support/world.ts';
import { NS } from '../support/xml/namespaces.ts';

function inEnvelope(body: string): string {
  return (
    `<s:Envelope xmlns:s="${NS.soap}" xmlns:m="${NS.m}" xmlns:t="${NS.t}">` +
    `<s:Body>${body}</s:Body></s:Envelope>`
  );
}

Then('the documentation errata are attached to the report', function (this: EwsWorld) {
  const text = ERRATA.map(
    (e) =>
      `${e.id} ${e.page}\n  page:   ${e.shows}\n  schema: ${e.schema}\n  why:    ${e.evidence}`,
  ).join('\n\n');
  this.attach(text, { mediaType: 'text/plain', fileName: 'documentation-errata.txt' });
  this.verifyUnlisted('informative', `${ERRATA.length} documentation errata are known`, () => {
    expectThat(ERRATA.length > 0, 'the errata list is empty');
  });
});

Then(
  "the schema in use refuses each erratum's page shape and accepts the schema's \\({level})",
  function (this: EwsWorld, level: Level) {
    const schema = sessionSchema();
    for (const e of ERRATA.filter((x) => x.shapes)) {
      this.verifyUnlisted(
        level,
        `${e.id}: the schema refuses the page's shape, accepts its own`,
        () => {
          const page = schemaProblems(schema, inEnvelope(e.shapes?.page ?? ''));
          const own = schemaProblems(schema, inEnvelope(e.shapes?.schema ?? ''));
          expectThat(page.length > 0, `the schema at ${schema.origin} accepts the page's shape`);
          expectThat(own.length === 0, `it refuses the schema's shape: ${own[0]?.message}`);
        },
      );
    }
  },
);
