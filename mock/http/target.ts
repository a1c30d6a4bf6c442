/** The path of a request's target, or undefined when the target is no URL at all. */
export function requestPath(target: string | undefined): string | undefined {
  try {
    return new URL(target ?? '/', 'http://mock').pathname;
  } catch {
    return undefined;
  }
}
