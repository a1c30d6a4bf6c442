/**
 * One kept-alive HTTP(S) connection to a mock, for the tests of connection-bound NTLM: every
 * request goes over the same socket (the test can check that it did), optionally trusting a CA.
 */
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';

export interface ConnectionReply {
  status: number;
  headers: IncomingMessage['headers'];
  text: string;
  /** The `WWW-Authenticate` lines, one entry each. */
  offers: string[];
  /** The socket the request went over. */
  socket: Socket;
}

export class Connection {
  private readonly agent: Agent;
  private readonly secure: boolean;

  constructor(
    private readonly url: string,
    ca?: string,
  ) {
    this.secure = url.startsWith('https:');
    const settings = { keepAlive: true, maxSockets: 1 };
    this.agent = this.secure ? new HttpsAgent({ ...settings, ca }) : new Agent(settings);
  }

  post(body: string, authorization?: string): Promise<ConnectionReply> {
    const headers: Record<string, string> = { 'Content-Type': 'text/xml; charset=utf-8' };
    if (authorization !== undefined) headers.Authorization = authorization;
    const send = this.secure ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(this.url, { method: 'POST', headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            offers: res.headersDistinct['www-authenticate'] ?? [],
            socket: req.socket as Socket,
          }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
