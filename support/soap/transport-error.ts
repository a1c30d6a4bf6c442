/**
 * Explains a request that got no HTTP answer at all, in plain words. Playwright's own error
 * text is never passed on: its call log repeats the request headers, credentials included.
 */
/** Set by support/launch-tls.ts in the process it starts for EWS_CA_FILE. */
export const TRUSTED_CA_FILE = 'EWSCT_CA_FILE';

function untrusted(): string {
  const file = process.env[TRUSTED_CA_FILE];
  const tried = file ? `, not even with the CA of EWS_CA_FILE (${file})` : '';
  return (
    `the server's TLS certificate is not trusted${tried}: name the PEM file of the CA that ` +
    'issued it in EWS_CA_FILE, or set EWS_INSECURE_TLS=1 to skip verification'
  );
}

const CAUSES: Array<[RegExp, (m: RegExpExecArray, timeoutMs: number) => string]> = [
  [/ECONNREFUSED/, () => 'the connection was refused: nothing listens there; check EWS_URL'],
  [/ENOTFOUND|EAI_AGAIN/, () => 'the host name was not found; check EWS_URL'],
  [/Timeout \d+ms exceeded|ETIMEDOUT/, (_m, ms) => `no answer within ${ms} ms (EWS_TIMEOUT_MS)`],
  [/ECONNRESET|socket hang up|EPIPE/, () => 'the server closed the connection without answering'],
  [
    /altnames|does not match certificate|ERR_TLS_CERT_ALTNAME/i,
    () => "the server's TLS certificate names another host: use a name it lists in EWS_URL",
  ],
  [/self[- ]signed|unable to verify|certificate|CERT_|SSL|TLS/i, untrusted],
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
