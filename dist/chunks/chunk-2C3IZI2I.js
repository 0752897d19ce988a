import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/domain/run-busy.ts
var RunBusyError = class extends UserError {
  name = "RunBusyError";
};

// src/domain/unreadable-file.ts
var UnreadableFile = class extends UserError {
  constructor(file, reason, hint, cause) {
    super(`${file}: ${reason}`, {
      file,
      ...hint ? { hint } : {},
      ...cause === void 0 ? {} : { cause }
    });
    this.reason = reason;
    this.code = cause?.code;
    this.kind = this.code === "ENOENT" ? "missing" : this.code === void 0 ? "refused" : "system";
  }
  name = "UnreadableFile";
  /** The error code of the read that failed (ENOENT, EACCES...), when it was the system's refusal. */
  code;
  kind;
};

// src/adapters/read-user-file.ts
import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import path from "node:path";
var MAX_USER_FILE_BYTES = 16 * 1024 * 1024;
var PSEUDO_FILE_SYSTEMS = ["/proc", "/sys", "/dev"];
async function readUserFile(file, options) {
  return (await readUserBytes(file, options)).toString("utf8");
}
async function readUserBytes(file, options) {
  const refuse = (reason, cause) => new UnreadableFile(file, reason, options.hint, cause);
  if (file.includes("\0")) throw refuse("a file name cannot contain a NUL byte");
  const root = path.resolve(options.root);
  const named = path.resolve(root, file);
  let confine = root;
  if (!isInside(root, named)) {
    if (!options.allowNamedOutside)
      throw refuse("is outside the workspace; batchbench reads only files inside it");
    confine = path.dirname(named);
  }
  const real = await realpath(named).catch((error) => {
    throw refuse(
      error.code === "ENOENT" ? "no such file" : `cannot read the file (${error.code ?? "error"})`,
      error
    );
  });
  const realConfine = await realpath(confine).catch(() => confine);
  if (!isInside(realConfine, real))
    throw refuse("is a symbolic link to a place outside the workspace; batchbench does not follow it");
  if (PSEUDO_FILE_SYSTEMS.some((fs) => isInside(fs, real)))
    throw refuse("is a system file (/proc, /sys or /dev), not a file of yours; batchbench does not read it");
  return readRegularFile(real, options.maxBytes ?? MAX_USER_FILE_BYTES, refuse);
}
async function readRegularFile(file, maxBytes, refuse) {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(
    (error) => {
      throw refuse(`cannot read the file (${error.code ?? "error"})`, error);
    }
  );
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw refuse("is not a regular file (a folder, device, FIFO or socket)");
    if (info.size > maxBytes)
      throw refuse(`is ${info.size} bytes, more than the ${maxBytes} bytes batchbench reads`);
    const buffer = Buffer.alloc(info.size);
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
function isInside(folder, file) {
  const rel = path.relative(folder, file);
  return rel === "" || !rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel);
}

export {
  UnreadableFile,
  MAX_USER_FILE_BYTES,
  readUserFile,
  readUserBytes,
  isInside,
  RunBusyError
};
