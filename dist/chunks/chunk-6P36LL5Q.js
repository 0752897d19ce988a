import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  usageError
} from "./chunk-TV3ET2OK.js";
import {
  renderHtml,
  renderTerminal
} from "./chunk-NWCAJ27L.js";
import {
  renderJson,
  renderMarkdown
} from "./chunk-LIEUDKFO.js";

// src/cli/color.ts
function useColor(values, env, stream) {
  if (values.color) return true;
  if (values["no-color"]) return false;
  if (values.output !== void 0) return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force !== "false";
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== "dumb";
}

// src/cli/output.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
var REPORT_FORMATS = ["terminal", "markdown", "json", "html"];
function chooseFormat(command, values, formats) {
  if (values.color && values["no-color"])
    throw usageError(command, "--color and --no-color contradict each other: give one of them");
  const format = values.format ?? (values.json ? "json" : formats[0]);
  if (!formats.includes(format))
    throw usageError(command, `${command} --format takes ${formats.join(", ")}, not "${values.format}"`);
  if (values.json && format !== "json")
    throw usageError(command, `--json asks for JSON, but --format asks for ${format}: give one of them`);
  return format;
}
function renderReport(command, report, values, io) {
  switch (chooseFormat(command, values, REPORT_FORMATS)) {
    case "terminal":
      return renderTerminal(report, { color: useColor(values, io.env, io.stdout) });
    case "markdown":
      return renderMarkdown(report);
    case "json":
      return renderJson(report);
    case "html":
      return renderHtml(report);
  }
}
async function emit(text, values, io) {
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
  else io.stdout.write(text.endsWith("\n") ? text : `${text}
`);
}
function emitJson(value, io) {
  io.stdout.write(`${JSON.stringify(value, null, 2)}
`);
}

export {
  useColor,
  REPORT_FORMATS,
  chooseFormat,
  renderReport,
  emit,
  emitJson
};
