import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify, type HttpResult } from '../support/soap/reply.ts';

const S = 'http://schemas.xmlsoap.org/soap/envelope/';
const T = 'http://schemas.microsoft.com/exchange/services/2006/types';
const E = 'http://schemas.microsoft.com/exchange/services/2006/errors';
const XML = { 'content-type': 'text/xml; charset=utf-8' };

function http(status: number, body: string, headers: Record<string, string> = XML): HttpResult {
  return { status, headers, body: Buffer.from(body, 'utf-8') };
}

function problem(result: HttpResult): string {
  const { reply } = classify(result);
  assert.equal(reply.kind, 'not-soap');
  return reply.kind === 'not-soap' ? reply.problem : '';
}

const FAULT = `<s:Envelope xmlns:s="${S}"><s:Body><s:Fault>
  <faultcode xmlns:a="${T}">a:ErrorSchemaValidation</faultcode>
  <faultstring xml:lang="de-DE">Fehler</faultstring>
  <detail><e:ResponseCode xmlns:e="${E}">ErrorSchemaValidation</e:ResponseCode></detail>
</s:Fault></s:Body></s:Envelope>`;

describe('classifying what a server answers', () => {
  it('explains a 401 from its WWW-Authenticate header', () => {
    const text = problem(http(401, '', { 'www-authenticate': 'Negotiate, NTLM' }));
    assert.match(text, /offers: Negotiate, NTLM/);
    assert.match(problem(http(401, '', {})), /without a WWW-Authenticate/);
  });

  it('reports redirects, HTTP 440 and HTML pages as a forms-login problem', () => {
    const redirect = http(302, '', { location: 'https://mail.contoso.com/owa/auth/logon.aspx' });
    assert.match(problem(redirect), /redirect to https:\/\/mail.contoso.com.*forms login/);
    assert.match(problem(http(440, '')), /forms login/);
    const html = http(200, '<!DOCTYPE html><html><body>Sign in</body></html>', {
      'content-type': 'text/html',
    });
    assert.match(problem(html), /HTML page.*EWS_URL/);
  });

  it('tells a wrong path, an error page and an unavailable service apart', () => {
    const page = (status: number) =>
      http(status, '<html><title>Server Error in /EWS</title></html>', {
        'content-type': 'text/html',
      });
    assert.match(
      problem(page(500)),
      /HTTP 500 with an HTML page \("Server Error in \/EWS"\), a server error page/,
    );
    assert.match(problem(page(404)), /HTTP 404 with an HTML page/);
    assert.match(
      problem(http(404, 'Not Found', { 'content-type': 'text/plain' })),
      /nothing at EWS_URL/,
    );
    const busy = http(503, 'Service Unavailable', {
      'content-type': 'text/plain',
      'retry-after': '5',
    });
    assert.match(problem(busy), /HTTP 503: the service is unavailable.*Retry-After: 5/);
    assert.match(
      problem(http(302, '', { location: 'https://contoso.com/EWS/Exchange.asmx' })),
      /address the server names/,
    );
  });

  it('reports an empty body and a body that is not XML', () => {
    assert.match(problem(http(200, '')), /empty body/);
    assert.match(problem(http(200, '<s:Envelope xmlns:s="x"><s:Body>')), /not well-formed/);
    assert.match(problem(http(200, '<a/>')), /not one SOAP 1.1 Envelope/);
  });

  it('reads a fault: code, the namespace of its prefix, detail and text', () => {
    const { reply } = classify(http(500, FAULT));
    assert.equal(reply.kind, 'fault');
    if (reply.kind !== 'fault') return;
    assert.equal(reply.faultCode, 'ErrorSchemaValidation');
    assert.equal(reply.faultCodeNamespace, T);
    assert.equal(reply.responseCode, 'ErrorSchemaValidation');
    assert.equal(reply.faultString, 'Fehler');
  });

  it('reads a response whatever the envelope prefix', () => {
    const body = [
      `<env:Envelope xmlns:env="${S}"><env:Body>`,
      '<X xmlns="urn:x"/></env:Body></env:Envelope>',
    ].join('');
    const { reply } = classify(http(200, body));
    assert.equal(reply.kind, 'response');
    assert.equal(reply.kind === 'response' && reply.body.localName, 'X');
  });

  it('refuses a body with two elements', () => {
    const body = `<s:Envelope xmlns:s="${S}"><s:Body><a/><b/></s:Body></s:Envelope>`;
    assert.match(problem(http(200, body)), /holds 2 elements/);
  });
});
