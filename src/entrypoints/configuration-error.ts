// The one user-error type lives in the domain so that every layer can throw it; this name is
// kept while the entry points move over to it.
export { UserError as ConfigurationError } from '../domain/user-error.js';
