import { SoapFault } from '../errors.ts';
import { messageBoolean, type Operation } from './types.ts';

/**
 * SetImListMigrationCompleted (facts 4.13, "not intended for public use"): stores the flag
 * for the mailbox. No operation reads it back and it changes no other behaviour (policy
 * `migration-flag: stored-only`). Base children only.
 */
export const setImListMigrationCompleted: Operation = {
  name: 'SetImListMigrationCompleted',
  run(request, { mailbox, deviations }) {
    if (deviations.has('migration-flag-fault')) throw new SoapFault('ErrorInternalServerError');
    if (deviations.has('migration-flag-not-stored')) return '';
    mailbox.migrationCompleted = messageBoolean(request, 'ImListMigrationCompleted');
    return '';
  },
};
