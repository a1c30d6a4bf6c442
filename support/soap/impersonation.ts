import { NS } from '../xml/namespaces.ts';

/**
 * Routing for impersonated requests (pitfall P06): the `X-AnchorMailbox` HTTP header naming
 * the mailbox acted in, and, for exact request bytes, the `ExchangeImpersonation` header block
 * put into the envelope's `soap:Header` (made when missing) without touching anything else.
 */
export function anchorHeaders(mailbox: string | undefined): Record<string, string> {
  return mailbox === undefined ? {} : { 'X-AnchorMailbox': mailbox };
}

function block(mailbox: string): string {
  const escaped = mailbox.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<t:ExchangeImpersonation xmlns:t="${NS.t}"><t:ConnectingSID>` +
    `<t:PrimarySmtpAddress>${escaped}</t:PrimarySmtpAddress>` +
    '</t:ConnectingSID></t:ExchangeImpersonation>'
  );
}

const ENVELOPE = /<(?:([\w.-]+):)?Envelope\b[^>]*>/;

/**
 * The request with the impersonation block, or unchanged when it already has one or has no
 * recognisable SOAP envelope (a deliberately broken request stays as the feature wrote it).
 */
export function withImpersonation(xml: string, mailbox: string): string {
  if (/ExchangeImpersonation\b/.test(xml)) return xml;
  const envelope = ENVELOPE.exec(xml);
  if (!envelope) return xml;
  const prefix = envelope[1] ? `${envelope[1]}:` : '';
  const header = new RegExp(`<${prefix}Header\\b[^>]*?(/?)>`).exec(xml);
  if (header) {
    const at = header.index + header[0].length;
    if (header[1] === '/') {
      const open = header[0].replace(/\s*\/>$/, '>');
      const filled = `${open}${block(mailbox)}</${prefix}Header>`;
      return xml.slice(0, header.index) + filled + xml.slice(at);
    }
    return xml.slice(0, at) + block(mailbox) + xml.slice(at);
  }
  const at = envelope.index + envelope[0].length;
  return `${xml.slice(0, at)}<${prefix}Header>${block(mailbox)}</${prefix}Header>${xml.slice(at)}`;
}
