import { CheckFailure, type Checks } from '../checks.ts';
import { describeExchange } from '../ews/responses.ts';
import type { Exchange } from '../soap/client.ts';
import { faultDetailProblems } from './fault-detail.ts';
import { sessionSchema } from './session.ts';
import { describeProblems, schemaProblems } from './validate.ts';

/**
 * The schema checks of every exchange, required and recorded with the scenario's other checks:
 * a request the suite meant to be valid is (else the suite has a defect), every SOAP response
 * is sent as text/xml and valid against the EWS schema, and every fault has the EWS code and
 * detail. A failure fails
 * the scenario where it happens, except during cleanup, which must run to its end: `finish`
 * returns those failures afterwards.
 */
export class SchemaChecks {
  private readonly late: string[] = [];

  constructor(private readonly checks: Checks) {}

  check(x: Exchange, meantValid: boolean): void {
    const op = x.operation;
    if (meantValid) {
      this.verify(x, 'EWS-R007', `the suite builds a valid ${op} request`, () => request(x));
    }
    const { reply } = x;
    if (reply.kind === 'not-soap') return;
    this.verify(x, 'EWS-R008', `the response to ${op} is sent as text/xml`, () => media(x));
    const valid = `the response to ${op} is valid against the EWS schema`;
    this.verify(x, 'EWS-R001', valid, () => response(x));
    if (reply.kind !== 'fault') return;
    this.verify(x, 'EWS-R002', 'a SOAP fault has the EWS faultcode and detail', () => {
      const problems = faultDetailProblems(reply);
      if (problems.length > 0) throw new Error(`fault to ${op}: ${problems.join('; ')}`);
    });
  }

  /** The failures of cleanup exchanges, once; empty when there were none. */
  finish(): string[] {
    return this.late.splice(0);
  }

  private verify(x: Exchange, id: string, check: string, assertion: () => void): void {
    const context = describeExchange(x);
    try {
      this.checks.verifyRequirement({ id, check }, assertion, context);
    } catch (error) {
      if (x.phase !== 'cleanup' || !(error instanceof CheckFailure)) throw error;
      this.late.push(error.message);
    }
  }
}

function invalid(what: string, xml: string): string | undefined {
  const schema = sessionSchema();
  const problems = schemaProblems(schema, xml);
  if (problems.length === 0) return undefined;
  const where = `(schema: ${schema.origin})`;
  return `${what} is not valid against the EWS schema: ${describeProblems(problems)}\n${where}`;
}

/** SOAP 1.1 over HTTP: `text/xml`, whatever the charset parameter says. */
function media(x: Exchange): void {
  const type = x.responseHeaders['content-type'];
  const media = type?.split(';')[0]?.trim().toLowerCase();
  if (media !== 'text/xml') {
    const got = type === undefined ? 'no Content-Type' : `Content-Type "${type}"`;
    throw new Error(`the response to ${x.operation} has ${got}; SOAP 1.1 over HTTP uses text/xml`);
  }
}

function request(x: Exchange): void {
  const problem = invalid(`the ${x.operation} request`, x.requestXml);
  if (problem) throw new Error(`the suite built an invalid request: ${problem}`);
}

function response(x: Exchange): void {
  const problem = invalid(`response to ${x.operation}`, x.responseText);
  if (problem) throw new Error(problem);
}
