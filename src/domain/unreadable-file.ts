import { UserError } from './user-error.js';

/**
 * Why a file could not be read at all: it is not there; batchbench refused it (a symlink out of
 * the workspace, a system file, not a regular file, too large, a NUL in its name); or the system
 * refused the read (EACCES...).
 */
export type UnreadableKind = 'missing' | 'refused' | 'system';

/**
 * A file that could not be opened and read, whatever its content: a user error about the file as
 * a whole, never located inside it. `reason` is the message without the file name.
 */
export class UnreadableFile extends UserError {
  override name = 'UnreadableFile';
  /** The error code of the read that failed (ENOENT, EACCES...), when it was the system's refusal. */
  readonly code: string | undefined;
  readonly kind: UnreadableKind;

  constructor(
    file: string,
    readonly reason: string,
    hint?: string,
    cause?: unknown,
  ) {
    super(`${file}: ${reason}`, {
      file,
      ...(hint ? { hint } : {}),
      ...(cause === undefined ? {} : { cause }),
    });
    this.code = (cause as { code?: string } | undefined)?.code;
    this.kind = this.code === 'ENOENT' ? 'missing' : this.code === undefined ? 'refused' : 'system';
  }
}
