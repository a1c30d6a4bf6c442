import type { ServerResponse } from 'node:http';
import { REALM } from './auth.ts';

export function sendText(res: ServerResponse, status: number, text: string, headers = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
}

export function sendXml(res: ServerResponse, status: number, xml: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': 'text/xml; charset=utf-8' });
  res.end(xml);
}

export function sendUnauthorized(res: ServerResponse): void {
  const text = '401 Unauthorized: send HTTP Basic credentials of a mock account.';
  sendText(res, 401, text, { 'WWW-Authenticate': `Basic realm="${REALM}"` });
}

export function sendNotFound(res: ServerResponse, path: string): void {
  sendText(res, 404, `404 Not Found: ${path} (the EWS endpoint is POST /EWS/Exchange.asmx).`);
}

export function sendMethodNotAllowed(res: ServerResponse, allow: string): void {
  sendText(res, 405, `405 Method Not Allowed: use ${allow}.`, { Allow: allow });
}

export function sendTooLarge(res: ServerResponse, limit: number): void {
  sendText(res, 413, `413 Payload Too Large: the limit is ${limit} bytes.`, {
    Connection: 'close',
  });
}
