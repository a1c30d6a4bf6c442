/** The schema cannot be had or does not compile; the message names where and why. */
export class SchemaError extends Error {}
