import type { Envelope } from '@cucumber/messages';
import { CHECKS_MEDIA_TYPE, type CheckRecord } from '../support/checks.ts';
import { SKIP_MEDIA_TYPE } from '../support/report/tally.ts';
import type { Requirement } from '../support/requirements/types.ts';

/** Small cucumber message streams and a small catalogue for the conformance-report tests. */
export interface FixtureScenario {
  name: string;
  tags?: string[];
  /** `NOT RUN`: left out by a filter (a pickle, no test case). */
  status?: 'PASSED' | 'FAILED' | 'SKIPPED' | 'NOT RUN';
  records?: CheckRecord[];
  skip?: string;
  failure?: { type: string; message: string };
  /** `[file name, text]`, attached before the failing step. */
  exchanges?: [string, string][];
}

const T = (n: number) => ({ seconds: 1_800_000_000 + n, nanos: 0 });
const RESULT = (status: string, n = 0) => ({ status, duration: { seconds: n, nanos: 0 } });

function attachment(attempt: string, body: string, mediaType: string, fileName?: string) {
  const a = { body, mediaType, contentEncoding: 'IDENTITY', testCaseStartedId: attempt };
  return { attachment: fileName ? { ...a, fileName } : a };
}

function scenarioEnvelopes(s: FixtureScenario, i: number): unknown[] {
  const [pickle, tc, attempt] = [`p${i}`, `c${i}`, `a${i}`];
  const tags = (s.tags ?? []).map((name) => ({ name, astNodeId: 'x' }));
  const out: unknown[] = [
    { pickle: { id: pickle, uri: 'features/x.feature', name: s.name, tags, steps: [] } },
  ];
  if (s.status === 'NOT RUN') return out;
  out.push({ testCase: { id: tc, pickleId: pickle, testSteps: [] } });
  out.push({ testCaseStarted: { id: attempt, testCaseId: tc, attempt: 0, timestamp: T(i) } });
  if (s.skip) out.push(attachment(attempt, s.skip, SKIP_MEDIA_TYPE));
  for (const [file, text] of s.exchanges ?? [])
    out.push(attachment(attempt, text, 'text/plain', file));
  const status = s.status ?? 'PASSED';
  const step: Record<string, unknown> = RESULT(status);
  if (s.failure) step.exception = s.failure;
  out.push({
    testStepFinished: { testCaseStartedId: attempt, testStepId: 's', testStepResult: step },
  });
  out.push(attachment(attempt, JSON.stringify(s.records ?? []), CHECKS_MEDIA_TYPE));
  out.push({ testCaseFinished: { testCaseStartedId: attempt, timestamp: T(i + 1) } });
  return out;
}

export function envelopesOf(scenarios: readonly FixtureScenario[]): Envelope[] {
  const all: unknown[] = [{ testRunStarted: { timestamp: T(0) } }];
  for (const [i, s] of scenarios.entries()) all.push(...scenarioEnvelopes(s, i + 1));
  all.push({ testRunFinished: { timestamp: T(12), success: false } });
  return all as Envelope[];
}

export function ndjsonOf(scenarios: readonly FixtureScenario[]): string {
  return envelopesOf(scenarios)
    .map((e) => JSON.stringify(e))
    .join('\n');
}

function req(id: string, operation: string, level: Requirement['level'] = 'required') {
  const statement = `statement of ${id}`;
  return { id, operation, source: 'page', statement, level, verifiedBy: 'scenario' } as const;
}

export const CATALOGUE: readonly Requirement[] = [
  req('ANICTG-R001', 'AddNewImContactToGroup'),
  req('ANICTG-R002', 'AddNewImContactToGroup'),
  req('ANICTG-R003', 'AddNewImContactToGroup', 'recommended'),
  req('ANICTG-R004', 'AddNewImContactToGroup'),
  req('ANICTG-R005', 'AddNewImContactToGroup'),
  req('SIG-R001', 'SetImGroup'),
  req('SIG-R002', 'SetImGroup'),
  req('SIG-R003', 'SetImGroup'),
  req('AIG-R001', 'AddImGroup'),
  { ...req('RIG-R001', 'RemoveImGroup'), statement: '<script>alert("x")</script> & more' },
  { ...req('GII-R001', 'GetImItems'), verifiedBy: 'mock-only' },
];

export const EXCHANGE = [
  'AddNewImContactToGroup as the first account (scenario)',
  '',
  '> POST https://mail.contoso.com/EWS/Exchange.asmx',
  'Authorization: [removed]',
  '',
  '<m:AddNewImContactToGroup/>',
  '',
  '< HTTP 200 (response)',
  '',
  '<s:Envelope><s:Header><h:ServerVersionInfo MajorVersion="15" MinorVersion="1" ' +
    'MajorBuildNumber="2507" MinorBuildNumber="6" Version="V2017_07_11" xmlns:h="t"/>' +
    '</s:Header><s:Body><m:Persona/></s:Body></s:Envelope>',
].join('\n');

const rec = (requirement: string, outcome: CheckRecord['outcome'], level = 'required') =>
  ({
    requirement,
    level,
    statement: `check of ${requirement}`,
    outcome,
    ...(outcome === 'pass' ? {} : { detail: `${requirement} differed\nsecond line` }),
  }) as CheckRecord;

/** One of each verdict, a skip, a filter, a setup failure, an unknown id. */
export const SCENARIOS: readonly FixtureScenario[] = [
  {
    name: 'adds a contact',
    tags: ['@ANICTG'],
    records: [rec('ANICTG-R001', 'pass'), rec('ANICTG-R005', 'note', 'informative')],
  },
  {
    name: 'persona has an id',
    tags: ['@ANICTG'],
    status: 'FAILED',
    failure: { type: 'CheckFailure', message: '[required] check of ANICTG-R002' },
    exchanges: [
      ['GetImItemList (setup, first).txt', 'setup exchange'],
      ['AddNewImContactToGroup (scenario, first).txt', EXCHANGE],
    ],
    records: [rec('ANICTG-R001', 'pass'), rec('ANICTG-R002', 'fail'), rec('GIIL-R099', 'pass')],
  },
  {
    name: 'sample element',
    tags: ['@ANICTG'],
    records: [rec('ANICTG-R003', 'warning', 'recommended'), rec('ANICTG-R001', 'pass')],
  },
  {
    name: 'needs a second mailbox',
    tags: ['@ANICTG', '@ANICTG-R004', '@ANICTG-R001'],
    status: 'SKIPPED',
    skip: 'needs a second mailbox: set EWS_SECOND_USERNAME and EWS_SECOND_PASSWORD',
  },
  {
    name: 'renames a group',
    tags: ['@SIG', '@SIG-R001', '@ANICTG-R001'],
    status: 'FAILED',
    failure: { type: 'SetupError', message: 'setup: AddImGroup as the first account answered X' },
  },
  {
    name: 'rename answers success',
    tags: ['@SIG', '@SIG-R002'],
    status: 'FAILED',
    failure: { type: 'CheckFailure', message: '[required] SetImGroup answers Success\nmore' },
  },
  { name: 'left out', tags: ['@SIG', '@SIG-R003'], status: 'NOT RUN' },
  {
    name: 'adds a group',
    tags: ['@AIG'],
    status: 'FAILED',
    failure: { type: 'SetupError', message: 'setup: GetImItemList answered ErrorAccessDenied' },
  },
  { name: 'removes a group', tags: ['@RIG', '@RIG-R001'] },
];
