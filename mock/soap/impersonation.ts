import { type Account, type AccountBook, mayActAs } from '../accounts.ts';
import { SoapFault } from '../errors.ts';
import type { Impersonation } from './headers.ts';

/**
 * The account whose mailbox the request acts in. Without `t:ExchangeImpersonation` that is the
 * caller. An address (SMTP, UPN or SID) of no account is an ErrorNonExistentMailbox fault; a
 * known mailbox the caller has no rights over is ErrorImpersonateUserDenied.
 */
export function actingAccount(
  caller: Account,
  accounts: AccountBook,
  impersonation?: Impersonation,
): Account {
  if (!impersonation) return caller;
  const target = accounts.find(impersonation.value);
  if (!target) {
    const { kind, value } = impersonation;
    throw new SoapFault('ErrorNonExistentMailbox', `No mailbox has the ${kind} '${value}'.`);
  }
  if (!mayActAs(caller, target)) throw new SoapFault('ErrorImpersonateUserDenied');
  return target;
}
