import type { ReportModel } from '../domain/report/model.js';
import { renderHtml } from '../domain/report/html.js';
import { renderJson } from '../domain/report/json.js';
import { renderMarkdown } from '../domain/report/markdown.js';
import { renderTerminal } from '../domain/report/terminal.js';
import type { RunStore } from '../ports/run-store.js';

/** Writes the report in every form beside the run, rendered once from one model. */
export async function publishArtifacts(
  store: RunStore,
  runId: string,
  report: ReportModel,
): Promise<Record<string, string>> {
  const forms: Record<string, string> = {
    'report.json': renderJson(report),
    'report.md': renderMarkdown(report),
    'report.html': renderHtml(report),
    'report.txt': renderTerminal(report, { color: false }),
  };
  const written: Record<string, string> = {};
  for (const [name, content] of Object.entries(forms)) {
    written[name] = await store.writeArtifact(runId, name, content);
  }
  return written;
}
