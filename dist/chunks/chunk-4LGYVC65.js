import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  renderHtml,
  renderTerminal
} from "./chunk-K2FX43V4.js";
import {
  renderJson,
  renderMarkdown
} from "./chunk-ET2Z5CFO.js";

// src/app/publish-artifacts.ts
async function publishArtifacts(store, runId, report) {
  const forms = {
    "report.json": renderJson(report),
    "report.md": renderMarkdown(report),
    "report.html": renderHtml(report),
    "report.txt": renderTerminal(report, { color: false })
  };
  const names = Object.keys(forms);
  const where = await Promise.all(
    names.map((name) => store.writeArtifact(runId, name, forms[name]))
  );
  return Object.fromEntries(names.map((name, i) => [name, where[i]]));
}

export {
  publishArtifacts
};
