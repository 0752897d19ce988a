import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  MAX_FILE_BYTES
} from "./chunk-SAVLUPNP.js";
import {
  MAX_USER_FILE_BYTES,
  readUserBytes
} from "./chunk-2C3IZI2I.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/domain/experiment/encoding.ts
var SAVE_AS_UTF8 = "save the file as UTF-8 (without NUL or other control characters) and try again";
function oversize(bytes) {
  return {
    line: 1,
    column: 1,
    message: `file is ${bytes} bytes, over the ${MAX_FILE_BYTES}-byte limit for an experiment file`,
    hint: "keep work lists and data out of the experiment file; reference them from run.command"
  };
}
function decodeSource(bytes) {
  if (bytes.length > MAX_FILE_BYTES) return { problem: oversize(bytes.length) };
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return { problem: { line: 1, column: 1, message: "the file is UTF-16, not UTF-8", hint: SAVE_AS_UTF8 } };
  }
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const bad = firstInvalidByte(bytes, bom);
  if (bad !== void 0) {
    const at = positionOfByte(bytes, bom, bad);
    const utf16 = bytes[bad] === 0 && (bad % 2 === 1 ? bytes[bad - 1] !== 0 : bytes[bad + 1] !== 0);
    const message = bytes[bad] === 0 ? utf16 && bad < 4 ? "the file looks like UTF-16 (NUL bytes between the letters), not UTF-8" : "the file holds a NUL byte" : `byte 0x${bytes[bad].toString(16).padStart(2, "0")} is not UTF-8 (a Latin-1 or Windows-1252 file?)`;
    return { problem: { ...at, message, hint: SAVE_AS_UTF8 } };
  }
  return { text: new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes) };
}
function firstInvalidByte(bytes, from) {
  for (let i = from; i < bytes.length; ) {
    const b = bytes[i];
    if (b === 0) return i;
    if (b < 128) {
      i++;
      continue;
    }
    const length = b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1];
    const low = b === 224 ? 160 : b === 240 ? 144 : 128;
    const high = b === 237 ? 159 : b === 244 ? 143 : 191;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const c = bytes[i + k];
      if (c < 128 || c > 191) return i;
    }
    i += length;
  }
  return void 0;
}
function positionOfByte(bytes, from, offset) {
  let line = 1;
  let lineStart = from;
  for (let i = from; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

// src/adapters/source-file.ts
async function readSourceFile(file, options) {
  const bytes = await readUserBytes(file, { ...options, maxBytes: options.maxBytes ?? MAX_USER_FILE_BYTES });
  if (bytes.length > MAX_FILE_BYTES) refuse(oversize(bytes.length), file);
  const decoded = decodeSource(bytes);
  if ("problem" in decoded) refuse(decoded.problem, file);
  return decoded.text;
}
function refuse({ line, column, message, hint }, file) {
  throw new UserError(message, { file, line, column, hint });
}

export {
  readSourceFile
};
