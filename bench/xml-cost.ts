import { join } from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { readImItemList, readPersona } from '../support/ews/responses.ts';
import { compileSchema } from '../support/schema/compile.ts';
import { schemaProblems } from '../support/schema/validate.ts';
import { parseXml } from '../support/xml/parse.ts';
import { one, optionalText, text } from '../support/xml/xpath.ts';
import { ROOT } from './paths.ts';
import { round, timePerRun } from './stats.ts';
import type { SampleResponse } from './throughput.ts';

/**
 * What the suite spends on each response it checks: strict parsing (support/xml/parse.ts:
 * saxes, then xmldom), the XPath reads of the response message and its payload
 * (support/xml/xpath.ts through support/ews/responses.ts), and validation against the schema
 * (support/schema/validate.ts, with the mock's schema compiled as the suite compiles it).
 */
export interface XmlCost {
  response: string;
  bytes: number;
  parseUs: number;
  xpathUs: number;
  schemaUs: number;
  valid: boolean;
}

type XmlDocument = ReturnType<typeof parseXml>;

/** The reads the suite makes of a response message of this operation. */
function read(doc: XmlDocument, operation: string): void {
  const root = one(doc, `/soap:Envelope/soap:Body/m:${operation}Response`) as Element;
  const message = {
    root,
    responseClass: text(root, '@ResponseClass'),
    responseCode: optionalText(root, 'm:ResponseCode'),
  };
  if (operation === 'GetImItemList') readImItemList(message);
  else readPersona(one(root, 'm:Persona'));
}

export function benchXml(samples: readonly SampleResponse[], minMs: number): XmlCost[] {
  const schema = compileSchema(join(ROOT, 'mock', 'schema'), 'mock/schema');
  return samples.map(({ name, operation, xml }) => {
    const doc = parseXml(xml);
    const us = (ms: number) => round(ms * 1000, 0);
    return {
      response: name,
      bytes: Buffer.byteLength(xml),
      parseUs: us(timePerRun(() => parseXml(xml), minMs)),
      xpathUs: us(timePerRun(() => read(doc, operation), minMs)),
      schemaUs: us(timePerRun(() => schemaProblems(schema, xml), minMs)),
      valid: schemaProblems(schema, xml).length === 0,
    };
  });
}
