import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  renderHtml,
  renderTerminal
} from "./chunk-IDKA6NIN.js";
import {
  renderJson,
  renderMarkdown
} from "./chunk-CYWH7RLO.js";

// src/app/publish-artifacts.ts
async function publishArtifacts(store, runId, report) {
  const forms = {
    "report.json": renderJson(report),
    "report.md": renderMarkdown(report),
    "report.html": renderHtml(report),
    "report.txt": renderTerminal(report, { color: false })
  };
  const written = {};
  for (const [name, content] of Object.entries(forms)) {
    written[name] = await store.writeArtifact(runId, name, content);
  }
  return written;
}

export {
  publishArtifacts
};
