import { UserError } from './user-error.js';

/**
 * A run another process drives (runs, submits or collects): the message names that process.
 * A user error, except where a caller can wait for it or try later instead (collect).
 */
export class RunBusyError extends UserError {
  override name = 'RunBusyError';
}
