import type { FaultReply } from '../soap/reply.ts';
import { NS } from '../xml/namespaces.ts';
import { nodes, qualifiedName } from '../xml/xpath.ts';

/**
 * The EWS shape of a SOAP fault's code and detail (facts sheet §6), which no schema covers:
 * the faultcode's prefix is bound to the types namespace; the detail holds e:ResponseCode,
 * repeating the code, and e:Message (errors namespace), then optionally t:MessageXml, and
 * nothing else. reply.ts has already read the code, its namespace and e:ResponseCode.
 */
const SHAPES = ['e:ResponseCode e:Message', 'e:ResponseCode e:Message t:MessageXml'];

function codeProblems(reply: FaultReply): string[] {
  const problems: string[] = [];
  if (reply.faultCodeNamespace !== NS.t) {
    const bound = reply.faultCodeNamespace ?? 'no namespace';
    problems.push(`the faultcode's prefix is bound to ${bound}, not to ${NS.t}`);
  }
  const { responseCode, faultCode } = reply;
  if (responseCode !== undefined && responseCode !== faultCode) {
    problems.push(`detail/e:ResponseCode "${responseCode}" is not the faultcode "${faultCode}"`);
  }
  return problems;
}

function detailProblems(reply: FaultReply): string[] {
  const [detail] = nodes(reply.doc, '/soap:Envelope/soap:Body/soap:Fault/detail');
  if (!detail) return ['the fault has no detail'];
  const children = nodes(detail, '*').map(qualifiedName).join(' ');
  if (SHAPES.includes(children)) return [];
  return [
    `the detail holds (${children || 'nothing'}), not (e:ResponseCode, e:Message, t:MessageXml?)`,
  ];
}

/** Every way the fault departs from the EWS shape; empty when it has it. */
export function faultDetailProblems(reply: FaultReply): string[] {
  return [...codeProblems(reply), ...detailProblems(reply)];
}
