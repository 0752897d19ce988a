import { MAX_USER_FILE_BYTES, readUserBytes, type ReadUserFileOptions } from './read-user-file.js';
import { decodeSource, oversize, type EncodingProblem } from '../domain/experiment/encoding.js';
import { MAX_FILE_BYTES } from '../domain/experiment/yaml-source.js';
import { UserError } from '../domain/user-error.js';

/**
 * The text of a file the user wrote (an experiment or a campaign), read as strict UTF-8 and at
 * most one byte over the size limit: a huge file is refused without being read whole. A file that
 * is too large or not UTF-8 is the user's mistake, thrown as a UserError located in the file.
 */
export async function readSourceFile(file: string, options: ReadUserFileOptions): Promise<string> {
  // The safe read refuses symlinks out of the root, pseudo-files and anything that is not a regular
  // file; the size is checked against the file's own length before it is read whole.
  const bytes = await readUserBytes(file, { ...options, maxBytes: options.maxBytes ?? MAX_USER_FILE_BYTES });
  if (bytes.length > MAX_FILE_BYTES) refuse(oversize(bytes.length), file);
  const decoded = decodeSource(bytes);
  if ('problem' in decoded) refuse(decoded.problem, file);
  return decoded.text;
}

function refuse({ line, column, message, hint }: EncodingProblem, file: string): never {
  throw new UserError(message, { file, line, column, hint });
}
