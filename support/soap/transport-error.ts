/**
 * Explains a request that got no HTTP answer at all, in plain words. Playwright's own error
 * text is never passed on: its call log repeats the request headers, credentials included.
 */
const CAUSES: Array<[RegExp, (m: RegExpExecArray, timeoutMs: number) => string]> = [
  [/ECONNREFUSED/, () => 'the connection was refused: nothing listens there; check EWS_URL'],
  [/ENOTFOUND|EAI_AGAIN/, () => 'the host name was not found; check EWS_URL'],
  [/Timeout \d+ms exceeded|ETIMEDOUT/, (_m, ms) => `no answer within ${ms} ms (EWS_TIMEOUT_MS)`],
  [/ECONNRESET|socket hang up|EPIPE/, () => 'the server closed the connection without answering'],
  [
    /self[- ]signed|unable to verify|certificate|CERT_|SSL|TLS/i,
    () =>
      "the server's TLS certificate is not trusted: add its CA with NODE_EXTRA_CA_CERTS, " +
      'or set EWS_INSECURE_TLS=1 to skip verification',
  ],
  [/Parse Error|HPE_/, () => 'the answer was not HTTP; check the scheme (http/https) of EWS_URL'],
];

function firstLine(message: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are stripped
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '').replace(/\[\d+m/g, '');
  return (plain.split('\n')[0] ?? '').replace(/^\w+\.\w+:\s*/, '').slice(0, 200);
}

export function explainTransportError(err: unknown, url: string, timeoutMs: number): string {
  const message = err instanceof Error ? err.message : String(err);
  const head = firstLine(message);
  for (const [pattern, explain] of CAUSES) {
    const m = pattern.exec(head);
    if (m) return `no HTTP answer from ${url}: ${explain(m, timeoutMs)} (${head})`;
  }
  return `no HTTP answer from ${url}: ${head}`;
}
