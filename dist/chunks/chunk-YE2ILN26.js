import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/domain/experiment/units.ts
var DURATION_PATTERN = "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$";
var SIZE_PATTERN = "^\\s*\\d+(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$";
var DURATION_RE = new RegExp(DURATION_PATTERN);
var DURATION_PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/g;
var SECONDS = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400 };
var SIZE_RE = /^\s*(\d+(?:\.\d+)?)\s*(?:([kKmMgGtTpP])([iI]?))?[bB]\s*$/;
var POWER = { "": 0, k: 1, m: 2, g: 3, t: 4, p: 5 };
var MIB = 1024 * 1024;
function parseDuration(input) {
  if (typeof input === "number") return Number.isFinite(input) && input >= 0 ? input : void 0;
  if (!DURATION_RE.test(input)) return void 0;
  let total = 0;
  for (const m of input.matchAll(DURATION_PART)) {
    total += Number(m[1]) * SECONDS[m[2]];
  }
  return total;
}
function parseSize(input) {
  if (typeof input === "number")
    return Number.isFinite(input) && input >= 0 ? Math.round(input * MIB) : void 0;
  const m = SIZE_RE.exec(input);
  if (!m) return void 0;
  const power = POWER[(m[2] ?? "").toLowerCase()];
  const base = m[3] ? 1024 : 1e3;
  return Math.round(Number(m[1]) * base ** power);
}
function formatDuration(seconds) {
  if (seconds < 60) return `${Number(seconds.toFixed(1))}s`;
  const parts = [];
  let rest = Math.round(seconds);
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ]) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join("");
}

export {
  DURATION_PATTERN,
  SIZE_PATTERN,
  parseDuration,
  parseSize,
  formatDuration
};
