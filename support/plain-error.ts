/**
 * An error whose message says everything: reports show the message, not a JavaScript stack.
 * For failures of the server under test and of its configuration, not for defects of the suite.
 */
export class PlainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    this.stack = `${this.name}: ${message}`;
  }
}
