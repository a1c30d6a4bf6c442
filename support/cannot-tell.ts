import { PlainError } from './plain-error.ts';

/**
 * Thrown when a scenario cannot judge the server at all, for a reason outside the operation
 * under test: throttling that outlasted every retry, a mailbox whose IM list was never
 * migrated (pitfall P15). Its scenario ends "cannot tell" with the message as the reason; it is
 * neither a pass nor a failure, and does not fail the run.
 */
export class CannotTellError extends PlainError {}

/** The error type as the cucumber message stream records it (`exception.type`). */
export const CANNOT_TELL_TYPE = 'CannotTellError';
