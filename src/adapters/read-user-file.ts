import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { UnreadableFile } from '../domain/unreadable-file.js';

/**
 * The one way batchbench reads a file a user or a pull request names (experiment and campaign
 * files, price tables, base-branch reports). A pull request controls the files of the workspace,
 * symlinks included: `experiments/x.yaml -> /proc/self/environ` must not put the runner's tokens
 * into an annotation. So a file is read only when, after following every symlink, it is a regular
 * file inside `root`; pseudo-file systems (/proc, /sys, /dev) are refused wherever they are.
 */
export interface ReadUserFileOptions {
  /** The folder the file must stay in, symlinks followed: the workspace, or the CLI's working folder. */
  root: string;
  /**
   * The CLI's rule: a path the user typed that lies outside `root` (`/tmp/x.yaml`, `../x.yaml`) is
   * their explicit choice and is read, confined to that file's own folder. An action never allows it.
   */
  allowNamedOutside?: boolean;
  /** Refused above this size, before it is read whole. */
  maxBytes?: number;
  /** What the hint of a refusal suggests, e.g. "give the path of an experiment file". */
  hint?: string;
}

/** Files bigger than this are no experiment, price table or report batchbench wrote. */
export const MAX_USER_FILE_BYTES = 16 * 1024 * 1024;

const PSEUDO_FILE_SYSTEMS = ['/proc', '/sys', '/dev'];

// The error is the domain's (app code tells a file it could not read from a mistake inside one).
export { UnreadableFile } from '../domain/unreadable-file.js';

export async function readUserFile(file: string, options: ReadUserFileOptions): Promise<string> {
  return (await readUserBytes(file, options)).toString('utf8');
}

export async function readUserBytes(file: string, options: ReadUserFileOptions): Promise<Buffer> {
  const { handle, size } = await openUserFile(file, options);
  try {
    const buffer = Buffer.alloc(size);
    let at = 0;
    while (at < buffer.length) {
      const { bytesRead } = await handle.read(buffer, at, buffer.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return buffer.subarray(0, at);
  } finally {
    await handle.close();
  }
}

/**
 * The file as readUserBytes reads it, handed to `each` a chunk at a time (chunks may end
 * mid-line, mid-character): a large file is never held whole.
 */
export async function readUserChunks(
  file: string,
  options: ReadUserFileOptions,
  each: (chunk: Buffer) => void,
): Promise<void> {
  const { handle, size } = await openUserFile(file, options);
  try {
    const buffer = Buffer.alloc(Math.min(size, CHUNK_BYTES));
    for (let at = 0; at < size;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - at), at);
      if (bytesRead === 0) break;
      each(buffer.subarray(0, bytesRead));
      at += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

const CHUNK_BYTES = 1024 * 1024;

/** Opens `file` if, symlinks followed, it is a regular file of at most `maxBytes` where it may be. */
async function openUserFile(
  file: string,
  options: ReadUserFileOptions,
): Promise<{ handle: FileHandle; size: number }> {
  const refuse = (reason: string, cause?: unknown): UnreadableFile =>
    new UnreadableFile(file, reason, options.hint, cause);
  if (file.includes('\0')) throw refuse('a file name cannot contain a NUL byte');
  const root = path.resolve(options.root);
  const named = path.resolve(root, file);
  let confine = root;
  if (!isInside(root, named)) {
    if (!options.allowNamedOutside)
      throw refuse('is outside the workspace; batchbench reads only files inside it');
    confine = path.dirname(named);
  }
  const real = await realpath(named).catch((error: NodeJS.ErrnoException) => {
    throw refuse(
      error.code === 'ENOENT' ? 'no such file' : `cannot read the file (${error.code ?? 'error'})`,
      error,
    );
  });
  const realConfine = await realpath(confine).catch(() => confine);
  if (!isInside(realConfine, real))
    throw refuse('is a symbolic link to a place outside the workspace; batchbench does not follow it');
  if (PSEUDO_FILE_SYSTEMS.some((fs) => isInside(fs, real)))
    throw refuse('is a system file (/proc, /sys or /dev), not a file of yours; batchbench does not read it');
  return openRegularFile(real, options.maxBytes ?? MAX_USER_FILE_BYTES, refuse);
}

/** Opens `file` (no symlink left to follow) if it is a regular file of at most `maxBytes`. */
async function openRegularFile(
  file: string,
  maxBytes: number,
  refuse: (reason: string, cause?: unknown) => UnreadableFile,
): Promise<{ handle: FileHandle; size: number }> {
  // O_NONBLOCK: opening a FIFO must not hang until someone writes to it; the fstat refuses it.
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(
    (error: NodeJS.ErrnoException) => {
      throw refuse(`cannot read the file (${error.code ?? 'error'})`, error);
    },
  );
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw refuse('is not a regular file (a folder, device, FIFO or socket)');
    if (info.size > maxBytes)
      throw refuse(`is ${info.size} bytes, more than the ${maxBytes} bytes batchbench reads`);
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}
