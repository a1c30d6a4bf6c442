import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { type CompiledSchema, compileSchema } from '../support/schema/compile.ts';
import { type SchemaProblem, schemaProblems } from '../support/schema/validate.ts';
import * as fx from './schema-fixtures.ts';

/**
 * The validator, compiled once per schema source: the mock's own schema, and Microsoft's
 * published one when the reference folder is beside the repository (else skipped, saying so).
 */
const ROOT = new URL('..', import.meta.url).pathname;
const REFERENCE = resolve(ROOT, process.env.EWS_REFERENCE_DIR ?? '../shared/reference');
const MICROSOFT = join(REFERENCE, 'schema');
const PAGE = join(REFERENCE, 'ews-docs/addnewimcontacttogroup-operation.md');

const SOURCES = [
  { name: "the mock's own schema", dir: join(ROOT, 'mock/schema'), skip: false as const },
  {
    name: "Microsoft's published schema",
    dir: MICROSOFT,
    skip: existsSync(MICROSOFT) ? (false as const) : `no schema folder at ${MICROSOFT}`,
  },
];

function pageSample(index: number): string {
  const blocks = [...readFileSync(PAGE, 'utf-8').matchAll(/```XML\r?\n([\s\S]*?)```/g)];
  const block = blocks[index]?.[1];
  assert.ok(block, `the page has no XML block ${index + 1}`);
  return block.replace(/\r\n/g, '\n').trim();
}

function messages(problems: SchemaProblem[]): string {
  return problems.map((p) => `line ${p.line}: ${p.message}`).join('\n');
}

for (const source of SOURCES) {
  describe(`messages against ${source.name}`, { skip: source.skip }, () => {
    let schema: CompiledSchema;
    const check = (xml: string) => schemaProblems(schema, xml);
    before(() => {
      schema = compileSchema(source.dir, source.dir);
    });

    it('compiles once, in well under five seconds, and validates quickly', () => {
      assert.ok(schema.compileMs < 5000, `compile took ${schema.compileMs} ms`);
      const started = performance.now();
      for (let i = 0; i < 200; i++) check(fx.addResponse());
      const each = (performance.now() - started) / 200;
      assert.ok(each < 5, `a message took ${each} ms`);
    });

    it('accepts a valid AddNewImContactToGroupResponse', () => {
      assert.deepEqual(check(fx.addResponse()), []);
    });

    it('rejects the swapped e-mail shapes of the reference page, naming the element', () => {
      const problems = check(fx.addResponse({ persona: fx.personaWith(fx.PAGE_EMAILS) }));
      const text = messages(problems);
      assert.match(text, /line 12: Element 't:Address': This element is not expected/);
      assert.match(text, /line 13: Element 't:EmailAddress': This element is not expected\. Ex/);
      assert.match(text, /Expected is \( t:Address \)/);
    });

    it("rejects the reference page's own success sample, naming the elements", {
      skip: existsSync(PAGE) ? false : `no reference page at ${PAGE}`,
    }, () => {
      const text = messages(check(pageSample(1)));
      assert.match(text, /line 30: Element 't:Address': This element is not expected/);
      assert.match(text, /line 34: Element 't:EmailAddress': This element is not expected/);
    });

    it("accepts the reference page's sample request", {
      skip: existsSync(PAGE) ? false : `no reference page at ${PAGE}`,
    }, () => {
      assert.deepEqual(check(pageSample(0)), []);
    });

    it('rejects a Persona child out of schema order', () => {
      const persona = fx
        .personaWith(fx.SCHEMA_EMAILS)
        .replace('<t:PersonaType>Person</t:PersonaType>', '')
        .replace('</t:DisplayName>', '</t:DisplayName><t:PersonaType>Person</t:PersonaType>');
      const text = messages(check(fx.addResponse({ persona })));
      assert.match(text, /Element 't:PersonaType': This element is not expected/);
    });

    it('rejects request children out of schema order', () => {
      const body = '<m:AddNewImContactToGroup><m:DisplayName>Tony</m:DisplayName>'.concat(
        '<m:ImAddress>t@contoso.com</m:ImAddress></m:AddNewImContactToGroup>',
      );
      const text = messages(check(fx.request(fx.VERSION_HEADER, body)));
      assert.match(text, /Element 'm:DisplayName': This element is not expected/);
    });

    it('accepts an EWS fault envelope', () => {
      assert.deepEqual(check(fx.fault()), []);
    });

    it('rejects a fault without the faultstring SOAP 1.1 requires', () => {
      const xml = fx.fault().replace(/<faultstring[^>]*>[^<]*<\/faultstring>/, '');
      assert.match(messages(check(xml)), /Element 'detail': This element is not expected/);
    });

    it('ignores a header block in another namespace (lax)', () => {
      const trace = '<x:Trace xmlns:x="urn:example:trace" x:level="9"><x:Any/></x:Trace>';
      assert.deepEqual(check(fx.request(`${fx.VERSION_HEADER}${trace}`, fx.ADD_BODY)), []);
    });

    it('rejects a header block of the types namespace with a wrong attribute type', () => {
      const header = fx.SERVER_VERSION.replace('MajorVersion="15"', 'MajorVersion="fifteen"');
      const text = messages(check(fx.addResponse({ header })));
      assert.match(text, /Element 't:ServerVersionInfo', attribute 'MajorVersion'/);
      assert.match(text, /'fifteen' is not a valid value of the atomic type 'xs:int'/);
    });

    it('rejects a body element the schema does not declare (strict)', () => {
      const body = `<AddNewImContactToGroup xmlns="${fx.HTTPS_M}"><ImAddress>a</ImAddress>`;
      const text = messages(
        check(fx.request(fx.VERSION_HEADER, `${body}</AddNewImContactToGroup>`)),
      );
      assert.match(
        text,
        /\{https:\/\/schemas\.microsoft\.com\/exchange\/services\/2006\/messages\}/,
      );
      assert.match(text, /No matching global element declaration available/);
    });
  });
}
