import type { RunFacts } from './conformance-scenarios.ts';
import type { TargetInfo, TlsMode } from './conformance-types.ts';

/**
 * The report's header facts that the message stream holds: the endpoint the exchanges went to
 * and the server version from the first ServerVersionInfo seen.
 */
const POST = /^> POST (\S+)$/m;
const SERVER_VERSION = /<(?:[\w.-]+:)?ServerVersionInfo\b([^>]*)>/;

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

export function serverVersionOf(text: string): string | undefined {
  const attrs = SERVER_VERSION.exec(text)?.[1];
  if (attrs === undefined) return undefined;
  const parts = ['MajorVersion', 'MinorVersion', 'MajorBuildNumber', 'MinorBuildNumber']
    .map((n) => attribute(attrs, n))
    .filter((p) => p !== undefined);
  const version = attribute(attrs, 'Version');
  const build = parts.join('.');
  if (build && version) return `${build} (${version})`;
  return build || version;
}

/** The URL without user name, password, query or fragment. */
export function withoutCredentials(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.href;
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//');
  }
}

function exchangesInOrder(facts: RunFacts) {
  return facts.scenarios.flatMap((s) => s.exchanges).sort((a, b) => a.order - b.order);
}

export function firstServerVersion(facts: RunFacts): string | undefined {
  for (const x of exchangesInOrder(facts)) {
    const v = serverVersionOf(x.text);
    if (v) return v;
  }
  return undefined;
}

export function firstUrl(facts: RunFacts): string | undefined {
  for (const x of exchangesInOrder(facts)) {
    const url = POST.exec(x.text)?.[1];
    if (url) return url;
  }
  return undefined;
}

export interface TargetContext {
  /** The configured endpoint; for the embedded mock, the exchanges name it. */
  url?: string;
  embedded: boolean;
  requestedVersion: string;
  insecureTls: boolean;
}

export function tlsMode(url: string, insecure: boolean): TlsMode {
  if (url.startsWith('http:')) return 'plain http';
  return insecure ? 'insecure' : 'verified';
}

export function targetInfo(facts: RunFacts, ctx: TargetContext): TargetInfo {
  const url = withoutCredentials(ctx.url ?? firstUrl(facts) ?? 'unknown');
  const serverVersion = firstServerVersion(facts);
  return {
    url,
    embedded: ctx.embedded,
    ...(serverVersion ? { serverVersion } : {}),
    requestedVersion: ctx.requestedVersion,
    tls: tlsMode(url, ctx.insecureTls),
  };
}
