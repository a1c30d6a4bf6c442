import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseReport } from '../support/report/conformance-json.ts';
import { runSuite } from './run-suite.ts';

/** The launcher writes the conformance report after every run; failing to is exit code 1. */
describe('the conformance report of a run', () => {
  it('is written as the latest report and kept under runs/<run id>', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ews-report-'));
    const run = await runSuite({ EWS_REPORTS_DIR: dir }, ['--tags', '@SIG']);
    assert.equal(run.code, 0, run.output);
    assert.match(run.output, /Conformance report: .*conformance\.html/);
    const report = parseReport(readFileSync(join(dir, 'conformance.json'), 'utf-8'), 'json');
    assert.equal(report.target.embedded, true);
    assert.match(report.target.serverVersion ?? '', /^15\./);
    assert.match(readFileSync(join(dir, 'conformance.html'), 'utf-8'), /<!DOCTYPE html>/);
    const [id] = readdirSync(join(dir, 'runs'));
    assert.equal(id, report.run.id);
    assert.ok(existsSync(join(dir, 'runs', report.run.id, 'cucumber.ndjson')));
  });

  it('cannot be written: an error message and exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ews-report-'));
    writeFileSync(join(dir, 'runs'), 'a file where the runs folder goes');
    const run = await runSuite({ EWS_REPORTS_DIR: dir }, ['--tags', '@SIG']);
    assert.equal(run.code, 1);
    assert.match(run.output, /error: could not write the conformance report/);
  });
});
