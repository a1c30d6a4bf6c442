import type { Config, Credentials } from './config.ts';
import { ImApi } from './ews/im-api.ts';
import type { SoapClient } from './soap/client.ts';
import { envelope } from './soap/envelope.ts';
import { anchorHeaders } from './soap/impersonation.ts';

/**
 * The IM-list calls for one account outside a scenario (`npm run cleanup`, tests): plain
 * requests with the configured schema version, acting in the impersonated mailbox when
 * EWS_IMPERSONATE names one (with its X-AnchorMailbox header).
 */
export interface MailboxAccess {
  account: Credentials;
  /** The mailbox the account acts in by impersonation, if any. */
  impersonate?: string | undefined;
}

export function mailboxApi(
  client: SoapClient,
  version: Config['version'],
  access: MailboxAccess,
): ImApi {
  const { account, impersonate } = access;
  return new ImApi(async (_who, operation, body) => {
    const xml = envelope({ version, ...(impersonate ? { impersonate } : {}) }, body);
    const posted = await client.post(account, operation, xml, anchorHeaders(impersonate));
    return { ...posted, account: 'first', mailbox: 'first', claimed: false, phase: 'cleanup' };
  });
}
