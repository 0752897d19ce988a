import { open } from 'node:fs/promises';
import { decodeSource, oversize, type EncodingProblem } from '../domain/spec/encoding.js';
import { MAX_FILE_BYTES } from '../domain/spec/yaml-source.js';
import { UserError } from '../domain/user-error.js';

/**
 * The text of a file the user wrote (an experiment or a campaign), read as strict UTF-8 and at
 * most one byte over the size limit: a huge file is refused without being read whole. A file that
 * is too large or not UTF-8 is the user's mistake, thrown as a UserError located in the file.
 */
export async function readSourceFile(absolutePath: string, file: string): Promise<string> {
  const handle = await open(absolutePath, 'r');
  const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
  let length = 0;
  let size = 0;
  try {
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      read = (await handle.read(buffer, length, buffer.length - length, null)).bytesRead;
    }
    size = (await handle.stat()).size;
  } finally {
    await handle.close();
  }
  if (length > MAX_FILE_BYTES) refuse(oversize(Math.max(size, length)), file);
  const decoded = decodeSource(buffer.subarray(0, length));
  if ('problem' in decoded) refuse(decoded.problem, file);
  return decoded.text;
}

function refuse({ line, column, message, hint }: EncodingProblem, file: string): never {
  throw new UserError(message, { file, line, column, hint });
}
