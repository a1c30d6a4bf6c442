/**
 * tsx turns Node's source maps on, and Playwright captures a stack trace for every request it
 * sends: with source maps that costs about a quarter of a run against the mock. The suite's own
 * failures carry no stack (support/plain-error.ts), so maps are off unless EWS_DEBUG=1 asks for
 * stack traces that point into the TypeScript sources.
 */
if (process.env.EWS_DEBUG !== '1') process.setSourceMapsEnabled(false);
