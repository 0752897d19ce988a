import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  compareReports,
  comparisonOptions,
  renderComparisonMarkdown,
  runOutcome
} from "./chunk-IQJJB7MW.js";
import {
  DEFAULT_MARKDOWN_LIMIT,
  renderJson,
  renderMarkdown,
  reportMarker
} from "./chunk-5QKW43MP.js";
import {
  clip,
  escapeMarkdown
} from "./chunk-Y724BK2G.js";

// src/app/publish-report.ts
function composeReport(report, options = {}) {
  const markerKey = options.markerKey ?? report.experiment.name;
  const marker = reportMarker(markerKey);
  const comparison = options.baseline ? compareReports(options.baseline, report, comparisonOptions(report)) : void 0;
  const compare = comparison ? `
${renderComparisonMarkdown(comparison)}` : options.baselineNote ? `
_${escapeMarkdown(clip(options.baselineNote, 300))}_
` : "";
  const pendingNote = options.unfinished && options.unfinished > 0 ? `
> [!NOTE]
> ${options.unfinished} jobs were still running when this was written; the report updates when they are collected.
` : "";
  const markdown = renderMarkdown(report, {
    marker: markerKey,
    limit: DEFAULT_MARKDOWN_LIMIT - compare.length - pendingNote.length
  }) + pendingNote + compare;
  const conclusion = options.unfinished && options.unfinished > 0 ? void 0 : runOutcome(report, comparison).conclusion;
  return {
    marker,
    markdown,
    json: renderJson(report),
    ...conclusion ? { conclusion } : {},
    title: titleOf(report, conclusion)
  };
}
function conclusionOf(report) {
  return runOutcome(report).conclusion;
}
function titleOf(report, conclusion) {
  const r = report.run;
  const missed = report.targets.filter((t) => t.status === "missed").length;
  const met = report.targets.filter((t) => t.status === "met").length;
  const jobs = `${r.jobsSucceeded}/${r.jobsPlanned} jobs succeeded`;
  const targets = report.targets.length > 0 ? `, targets ${met} met, ${missed} missed` : "";
  return `${conclusion === void 0 ? "running: " : ""}${jobs}${targets}`;
}
async function publishReport(publication, publisher) {
  const log = [];
  await publisher.artifacts?.(publication);
  await publisher.summary(publication.markdown);
  publisher.outputs?.({
    markdown: publication.markdown,
    "report-json": publication.json,
    conclusion: publication.conclusion ?? "pending"
  });
  if (publisher.comment) log.push(await publisher.comment(publication.marker, publication.markdown));
  if (publisher.check) log.push(await publisher.check(publication));
  return log;
}
function parseReport(text, where) {
  let model;
  try {
    model = JSON.parse(text);
  } catch {
    model = void 0;
  }
  if (model?.schemaVersion !== 1 || !Array.isArray(model.cells) || typeof model.run !== "object")
    throw new Error(`${where} is not a batchbench report.json`);
  return model;
}
async function publishRun(req, deps) {
  const { report, origin } = req;
  const experiment = report.experiment.name;
  let baseline = req.baseline;
  let baselineNote = req.baselineNote;
  const base = origin?.pullRequest?.baseRef;
  if (!baseline && !baselineNote && base) {
    baseline = await storedBranchReport(deps, experiment, base);
    if (!baseline) baselineNote = `No results of the base branch ${base} yet: nothing to compare with.`;
  }
  if (baselineNote) deps.log(baselineNote);
  const publication = composeReport(report, {
    ...baseline ? { baseline } : {},
    ...baselineNote && !baseline ? { baselineNote } : {},
    ...req.unfinished > 0 ? { unfinished: req.unfinished } : {},
    ...origin?.commentKey ? { markerKey: origin.commentKey } : {}
  });
  for (const line of await publishReport(publication, deps.publisher)) deps.log(line);
  const complete = req.unfinished === 0 && report.run.status === "complete";
  if (complete && origin?.branch && !origin.pullRequest) {
    const current = await storedBranchReport(deps, experiment, origin.branch);
    if (current && current.run.startedAt > report.run.startedAt) {
      deps.log(`branch ${origin.branch} keeps the report of ${current.run.id}, a run started later`);
    } else {
      const where = await deps.store.writeBranchReport(experiment, origin.branch, publication.json);
      deps.log(`kept as the latest report of branch ${origin.branch}: ${where}`);
    }
  }
  if (req.markPublished && req.unfinished === 0)
    await deps.store.updateManifest(report.run.id, { publishedAt: new Date(deps.now()).toISOString() });
  return publication;
}
async function storedBranchReport(deps, experiment, branch) {
  const text = await deps.store.readBranchReport(experiment, branch);
  if (text === void 0) return void 0;
  try {
    return parseReport(text, `the latest report of branch ${branch}`);
  } catch (error) {
    deps.log(error.message);
    return void 0;
  }
}

export {
  conclusionOf,
  parseReport,
  publishRun
};
