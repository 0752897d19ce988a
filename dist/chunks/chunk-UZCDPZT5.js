import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  error,
  getInput,
  info,
  setFailed,
  warning
} from "./chunk-52F2NNLZ.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import {
  UserError,
  isUserError
} from "./chunk-NUCGBEER.js";

// src/entrypoints/action-support.ts
async function runAction(name, body) {
  info(`batchbench ${name} ${VERSION}`);
  try {
    await body();
  } catch (error2) {
    if (isUserError(error2)) {
      failWith(error2);
      return;
    }
    const err = error2 instanceof Error ? error2 : new Error(String(error2));
    setFailed(
      `batchbench ${name} failed unexpectedly: ${err.message}
${err.stack ?? ""}
This is a bug of batchbench, not of your experiment: please report it with this log.`
    );
  }
}
function failWith(error2) {
  const { file, line, column } = error2.location;
  const message = escapeTerminal(error2.hint ? `${error2.message} (${error2.hint})` : error2.message);
  if (file === void 0) {
    setFailed(message);
    return;
  }
  error(message, {
    file,
    ...line !== void 0 ? { startLine: line } : {},
    ...column !== void 0 ? { startColumn: column } : {},
    title: "batchbench"
  });
  process.exitCode = 1;
}
var VERSION = true ? "0.1.0" : "dev";
function lastResort(error2) {
  process.stderr.write(
    `batchbench: ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}
`
  );
  process.exitCode = 1;
}
function input(name, options = {}) {
  const value = getInput(name).trim();
  if (value === "" && options.required) throw new UserError(`input '${name}' is required`);
  return value === "" ? void 0 : value;
}
function booleanInput(name, fallback) {
  const value = getInput(name).trim().toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "1", "on"].includes(value)) return true;
  if (["false", "no", "0", "off"].includes(value)) return false;
  throw new UserError(`input '${name}' takes true or false, not '${value}'`);
}
function positiveIntInput(name) {
  const raw = input(name);
  if (raw === void 0) return void 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UserError(`input '${name}' takes a whole number of at least 1, not '${raw}'`);
  return n;
}
function listInput(name) {
  return (input(name) ?? "").split(/\s+/).filter((s) => s !== "");
}
function durationInput(name, fallbackSeconds) {
  const raw = input(name);
  if (raw === void 0) return fallbackSeconds;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw);
  const parts = [...raw.matchAll(/(\d+(?:\.\d+)?)\s*([hms])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("").replace(/\s/g, "") !== raw.replace(/\s/g, ""))
    throw new UserError(`input '${name}' takes a duration like 90m, 5h or 5h30m, not '${raw}'`);
  const unit = { h: 3600, m: 60, s: 1 };
  return parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2]], 0);
}
function workspace(env) {
  return env.GITHUB_WORKSPACE ?? process.cwd();
}
function annotate(problems) {
  for (const p of problems) {
    const props = {
      file: escapeTerminal(p.file),
      startLine: p.line,
      startColumn: p.column,
      title: "batchbench"
    };
    const message = escapeTerminal(p.hint ? `${p.message} (${p.hint})` : p.message);
    if (p.severity === "error") error(message, props);
    else warning(message, props);
  }
  return problems.filter((p) => p.severity === "error").length;
}

export {
  runAction,
  lastResort,
  input,
  booleanInput,
  positiveIntInput,
  listInput,
  durationInput,
  workspace,
  annotate
};
