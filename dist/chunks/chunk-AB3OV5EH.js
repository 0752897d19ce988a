import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  formatSeconds,
  formatTotalUsd,
  formatUsd
} from "./chunk-XQA4ZAUC.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";

// src/cli/render-plan.ts
function renderPlan(plan) {
  const repeats = Math.max(1, ...plan.jobs.map((j) => j.repeat));
  const rows = plan.estimates.map((e) => {
    const backend = plan.jobs.find((j) => j.cellId === e.cellId && j.stage === e.stage)?.compute;
    return [
      e.stage,
      escapeTerminal(e.cellId),
      String(e.jobs * repeats),
      String(e.vcpus),
      backend ? `${backend.backend}${backend.instanceType ? ` ${backend.instanceType}` : ""} ${backend.capacity}` : "",
      `${e.basis === "timeout" ? "\u2264 " : ""}${formatSeconds(e.seconds)}`,
      e.usd === null ? "unknown" : `${e.basis === "timeout" ? "\u2264 " : ""}${formatUsd(e.usd * repeats)}`
    ];
  });
  const header = ["stage", "cell", "jobs", "vCPUs", "runs on", "time/repeat", "cost"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  const worstCase = plan.estimates.some((e) => e.basis === "timeout");
  const t = plan.totals;
  const out = [
    `plan for ${escapeTerminal(plan.experiment)} (${escapeTerminal(plan.file)})`,
    "",
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    `total: ${t.jobs} jobs in ${t.cells} cells x ${plan.stages.length} stage${plan.stages.length === 1 ? "" : "s"}, ${t.vcpuHours.toFixed(2)} vCPU-hours, ${peakText(t)}`,
    `time: ${worstCase ? "at most " : "about "}${formatSeconds(t.seconds)}; cost: ${t.usd === null ? "" : worstCase ? "at most " : "about "}${formatTotalUsd(t.usd)} (compute ${formatTotalUsd(t.computeUsd)}, storage ${formatTotalUsd(t.storageUsd)}, transfer ${formatTotalUsd(t.transferUsd)})`
  ];
  for (const why of t.unpriced ?? []) out.push(`cost unknown: ${escapeTerminal(why)}`);
  if (worstCase) out.push("(bounds from the jobs' timeouts: no earlier run has measured them)");
  if (plan.sensitivity) out.push(`detectable: ${plan.sensitivity.statement}`);
  for (const w of plan.warnings) out.push(`warning: ${escapeTerminal(w)}`);
  out.push(`prices: ${plan.priceSnapshot}`);
  return `${out.join("\n")}
`;
}
function peakText(t) {
  return t.uncappedPeakVcpus === void 0 ? `peak ${t.peakVcpus} vCPUs` : `peak ${t.peakVcpus} vCPUs (budget.max-vcpus; ${t.uncappedPeakVcpus} if every job of a stage ran at once)`;
}

export {
  renderPlan
};
