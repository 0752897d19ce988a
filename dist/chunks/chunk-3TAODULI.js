import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  appendSummary
} from "./chunk-BHI37NSG.js";
import {
  formatCount,
  formatSeconds,
  formatTotalUsd,
  formatUsd,
  markdownTable,
  plural
} from "./chunk-XQA4ZAUC.js";
import {
  clip,
  escapeMarkdown
} from "./chunk-2EARJU2W.js";
import {
  annotate
} from "./chunk-UZCDPZT5.js";
import {
  loadExperimentFile
} from "./chunk-NZPLPDYM.js";
import {
  pricesAt
} from "./chunk-YYVGTQZX.js";
import {
  hasErrors
} from "./chunk-SIQR2AZH.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/domain/report/plan-markdown.ts
var MAX_ROWS = 60;
function renderPlanMarkdown(plan) {
  const repeats = Math.max(1, ...plan.jobs.map((j) => j.repeat));
  const bound = (basis) => basis === "timeout" ? "\u2264 " : "";
  const rows = plan.estimates.slice(0, MAX_ROWS).map((e) => {
    const compute = plan.jobs.find((j) => j.cellId === e.cellId && j.stage === e.stage)?.compute;
    const runsOn = compute ? `${compute.backend}${compute.instanceType ? ` ${compute.instanceType}` : ""} ${compute.capacity}` : "";
    return [
      escapeMarkdown(clip(e.stage, 100)),
      escapeMarkdown(clip(e.cellId, 200)),
      formatCount(e.jobs * repeats),
      formatCount(e.vcpus),
      escapeMarkdown(runsOn),
      `${bound(e.basis)}${formatSeconds(e.seconds)}`,
      e.usd === null ? "unknown" : `${bound(e.basis)}${formatUsd(e.usd * repeats)}`
    ];
  });
  const t = plan.totals;
  const worstCase = plan.estimates.some((e) => e.basis === "timeout");
  const about = worstCase ? "at most" : "about";
  const lines = [
    `### Plan \xB7 ${escapeMarkdown(clip(plan.experiment, 200))}`,
    "",
    `<sub>file ${escapeMarkdown(clip(plan.file, 200))}</sub>`,
    "",
    `**${plural(t.jobs, "job")}** in ${plural(t.cells, "cell")} \xD7 ${plural(plan.stages.length, "stage")} \xB7 **${t.vcpuHours.toFixed(2)} vCPU-hours** \xB7 peak ${formatCount(t.peakVcpus)} vCPUs` + (t.uncappedPeakVcpus === void 0 ? "" : ` (budget.max-vcpus; ${formatCount(t.uncappedPeakVcpus)} if every job of a stage ran at once)`) + ` \xB7 time ${about} ${formatSeconds(t.seconds)} \xB7 **estimated cost ${t.usd === null ? "" : `${about} `}${formatTotalUsd(t.usd)}** (compute ${formatTotalUsd(t.computeUsd)}, storage ${formatTotalUsd(t.storageUsd)}, transfer ${formatTotalUsd(t.transferUsd)})`,
    "",
    markdownTable([["stage", "cell", "jobs", "vCPUs", "runs on", "time/repeat", "cost"], ...rows], {
      align: ["l", "l", "r", "r", "l", "r", "r"],
      alignDelimiters: false
    })
  ];
  if (plan.estimates.length > MAX_ROWS) {
    lines.push("", `_${plan.estimates.length - MAX_ROWS} more rows in the \`plan\` output._`);
  }
  for (const why of t.unpriced ?? []) lines.push("", `_Cost unknown: ${escapeMarkdown(clip(why, 300))}._`);
  if (worstCase) lines.push("", "_Bounds from the jobs' timeouts: no earlier run has measured them._");
  if (plan.sensitivity) lines.push("", `Detectable: ${escapeMarkdown(plan.sensitivity.statement)}`);
  for (const w of plan.warnings) lines.push("", `> [!WARNING]
> ${escapeMarkdown(clip(w, 1e3))}`);
  lines.push("", `<sub>prices: ${escapeMarkdown(clip(plan.priceSnapshot, 200))}</sub>`);
  return `${lines.join("\n")}
`;
}

// src/entrypoints/validate-files.ts
async function validateFiles(files, options) {
  const prices = await pricesAt(options.prices, options.cwd);
  const results = [];
  for (const file of files)
    results.push(
      await loadExperimentFile(file, {
        cwd: options.cwd,
        prices,
        ...options.repeats ? { repeats: options.repeats } : {}
      })
    );
  for (const r of results) annotate(r.problems);
  const parts = results.map((r) => {
    const errors = r.problems.filter((p) => p.severity === "error").length;
    const title = escapeMarkdown(r.file);
    if (errors > 0 || !r.plan)
      return {
        title,
        markdown: `### \u274C ${title}

${errors} problem${errors === 1 ? "" : "s"}: see the annotations on the file.
`
      };
    return { title, markdown: renderPlanMarkdown(r.plan) };
  });
  if (parts.length > 0)
    await appendSummary(parts, {
      heading: "## batchbench \xB7 validate\n\n",
      rest: "Every file's problems are in the annotations, and every plan in the file the `plan-file` output names."
    });
  return results;
}
function failOnProblems(results, what) {
  const errors = results.flatMap((r) => r.problems).filter((p) => p.severity === "error").length;
  const bad = results.filter((r) => hasErrors(r.problems)).length;
  if (errors > 0) throw new UserError(`${errors} problem${errors === 1 ? "" : "s"} in ${what(bad)}`);
}

export {
  renderPlanMarkdown,
  validateFiles,
  failOnProblems
};
