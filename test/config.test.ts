import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configProblems, loadConfig } from '../support/config.ts';

const LIVE = {
  EWS_URL: 'https://mail.contoso.com/EWS/Exchange.asmx',
  EWS_USERNAME: 'user1@contoso.com',
  EWS_PASSWORD: 'secret-1',
};

function problems(env: Record<string, string>): string[] {
  const found = configProblems(env);
  assert.ok(found.length > 0, 'expected a configuration error');
  return found;
}

describe('configuration', () => {
  it('targets the embedded mock when no EWS_URL is set', () => {
    const config = loadConfig({});
    assert.equal(config.target.kind, 'embedded');
    assert.equal(config.version, 'Exchange2013');
    assert.match(config.runPrefix, /^ewsct-[0-9]{8}t[0-9]{6}-[0-9a-f]{6}$/);
  });

  it('reads a live target and its optional accounts', () => {
    const config = loadConfig({
      ...LIVE,
      EWS_SECOND_USERNAME: 'CONTOSO\\user2',
      EWS_SECOND_PASSWORD: 'secret-2',
      EWS_SECOND_MAILBOX: 'user2@contoso.com',
    });
    assert.equal(config.target.kind, 'live');
    if (config.target.kind !== 'live') return;
    assert.equal(config.target.accounts.first.mailbox, 'user1@contoso.com');
    assert.equal(config.target.accounts.second?.mailbox, 'user2@contoso.com');
    assert.equal(config.target.accounts.impersonator, undefined);
  });

  it('collects every problem, each in plain words', () => {
    const found = problems({
      EWS_URL: 'mail.contoso.com',
      EWS_SECOND_USERNAME: 'user2@contoso.com',
      EWS_VERSION: 'Exchange2019',
      EWS_TIMEOUT_MS: 'soon',
    });
    const text = found.join('\n');
    assert.match(text, /not an http\(s\) URL/);
    assert.match(text, /EWS_USERNAME and EWS_PASSWORD are needed/);
    assert.match(text, /EWS_SECOND_USERNAME and EWS_SECOND_PASSWORD must be set together/);
    assert.match(text, /"Exchange2019" is not in the schema's list/);
    assert.match(text, /EWS_TIMEOUT_MS/);
  });

  it('refuses versions older than the IM operations, credentials in the URL, a stray user', () => {
    assert.match(problems({ ...LIVE, EWS_VERSION: 'Exchange2010_SP2' })[0] ?? '', /predates/);
    const url = 'https://u:p@mail.contoso.com/EWS/Exchange.asmx';
    assert.match(problems({ ...LIVE, EWS_URL: url })[0] ?? '', /must not carry credentials/);
    assert.match(problems({ EWS_USERNAME: 'user1' })[0] ?? '', /EWS_URL is not/);
    assert.match(problems({ ...LIVE, EWS_USERNAME: 'CONTOSO\\user1' })[0] ?? '', /EWS_MAILBOX/);
  });
});
