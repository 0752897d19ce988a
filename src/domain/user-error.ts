/**
 * Where in the user's input a mistake is: 1-based line and column. The column counts UTF-16 code
 * units (as JavaScript, LSP and VS Code do) and points at the start of the token at fault; see
 * docs/experiment-file-limits.md.
 */
export interface UserErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * The user's mistake (a bad flag, an invalid experiment file, an unknown run id, a missing
 * permission): the CLI exits 2 with the message alone, an action annotates it and fails the step.
 * Anything else thrown is a bug of batchbench and is shown with its stack so that it can be filed.
 * Pure, so every layer can throw it.
 */
export class UserError extends Error {
  override name = 'UserError';
  readonly location: UserErrorLocation;
  /** What to do about it, one sentence. */
  readonly hint?: string;

  constructor(message: string, options: UserErrorLocation & { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const { file, line, column, hint } = options;
    this.location = { file, line, column };
    this.hint = hint;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
