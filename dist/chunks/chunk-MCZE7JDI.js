import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/cli/flags.ts
import { parseArgs } from "node:util";
function usageError(command, message, hint) {
  return new UserError(message, {
    hint: hint ?? `batchbench ${command} --help shows its flags and examples`
  });
}
function parseFlags(argv, flags, command) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: flags,
      allowPositionals: true,
      strict: true
    });
    return { values, positionals };
  } catch (error) {
    const message = error.message.replace(/\. To specify a positional argument.*$/s, "");
    throw usageError(command, `${command}: ${message}`);
  }
}
var VALUE_FLAGS = [
  "backend",
  "budget",
  "cell",
  "concurrency",
  "day",
  "deadline",
  "format",
  "history-dir",
  "image-uri",
  "limit",
  "metric",
  "output",
  "prefix",
  "prices",
  "queue",
  "repeats",
  "resume",
  "runs-dir",
  "spot-queue",
  "store",
  "template",
  "test",
  "threshold",
  "week",
  "window"
];
var SWITCHES = [
  "allow-over-budget",
  "color",
  "dry-run",
  "force",
  "json",
  "no-color",
  "publish",
  "wait"
];
var FLAGS = Object.fromEntries([
  ...VALUE_FLAGS.map((name) => [name, { type: "string" }]),
  ...SWITCHES.map((name) => [name, { type: "boolean" }])
]);
function pickFlags(...names) {
  return Object.fromEntries(names.map((name) => [name, FLAGS[name]]));
}
var COLOR_FLAGS = pickFlags("color", "no-color");
function positiveInt(command, name, raw) {
  if (raw === void 0) return void 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw usageError(command, `--${name} takes a whole number of at least 1, not "${raw}"`);
  return n;
}
function single(args, command, what = "file") {
  if (args.length !== 1)
    throw usageError(command, `${command} takes one ${what}${args.length > 1 ? `, not ${args.length}` : ""}`);
  return args[0];
}

export {
  usageError,
  parseFlags,
  pickFlags,
  COLOR_FLAGS,
  positiveInt,
  single
};
