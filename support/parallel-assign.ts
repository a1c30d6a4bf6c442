import { setParallelCanAssign } from '@cucumber/cucumber';
import { canAssign } from './parallel.ts';

/**
 * Registers support/parallel.ts's rule with cucumber: in a parallel run, a scenario that changes
 * a mailbox all workers share waits until no other such scenario runs. Kept apart from
 * support/parallel.ts because the launcher imports that module before cucumber loads the support
 * code, and a registration made then would be lost.
 */
setParallelCanAssign(canAssign);
