import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type MisbehavingServer,
  type Misbehaviour,
  startMisbehaving,
} from './misbehaving-server.ts';
import { runSuite, type SuiteRun } from './run-suite.ts';
import { failureMessages, folderBytes, verdicts } from './suite-run-results.ts';

/**
 * The suite against servers that misbehave: its verdict is a clear failure (exit 1) or "cannot
 * test" (exit 2), never a pass and never a crash, and what it says names what was wrong. A
 * server that misbehaves on every request is stopped by the preflight; one that answers the
 * preflight and most requests properly (a real mock behind a proxy) but misbehaves for one
 * operation fails that operation's scenarios. Two runs cover the ten kinds, five operations
 * each, so that the whole costs two suite runs.
 */
const TIMEOUT_MS = 3000;
const ACCOUNT = {
  EWS_USERNAME: 'user1@contoso.com',
  EWS_PASSWORD: 'Passw0rd-1',
  EWS_TIMEOUT_MS: String(TIMEOUT_MS),
};

/** What the suite must say about each kind. */
const SAYS: Record<Misbehaviour, RegExp> = {
  html: /HTTP 500 with an HTML page \("Server Error in '\/EWS' Application\."\), a server error/,
  empty: /HTTP 200 with an empty body/,
  truncated: /HTTP (200|500): the body is not well-formed XML/,
  huge: /HTTP 200: the body is not well-formed XML: .*unclosed tag: s:Body/,
  'fault-200': /got SOAP fault ErrorInternalServerError|HTTP status: expected 500, got 200/,
  'fault-no-detail': /the fault has no detail/,
  'other-operation': /m:SetImGroupResponse matched 0 node\(s\)|got a GetImItemListResponse/,
  duplicate:
    /not valid against the EWS schema: .*'(m:ResponseCode|faultcode)': This element is not exp/,
  slow: new RegExp(`no answer within ${TIMEOUT_MS} ms \\(EWS_TIMEOUT_MS\\)`),
  drop: /the server closed the connection without answering/,
};

/** An operation no other feature needs for setup or cleanup, and two scenarios of it. */
interface Target {
  operation: string;
  tag: string;
  feature: string;
  scenarios: string[];
}

const TARGETS: Target[] = [
  {
    operation: 'SetImGroup',
    tag: '@SIG',
    feature: 'set-im-group.feature',
    scenarios: ['The new name shows in GetImItemList', 'NewDisplayName missing'],
  },
  {
    operation: 'GetImItems',
    tag: '@GII',
    feature: 'get-im-items.feature',
    scenarios: ['Groups only', 'A version older than Exchange 2013'],
  },
  {
    operation: 'AddNewTelUriContactToGroup',
    tag: '@ANTUCTG',
    feature: 'add-new-tel-uri-contact-to-group.feature',
    scenarios: ["The page's example", 'ImTelephoneNumber missing'],
  },
  {
    operation: 'RemoveContactFromImList',
    tag: '@RCFIL',
    feature: 'remove-contact-from-im-list.feature',
    scenarios: ['A malformed ContactId', 'ContactId missing'],
  },
  {
    operation: 'SetImListMigrationCompleted',
    tag: '@SILMC',
    feature: 'set-im-list-migration-completed.feature',
    scenarios: ['Setting the flag to true', 'The flag missing'],
  },
];

/** Two rounds: round[i] misbehaves for TARGETS[i]. */
const ROUNDS: Misbehaviour[][] = [
  ['html', 'empty', 'truncated', 'fault-200', 'slow'],
  ['other-operation', 'duplicate', 'huge', 'fault-no-detail', 'drop'],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Only the targets' features, and of those only the chosen scenarios. */
function filterArgs(): string[] {
  const tags = TARGETS.map((t) => t.tag).join(' or ');
  const names = TARGETS.flatMap((t) => t.scenarios.map((n) => `^${escapeRegExp(n)}$`));
  return ['--tags', tags, ...names.flatMap((n) => ['--name', n])];
}

/** No stack frame, no runtime error of the suite itself, no crash. */
function assertNoCrash(run: SuiteRun): void {
  assert.doesNotMatch(run.output, /^\s+at .+:\d+:\d+\)?$/m, 'a stack trace in the output');
  assert.doesNotMatch(
    run.output,
    /\b(TypeError|ReferenceError|RangeError|SyntaxError)\b|Unhandled|heap out of memory/,
  );
}

describe('the suite against a server that misbehaves for one operation', () => {
  const servers: MisbehavingServer[] = [];
  const runs: SuiteRun[] = [];
  before(async () => {
    for (const round of ROUNDS) {
      const rules = Object.fromEntries(TARGETS.map((t, i) => [t.operation, round[i]]));
      servers.push(await startMisbehaving(rules, TIMEOUT_MS + 500));
    }
    const env = { ...ACCOUNT, EWS_MIGRATION_FLAG: '1' };
    const all = servers.map((s) => runSuite({ ...env, EWS_URL: s.url }, filterArgs()));
    runs.push(...(await Promise.all(all)));
  });
  after(() => Promise.all(servers.map((s) => s.close())));

  it('fails (exit 1) without crashing, and keeps its reports small', () => {
    for (const run of runs) {
      assert.equal(run.code, 1, run.output.slice(-3000));
      assertNoCrash(run);
      assert.ok(folderBytes(run.reports) < 16 * 1024 * 1024, 'the reports hold a huge body');
    }
  });

  ROUNDS.forEach((round, r) => {
    round.forEach((kind, i) => {
      const target = TARGETS[i] as Target;
      it(`fails every scenario of ${target.operation} answered with "${kind}", saying so`, () => {
        const run = runs[r] as SuiteRun;
        const messages = failureMessages(run.reports);
        for (const scenario of target.scenarios) {
          const name = `features/${target.feature}: ${scenario}`;
          assert.equal(run.statuses.get(name), 'FAILED', `${name}: ${run.statuses.get(name)}`);
          const said = (messages.get(name) ?? []).join('\n');
          assert.match(said, SAYS[kind], `${name} says:\n${said.slice(0, 1500)}`);
        }
        const own = verdicts(run.reports).filter((v) => v.operation === target.operation);
        assert.ok(own.some((v) => v.verdict === 'fail'));
        if (kind === 'fault-200') {
          // The fault itself is the right one, only its HTTP status is wrong: the fault-code
          // requirement may pass; the status requirement must fail.
          const status = verdicts(run.reports).find((v) => v.id === 'EWS-R003');
          assert.equal(status?.verdict, 'fail');
        } else {
          const passed = own.filter((v) => v.verdict === 'pass').map((v) => v.id);
          assert.deepEqual(passed, [], `requirements of ${target.operation} passed`);
        }
      });
    });
  });
});

describe('the suite against a server that misbehaves on every request', { concurrency: 2 }, () => {
  const kinds: Misbehaviour[] = ['empty', 'huge', 'slow'];
  for (const kind of kinds) {
    it(`stops at the preflight with exit 2 for "${kind}", saying so in plain words`, async () => {
      const server = await startMisbehaving({ GetImItemList: kind }, TIMEOUT_MS + 500);
      try {
        const run = await runSuite({ ...ACCOUNT, EWS_URL: server.url });
        assert.equal(run.code, 2, run.output.slice(-3000));
        assertNoCrash(run);
        assert.match(run.output, /the server cannot be tested: /);
        assert.match(run.output, SAYS[kind]);
        assert.doesNotMatch(run.output, /Passw0rd/);
      } finally {
        await server.close();
      }
    });
  }
});
