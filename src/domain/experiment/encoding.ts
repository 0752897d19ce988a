import type { SourcePosition } from './experiment.js';
import { MAX_FILE_BYTES } from './yaml-source.js';

export interface EncodingProblem extends SourcePosition {
  message: string;
  hint: string;
}

const SAVE_AS_UTF8 = 'save the file as UTF-8 (without NUL or other control characters) and try again';

/** A file over the size limit, refused before it is read whole or parsed. */
export function oversize(bytes: number): EncodingProblem {
  return {
    line: 1,
    column: 1,
    message: `file is ${bytes} bytes, over the ${MAX_FILE_BYTES}-byte limit for an experiment file`,
    hint: 'keep work lists and data out of the experiment file; reference them from run.command',
  };
}

/**
 * The text of an experiment or campaign file, read strictly: UTF-8 only (a UTF-8 byte-order mark
 * is allowed and dropped), no NUL. Bytes that are not UTF-8 (Latin-1, UTF-16) are refused at the
 * first bad byte, never turned into U+FFFD. Linear in the size; the size itself is capped first.
 */
export function decodeSource(bytes: Uint8Array): { text: string } | { problem: EncodingProblem } {
  if (bytes.length > MAX_FILE_BYTES) return { problem: oversize(bytes.length) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { line: 1, column: 1, message: 'the file is UTF-16, not UTF-8', hint: SAVE_AS_UTF8 } };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const bad = firstInvalidByte(bytes, bom);
  if (bad !== undefined) {
    const at = positionOfByte(bytes, bom, bad);
    const utf16 = bytes[bad] === 0 && (bad % 2 === 1 ? bytes[bad - 1] !== 0 : bytes[bad + 1] !== 0);
    const message =
      bytes[bad] === 0
        ? utf16 && bad < 4
          ? 'the file looks like UTF-16 (NUL bytes between the letters), not UTF-8'
          : 'the file holds a NUL byte'
        : `byte 0x${(bytes[bad] as number).toString(16).padStart(2, '0')} is not UTF-8 (a Latin-1 or Windows-1252 file?)`;
    return { problem: { ...at, message, hint: SAVE_AS_UTF8 } };
  }
  return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
}

/** The offset of the first byte that is NUL or not part of well-formed UTF-8. */
function firstInvalidByte(bytes: Uint8Array, from: number): number | undefined {
  for (let i = from; i < bytes.length;) {
    const b = bytes[i] as number;
    if (b === 0) return i;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1] as number;
    // Overlong forms, surrogates and code points past U+10FFFF are refused at their first byte.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return undefined;
}

/** Line and column (UTF-16 code units, 1-based) of a byte, counted over the valid text before it. */
function positionOfByte(bytes: Uint8Array, from: number, offset: number): SourcePosition {
  let line = 1;
  let lineStart = from;
  for (let i = from; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}
