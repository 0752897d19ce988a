import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  clip
} from "./chunk-2EARJU2W.js";
import {
  info,
  setOutput,
  summary
} from "./chunk-52F2NNLZ.js";

// src/adapters/github/step-limits.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var SUMMARY_LIMIT = 1024 * 1024;
var INLINE_OUTPUT_LIMIT = 256 * 1024;
var NOTE_RESERVE = 8 * 1024;
async function appendSummary(parts, options = {}) {
  const list = typeof parts === "string" ? [{ title: "the report", markdown: parts }] : parts;
  const heading = options.heading ?? "";
  const used = summarySize(options.env ?? process.env);
  const whole = heading + list.map((p) => p.markdown).join("\n");
  const text = used + bytes(whole) + 1 <= SUMMARY_LIMIT ? whole : fold(list, heading, SUMMARY_LIMIT - used, options.rest);
  if (text === "") return;
  await summary.addRaw(text.endsWith("\n") ? text : `${text}
`).write();
}
function fold(list, heading, room, rest) {
  const budget = room - NOTE_RESERVE;
  if (budget <= 0) return "";
  let text = heading;
  let kept = 0;
  for (const part of list) {
    const next = `${text}${kept > 0 ? "\n" : ""}${part.markdown}`;
    if (bytes(next) > budget) break;
    text = next;
    kept++;
  }
  let cut = false;
  if (kept === 0 && list[0]) {
    text = cutAtLine(`${text}${list[0].markdown}`, budget);
    cut = true;
  }
  const left = list.slice(cut ? 1 : kept);
  const names = left.slice(0, 40).map((p) => clip(p.title, 100));
  const more = left.length > names.length ? `, and ${left.length - names.length} more` : "";
  const what = cut ? `${list[0]?.title ?? "the text"} is cut short${left.length > 0 ? `, and ${left.length} more parts are left out: ${names.join(", ")}${more}` : ""}` : `${left.length} of ${list.length} parts are left out: ${names.join(", ")}${more}`;
  const note = `

> [!NOTE]
> This summary stops here to stay within GitHub's limit of 1 MiB for a step's summary: ${what}.${rest ? ` ${rest}` : ""}
`;
  return `${text}${clipBytes(note, NOTE_RESERVE - 16)}`;
}
function cutAtLine(text, max) {
  const head = clipBytes(text, max);
  const nl = head.lastIndexOf("\n");
  return nl > 0 ? head.slice(0, nl) : head;
}
function clipBytes(text, max) {
  const buf = Buffer.from(text, "utf8");
  if (buf.length <= max) return text;
  return buf.subarray(0, max).toString("utf8").replace(/\uFFFD$/, "");
}
function summarySize(env) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return 0;
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
function bytes(text) {
  return Buffer.byteLength(text, "utf8");
}
function setLargeOutput(name, value, options = {}) {
  const env = options.env ?? process.env;
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), "batchbench-outputs");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${randomBytes(4).toString("hex")}.${options.extension ?? "json"}`);
  writeFileSync(file, value);
  setOutput(`${name}-file`, file);
  if (bytes(value) <= INLINE_OUTPUT_LIMIT) {
    setOutput(name, value);
    return file;
  }
  const smaller = options.smaller?.();
  const inline = smaller !== void 0 && bytes(smaller) <= INLINE_OUTPUT_LIMIT;
  if (inline) setOutput(name, smaller);
  info(
    `the ${name} output is ${bytes(value)} bytes, more than the ${INLINE_OUTPUT_LIMIT} an output keeps: ${inline ? `${name} holds a shortened form, ` : `${name} is left empty, `}and ${name}-file (${file}) holds all of it`
  );
  return file;
}

export {
  appendSummary,
  setLargeOutput
};
