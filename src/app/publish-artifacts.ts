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
  // Side by side: each is written whole and synced on its own, so none waits for another.
  const names = Object.keys(forms);
  const where = await Promise.all(
    names.map((name) => store.writeArtifact(runId, name, forms[name] as string)),
  );
  return Object.fromEntries(names.map((name, i) => [name, where[i] as string]));
}
