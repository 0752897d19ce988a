import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  pickFlags,
  usageError
} from "./chunk-MCZE7JDI.js";
import {
  renderHtml,
  renderTerminal
} from "./chunk-K2FX43V4.js";
import {
  renderJson,
  renderMarkdown
} from "./chunk-ET2Z5CFO.js";

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
var OUTPUT_FLAGS = pickFlags("format", "json", "output");
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
function renderDocument(command, doc, renderers, values, io) {
  const render = renderers[chooseFormat(command, values, REPORT_FORMATS)];
  return render(doc, { color: useColor(values, io.env, io.stdout) });
}
var REPORT_RENDERERS = {
  terminal: (report, { color }) => renderTerminal(report, { color }),
  markdown: (report) => renderMarkdown(report),
  json: renderJson,
  html: renderHtml
};
function renderReport(command, report, values, io) {
  return renderDocument(command, report, REPORT_RENDERERS, values, io);
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
  OUTPUT_FLAGS,
  chooseFormat,
  renderDocument,
  renderReport,
  emit,
  emitJson
};
