/**
 * The user's mistake (a missing input, an invalid experiment file, no permission): reported as
 * a failed step with its message alone. Anything else is a bug of batchbench and is reported
 * with its stack, so that it can be filed.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}
