/**
 * The two ways a request can fail: a SOAP fault (HTTP 500, no response message) and a flat
 * error response message (`ResponseClass="Error"`). Both carry an EWS response code.
 */

/** Where a schema problem was found, for the fault's `t:MessageXml`. */
export interface SchemaViolation {
  line: number;
  position: number;
  violation: string;
}

/** Fault texts. Only ErrorIncorrectSchemaVersion and ErrorInvalidServerVersion follow EWS. */
export const FAULT_TEXT = {
  ErrorSchemaValidation: 'The request failed schema validation.',
  ErrorIncorrectSchemaVersion:
    'The request is valid but does not specify the correct server version in the ' +
    'RequestServerVersion SOAP header.  Ensure that the RequestServerVersion SOAP header is ' +
    'set with the correct RequestServerVersionValue.',
  ErrorInvalidServerVersion: 'The specified server version is invalid.',
  ErrorUnsupportedCulture: 'The mailbox culture is not supported by this server.',
  ErrorInvalidRequest: 'The request names an operation this server does not implement.',
  ErrorImpersonateUserDenied: 'The caller may not impersonate the requested mailbox.',
  ErrorNonExistentMailbox: 'The impersonated address does not belong to any mailbox.',
  ErrorInternalServerError: 'The mock EWS server failed while processing the request.',
} as const;

export type FaultCode = keyof typeof FAULT_TEXT;

export class SoapFault extends Error {
  constructor(
    readonly code: FaultCode,
    /** faultstring, and `detail/e:Message` for every code but ErrorSchemaValidation. */
    readonly faultString: string = FAULT_TEXT[code],
    readonly schema?: SchemaViolation,
  ) {
    super(faultString);
    this.name = 'SoapFault';
  }
}

/** An ErrorSchemaValidation fault for a violation. */
export function schemaFault(schema: SchemaViolation): SoapFault {
  const where = ` Line ${schema.line}, position ${schema.position}.`;
  const text = `The request failed schema validation: ${schema.violation}${where}`;
  return new SoapFault('ErrorSchemaValidation', text, schema);
}

/**
 * MessageText of the flat error responses. The texts down to ErrorItemNotFound are the ones
 * EWS sends (DOCS examples, facts 4); the rest are the mock's own.
 */
export const RESPONSE_TEXT = {
  ErrorInvalidIdMalformed: 'Id is malformed.',
  ErrorNonExistentMailbox: 'No mailbox with such guid.',
  ErrorInvalidImGroupId: 'The specified Im Group Id is invalid.',
  ErrorInvalidImContactId: 'The specified Im Contact Id is invalid.',
  ErrorInvalidImDistributionGroupSmtpAddress:
    'The specified IM distribution group SMTP address is invalid.',
  ErrorImGroupDisplayNameAlreadyExists:
    'An IM group with the specified display name already exists.',
  ErrorItemNotFound: 'The specified object was not found in the store.',
  ErrorInvalidIdEmpty: 'The Id attribute is empty.',
  ErrorImGroupLimitReached: 'This mailbox already holds the maximum number of IM groups.',
  ErrorImContactLimitReached: 'This mailbox already holds the maximum number of IM contacts.',
  ErrorFolderNotFound:
    'The IM contact list folder of this mailbox does not exist: its contact list was never ' +
    'migrated to Exchange.',
} as const;

export type ResponseErrorCode = keyof typeof RESPONSE_TEXT;

export class ResponseError extends Error {
  constructor(
    readonly code: ResponseErrorCode,
    /** Pre-rendered children of `MessageXml` (types-namespace elements, prefix `t:`). */
    readonly messageXml?: string,
  ) {
    super(RESPONSE_TEXT[code]);
    this.name = 'ResponseError';
  }
}
