import { NS } from '../../support/xml/namespaces.ts';
import { FAULT_TEXT, type SchemaViolation, type SoapFault } from '../errors.ts';
import { element, textElement, xmlDocument } from '../xml/write.ts';

function messageXml(schema: SchemaViolation): string {
  const children = [
    textElement('t:LineNumber', String(schema.line)),
    textElement('t:LinePosition', String(schema.position)),
    textElement('t:Violation', schema.violation),
  ].join('');
  return element('t:MessageXml', children, { 'xmlns:t': NS.t });
}

function detail(fault: SoapFault): string {
  const message =
    fault.code === 'ErrorSchemaValidation' ? FAULT_TEXT[fault.code] : fault.faultString;
  const children = [
    textElement('e:ResponseCode', fault.code, { 'xmlns:e': NS.e }),
    textElement('e:Message', message, { 'xmlns:e': NS.e }),
    fault.schema ? messageXml(fault.schema) : '',
  ];
  return element('detail', children.join(''));
}

/**
 * A SOAP 1.1 fault the way EWS sends one: no Header, `faultcode` `a:<Code>` with `a` bound to
 * the types namespace, `faultstring` with `xml:lang`, and the code again in the detail.
 */
export function renderFault(fault: SoapFault, lang: string): string {
  const inner = [
    textElement('faultcode', `a:${fault.code}`, { 'xmlns:a': NS.t }),
    textElement('faultstring', fault.faultString, { 'xml:lang': lang }),
    detail(fault),
  ].join('');
  const body = element('s:Body', element('s:Fault', inner));
  return xmlDocument(element('s:Envelope', body, { 'xmlns:s': NS.soap }));
}
