import { randomUUID } from 'node:crypto';
import { AccountBook } from '../accounts.ts';
import { DEFAULT_LIMITS, type Limits, Mailbox } from './mailbox.ts';

/** The in-memory state of one mock server: one mailbox per account, keyed by SMTP address. */
export class Store {
  private readonly mailboxes = new Map<string, Mailbox>();

  constructor(
    limits: Limits = DEFAULT_LIMITS,
    readonly accounts: AccountBook = new AccountBook(),
  ) {
    for (const account of accounts.list) {
      const mailbox = new Mailbox(account.smtp, randomUUID(), limits, account.imList);
      this.mailboxes.set(account.smtp, mailbox);
    }
  }

  mailbox(smtp: string): Mailbox {
    const mailbox = this.mailboxes.get(smtp.toLowerCase());
    if (!mailbox) throw new Error(`no mailbox for ${smtp}`);
    return mailbox;
  }
}
