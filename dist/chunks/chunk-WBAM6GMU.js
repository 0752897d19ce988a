import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  createGitHubClient
} from "./chunk-GHWBOHN2.js";
import {
  appendSummary,
  setLargeOutput
} from "./chunk-VEK72RYT.js";
import {
  pushedFiles,
  readEvent,
  repositoryOf
} from "./chunk-2SECIYKN.js";
import {
  formatCount,
  formatSeconds,
  formatUsd,
  markdownTable,
  plural
} from "./chunk-L5FQZOZG.js";
import {
  clip,
  escapeMarkdown
} from "./chunk-Y724BK2G.js";
import {
  expandPatterns,
  matchesGlob
} from "./chunk-7ZIUSCDX.js";
import {
  checkExperiment,
  hasErrors,
  unreadable
} from "./chunk-PKJW5265.js";
import {
  annotate,
  input,
  listInput,
  positiveIntInput,
  runAction,
  workspace
} from "./chunk-SBTHT7PX.js";
import {
  info,
  setOutput
} from "./chunk-52F2NNLZ.js";
import {
  readSourceFile
} from "./chunk-MFOOFAZB.js";
import {
  loadPrices
} from "./chunk-PB7EYQ6R.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/entrypoints/validate-action.ts
import os from "node:os";

// src/adapters/github/pull-request-files.ts
async function changedFiles(client, repo, pullNumber) {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100
  });
  return files.filter((f) => f.status !== "removed").map((f) => f.filename);
}

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
      `${bound(e.basis)}${formatUsd(e.usd * repeats)}`
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
    `**${plural(t.jobs, "job")}** in ${plural(t.cells, "cell")} \xD7 ${plural(plan.stages.length, "stage")} \xB7 **${t.vcpuHours.toFixed(2)} vCPU-hours** \xB7 peak ${formatCount(t.peakVcpus)} vCPUs \xB7 time ${about} ${formatSeconds(t.seconds)} \xB7 **estimated cost ${about} ${formatUsd(t.usd)}** (compute ${formatUsd(t.computeUsd)}, storage ${formatUsd(t.storageUsd)}, transfer ${formatUsd(t.transferUsd)})`,
    "",
    markdownTable([["stage", "cell", "jobs", "vCPUs", "runs on", "time/repeat", "cost"], ...rows], {
      align: ["l", "l", "r", "r", "l", "r", "r"],
      alignDelimiters: false
    })
  ];
  if (plan.estimates.length > MAX_ROWS) {
    lines.push("", `_${plan.estimates.length - MAX_ROWS} more rows in the \`plan\` output._`);
  }
  if (worstCase) lines.push("", "_Bounds from the jobs' timeouts: no earlier run has measured them._");
  if (plan.sensitivity) lines.push("", `Detectable: ${escapeMarkdown(plan.sensitivity.statement)}`);
  for (const w of plan.warnings) lines.push("", `> [!WARNING]
> ${escapeMarkdown(clip(w, 1e3))}`);
  lines.push("", `<sub>prices: ${escapeMarkdown(clip(plan.priceSnapshot, 200))}</sub>`);
  return `${lines.join("\n")}
`;
}

// src/entrypoints/validate-action.ts
var DEFAULT_PATTERN = "experiments/**/*.{yaml,yml}";
async function validateFiles(files, options) {
  const prices = await loadPrices(options.prices);
  const results = [];
  for (const file of files) {
    let text;
    try {
      text = await readSourceFile(file, { root: options.cwd });
    } catch (error) {
      results.push(unreadable(file, error));
      continue;
    }
    results.push(
      checkExperiment(file, text, {
        prices,
        ...options.repeats ? { repeats: options.repeats } : {},
        localConcurrency: os.availableParallelism()
      })
    );
  }
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
async function filesToValidate(env, cwd) {
  const given = listInput("experiments");
  if (given.length > 0) return expandPatterns(given, cwd);
  const pattern = input("pattern") ?? DEFAULT_PATTERN;
  const event = await readEvent(env);
  const repo = repositoryOf(env);
  const token = input("github-token");
  if (event.pullRequest && repo && token) {
    const changed = await changedFiles(createGitHubClient(token, env), repo, event.pullRequest.number);
    return changed.filter((f) => matchesGlob(f, pattern));
  }
  const pushed = event.name === "push" ? pushedFiles(event.payload) : void 0;
  if (pushed) return pushed.filter((f) => matchesGlob(f, pattern)).sort();
  return expandPatterns([pattern], cwd);
}
function setPlanOutput(results) {
  const entries = results.map((r) => ({
    file: r.file,
    valid: !hasErrors(r.problems),
    problems: r.problems,
    ...r.plan ? { plan: r.plan } : {}
  }));
  const brief = entries.map((e) => ({
    ...e,
    problems: e.problems.slice(0, 10),
    ...e.plan ? { plan: { experiment: e.plan.experiment, file: e.plan.file, totals: e.plan.totals } } : {}
  }));
  setLargeOutput("plan", JSON.stringify(entries), { smaller: () => JSON.stringify(brief) });
}
async function run(env = process.env) {
  await runAction("validate", async () => {
    const cwd = workspace(env);
    const files = await filesToValidate(env, cwd);
    const repeats = positiveIntInput("repeats");
    const prices = input("prices");
    if (files.length === 0) {
      info("no experiment files to validate");
      setLargeOutput("plan", "[]");
      setOutput("files", "[]");
      return;
    }
    const results = await validateFiles(files, {
      cwd,
      ...repeats ? { repeats } : {},
      ...prices ? { prices } : {}
    });
    setPlanOutput(results);
    setOutput(
      "files",
      JSON.stringify(results.filter((r) => !hasErrors(r.problems)).map((r) => r.file))
    );
    const errors = results.flatMap((r) => r.problems).filter((p) => p.severity === "error").length;
    const bad = results.filter((r) => hasErrors(r.problems)).length;
    for (const r of results)
      if (!hasErrors(r.problems))
        info(`${escapeTerminal(r.file)}: valid, ${r.plan?.totals.jobs ?? 0} jobs`);
    if (errors > 0)
      throw new UserError(
        `${errors} problem${errors === 1 ? "" : "s"} in ${bad} of ${results.length} experiment file${results.length === 1 ? "" : "s"}`
      );
  });
}

export {
  renderPlanMarkdown,
  validateFiles,
  run
};
