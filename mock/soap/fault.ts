import { NS } from '../../support/xml/namespaces.ts';
import { FAULT_TEXT, type SchemaViolation, type SoapFault } from '../errors.ts';
import { Deviations } from '../faults.ts';
import { element, textElement, xmlDocument } from '../xml/write.ts';

/** Where the violation is; left out under `schema-fault-without-position`. */
function position(schema: SchemaViolation, deviations: Deviations): string {
  if (deviations.has('schema-fault-without-position')) return '';
  return (
    textElement('t:LineNumber', String(schema.line)) +
    textElement('t:LinePosition', String(schema.position))
  );
}

function messageXml(schema: SchemaViolation, deviations: Deviations): string {
  const children = position(schema, deviations) + textElement('t:Violation', schema.violation);
  return element('t:MessageXml', children, { 'xmlns:t': NS.t });
}

function detail(fault: SoapFault, deviations: Deviations): string {
  const message =
    fault.code === 'ErrorSchemaValidation' ? FAULT_TEXT[fault.code] : fault.faultString;
  const children = [
    textElement('e:ResponseCode', fault.code, { 'xmlns:e': NS.e }),
    textElement('e:Message', message, { 'xmlns:e': NS.e }),
    fault.schema ? messageXml(fault.schema, deviations) : '',
  ];
  return element('detail', children.join(''));
}

/**
 * A SOAP 1.1 fault the way EWS sends one: no Header, `faultcode` `a:<Code>` with `a` bound to
 * the types namespace, `faultstring` with `xml:lang`, and the code again in the detail.
 */
export function renderFault(fault: SoapFault, lang: string, deviations = Deviations.none()) {
  const codeNs = deviations.has('fault-code-wrong-namespace') ? NS.m : NS.t;
  const inner = [
    textElement('faultcode', `a:${fault.code}`, { 'xmlns:a': codeNs }),
    textElement('faultstring', fault.faultString, { 'xml:lang': lang }),
    detail(fault, deviations),
  ].join('');
  const body = element('s:Body', element('s:Fault', inner));
  return xmlDocument(element('s:Envelope', body, { 'xmlns:s': NS.soap }));
}
