/**
 * An error whose message says everything: reports show the message, not a JavaScript stack.
 * For failures of the server under test and of its configuration, not for defects of the suite.
 */
export class PlainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    // No stack at all: cucumber then shows the message as it is, and does not run its stack
    // parser over it (whose regular expression takes seconds on long lines with quotes).
    this.stack = undefined;
  }
}
