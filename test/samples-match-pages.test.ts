import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

/**
 * The feature sends the reference page's sample request "as it prints it", and the seed's
 * rendering of it: this test holds the feature's doc strings to the pages, byte for byte but
 * for the group id. The pages live beside the repository (EWS_REFERENCE_DIR, default
 * ../shared/reference); without them the test is skipped and says so.
 */
const ROOT = new URL('..', import.meta.url).pathname;
const REFERENCE = resolve(ROOT, process.env.EWS_REFERENCE_DIR ?? '../shared/reference');
const FEATURE = join(ROOT, 'features/add-new-im-contact-to-group.feature');
const missing = existsSync(REFERENCE) ? false : `no reference pages at ${REFERENCE}`;

function firstXmlBlock(markdown: string): string {
  const block = /```XML\r?\n([\s\S]*?)```/.exec(markdown)?.[1];
  assert.ok(block, 'the page has no XML code block');
  return block.replace(/\r\n/g, '\n').trimEnd();
}

function docStrings(feature: string): string[] {
  return [...feature.matchAll(/^( *)"""\n([\s\S]*?)\n\1"""$/gm)].map(([, indent = '', body = '']) =>
    body
      .split('\n')
      .map((line) => line.slice(indent.length))
      .join('\n'),
  );
}

function withPageGroupId(docString: string, page: string): string {
  const id = /<m:GroupId Id="([^"]*)"\s+ChangeKey="([^"]*)"/.exec(page);
  assert.ok(id, 'the page sample has no GroupId');
  return docString
    .replace('{{group id}}', id[1] ?? '')
    .replace('{{group change key}}', id[2] ?? '');
}

describe("the feature sends the pages' own samples", { skip: missing }, () => {
  const [pageDoc = '', seedDoc = ''] = docStrings(readFileSync(FEATURE, 'utf-8'));

  it('the English reference page, as printed', () => {
    const page = readFileSync(
      join(REFERENCE, 'ews-docs/addnewimcontacttogroup-operation.md'),
      'utf-8',
    );
    const sample = firstXmlBlock(page);
    assert.equal(withPageGroupId(pageDoc, sample), sample);
  });

  it("the seed's French rendering, with its https:// namespaces", () => {
    const seedDir = join(REFERENCE, '../seed');
    const [file] = readdirSync(seedDir);
    assert.ok(file, 'the seed folder is empty');
    const sample = firstXmlBlock(readFileSync(join(seedDir, file), 'utf-8'));
    assert.match(sample, /https:\/\/schemas\.microsoft\.com/);
    assert.equal(withPageGroupId(seedDoc, sample), sample);
  });
});
