import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CHECKS_MEDIA_TYPE, type CheckRecord } from '../support/checks.ts';
import { configProblems, loadConfig } from '../support/config.ts';
import { NS } from '../support/xml/namespaces.ts';
import { runSuite } from './run-suite.ts';

/**
 * Where the run's schema comes from: EWS_SCHEMA_DIR (checked with the configuration, exit 2),
 * or the target's own files, fetched once into the reports folder; a target that serves none
 * ends the run before any scenario request, naming the URL and the reason.
 */
const ROOT = new URL('..', import.meta.url).pathname;

/** Any SOAP answer, for a launcher's check that the endpoint speaks SOAP at all. */
const ANSWER =
  `<s:Envelope xmlns:s="${NS.soap}"><s:Body><m:GetImItemListResponse ResponseClass="Success" ` +
  `xmlns:m="${NS.m}"><m:ResponseCode>NoError</m:ResponseCode></m:GetImItemListResponse>` +
  '</s:Body></s:Envelope>';

function checkRecords(ndjson: string): CheckRecord[] {
  return ndjson
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).attachment)
    .filter((a) => a?.mediaType === CHECKS_MEDIA_TYPE)
    .flatMap((a) => JSON.parse(a.body) as CheckRecord[]);
}

describe('EWS_SCHEMA_DIR', () => {
  it('is resolved from the repository root', () => {
    const config = loadConfig({ EWS_SCHEMA_DIR: 'mock/schema' });
    assert.equal(config.schemaDir, join(ROOT, 'mock/schema'));
    assert.equal(loadConfig({}).schemaDir, undefined);
  });

  it('must name a folder that holds messages.xsd and types.xsd', () => {
    assert.deepEqual(configProblems({ EWS_SCHEMA_DIR: '/no/such/folder' }), [
      'EWS_SCHEMA_DIR: no folder at /no/such/folder',
    ]);
    const lacking = configProblems({ EWS_SCHEMA_DIR: 'support' });
    assert.deepEqual(lacking, [
      `EWS_SCHEMA_DIR: ${join(ROOT, 'support')} has no messages.xsd`,
      `EWS_SCHEMA_DIR: ${join(ROOT, 'support')} has no types.xsd`,
    ]);
  });

  it('makes the launcher exit 2 when it is wrong', async () => {
    const run = await runSuite({ EWS_SCHEMA_DIR: 'no-such-folder' });
    assert.equal(run.code, 2, run.output);
    assert.match(run.output, /EWS_SCHEMA_DIR: no folder at \S*no-such-folder/);
  });
});

describe("the target's own schema", () => {
  it('is fetched into reports/schema-cache/ and checks every exchange', async () => {
    const reports = mkdtempSync(join(tmpdir(), 'ews-schema-run-'));
    const run = await runSuite({ EWS_REPORTS_DIR: reports }, [
      '--name',
      'group id from AddImGroup',
    ]);
    assert.equal(run.code, 0, run.output.slice(-3000));
    const [folder, ...more] = readdirSync(join(reports, 'schema-cache'));
    assert.equal(folder, 'embedded-mock', 'one folder for the embedded mock, whatever its port');
    assert.deepEqual(more, []);
    for (const file of ['messages.xsd', 'types.xsd']) {
      assert.ok(existsSync(join(reports, 'schema-cache', folder ?? '', file)), file);
    }
    const records = checkRecords(readFileSync(join(reports, 'cucumber.ndjson'), 'utf-8'));
    const statements = records.filter((r) => r.outcome === 'pass').map((r) => r.statement);
    assert.ok(statements.includes('the suite builds a valid AddImGroup request'));
    assert.ok(
      statements.includes('the response to AddNewImContactToGroup is valid against the EWS schema'),
    );
  });

  it('ends the run with exit 2, naming the URL, when the target serves none', async () => {
    const posts: string[] = [];
    const server = createServer((req, res) => {
      if (req.method !== 'POST') return void res.writeHead(404).end();
      posts.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(ANSWER);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const run = await runSuite({
        EWS_URL: `http://127.0.0.1:${port}/EWS/Exchange.asmx`,
        EWS_USERNAME: 'user1@contoso.com',
        EWS_PASSWORD: 'Passw0rd-1',
      });
      assert.equal(run.code, 2, run.output);
      const url = `http://127.0.0.1:${port}/EWS/messages.xsd`;
      assert.ok(run.output.includes(`cannot fetch ${url}: HTTP 404`), run.output);
      assert.match(run.output, /No scenario was run/);
      assert.ok(posts.length <= 1, `scenario requests were sent: ${posts.length}`);
    } finally {
      server.close();
    }
  });
});
