import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  TerminalProgress
} from "./chunk-ZOLYW6JJ.js";
import {
  runExperiment
} from "./chunk-27H7M3G6.js";
import {
  LocalExecutor,
  makeRunId
} from "./chunk-CEQQMJ4M.js";
import {
  FsRunStore
} from "./chunk-WZLYGAHJ.js";
import {
  hostInfo
} from "./chunk-76HS77CX.js";
import {
  cancelRun
} from "./chunk-L6TZSNCT.js";
import {
  collectRun,
  costVariants,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderTerminal,
  reportRun
} from "./chunk-ZEPKX7LH.js";
import {
  formatSeconds,
  formatUsd
} from "./chunk-TK2KBLDO.js";
import {
  stripControl
} from "./chunk-IUIKERM2.js";
import {
  checkExperiment,
  hasErrors,
  unreadable
} from "./chunk-E24LLZCP.js";
import {
  loadPrices
} from "./chunk-KVZNUJPT.js";

// src/domain/spec/problem.ts
function formatProblem(p) {
  const where = `${p.file}:${p.line}:${p.column}`;
  return `${where}: ${p.severity}: ${p.message}${p.hint ? ` (${p.hint})` : ""}`;
}

// src/cli/main.ts
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

// src/adapters/github/workflow-commands.ts
function annotation(problem) {
  const level = problem.severity === "error" ? "error" : "warning";
  const props = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty("batchbench")}`
  ].join(",");
  const message = problem.hint ? `${problem.message} (${problem.hint})` : problem.message;
  return `::${level} ${props}::${escapeData(message)}`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/cli/render-plan.ts
function renderPlan(plan) {
  const repeats = Math.max(1, ...plan.jobs.map((j) => j.repeat));
  const rows = plan.estimates.map((e) => {
    const backend = plan.jobs.find((j) => j.cellId === e.cellId && j.stage === e.stage)?.compute;
    return [
      e.stage,
      stripControl(e.cellId),
      String(e.jobs * repeats),
      String(e.vcpus),
      backend ? `${backend.backend}${backend.instanceType ? ` ${backend.instanceType}` : ""} ${backend.capacity}` : "",
      `${e.basis === "timeout" ? "\u2264 " : ""}${formatSeconds(e.seconds)}`,
      `${e.basis === "timeout" ? "\u2264 " : ""}${formatUsd(e.usd * repeats)}`
    ];
  });
  const header = ["stage", "cell", "jobs", "vCPUs", "runs on", "time/repeat", "cost"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  const worstCase = plan.estimates.some((e) => e.basis === "timeout");
  const t = plan.totals;
  const out = [
    `plan for ${stripControl(plan.experiment)} (${stripControl(plan.file)})`,
    "",
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    `total: ${t.jobs} jobs in ${t.cells} cells x ${plan.stages.length} stage${plan.stages.length === 1 ? "" : "s"}, ${t.vcpuHours.toFixed(2)} vCPU-hours, peak ${t.peakVcpus} vCPUs`,
    `time: ${worstCase ? "at most " : "about "}${formatSeconds(t.seconds)}; cost: ${worstCase ? "at most " : "about "}${formatUsd(t.usd)} (compute ${formatUsd(t.computeUsd)}, storage ${formatUsd(t.storageUsd)}, transfer ${formatUsd(t.transferUsd)})`
  ];
  if (worstCase) out.push("(bounds from the jobs' timeouts: no earlier run has measured them)");
  for (const w of plan.warnings) out.push(`warning: ${stripControl(w)}`);
  out.push(`prices: ${plan.priceSnapshot}`);
  return `${out.join("\n")}
`;
}

// src/cli/main.ts
var EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 };
var USAGE = `batchbench: run a YAML experiment, measure it, report what was learned

Usage:
  batchbench validate FILE...            check experiment files; all problems at once, exit 2 on any
  batchbench plan FILE [--json]          the jobs, estimated time and cost; runs nothing
  batchbench run FILE                    run it (local processes unless the file says otherwise)
  batchbench report RUN                  re-render a finished run (a run folder or a run id)
  batchbench list                        the runs in the runs folder
  batchbench collect RUN --store S3URL   gather an AWS Batch run that went on while nobody waited (--wait: until done)
  batchbench cancel RUN --store S3URL    stop every unfinished AWS Batch job of a run
  batchbench campaign plan|run FILE      a weekly benchmark campaign (--week, --window, --day, --history-dir)

Options:
  --repeats N         override the file's repeats (plan, run)
  --concurrency N     local backend: jobs' vCPU slots at once (default: the number of cores)
  --backend local     run every cell on local processes, whatever the file says
  --resume RUN_ID     run only the jobs of RUN_ID that have no result yet
  --runs-dir DIR      where runs are kept (default .batchbench/runs)
  --prices FILE       a newer price table than the shipped one
  --format F          report: terminal | markdown | json | html (default terminal)
  --output FILE       write the plan or report to FILE instead of the terminal
  --dry-run           run: validate and plan, run nothing
  --store S3URL       collect, cancel: the results store (s3://bucket/prefix/) the run was written to
  --wait              collect: keep going until every job finished
  --publish           collect: on GitHub Actions, put the report in the job summary and, once the run
                      is finished, publish it where the workflow that submitted it would have (its PR's
                      sticky comment, its commit's check), once, with GITHUB_TOKEN
  --image-uri URI     run on aws-batch: the image when the file has no image.uri
  --json              plan, validate: machine-readable output
`;
var OPTIONS = {
  repeats: { type: "string" },
  concurrency: { type: "string" },
  backend: { type: "string" },
  resume: { type: "string" },
  "runs-dir": { type: "string" },
  prices: { type: "string" },
  format: { type: "string" },
  output: { type: "string" },
  "dry-run": { type: "boolean" },
  store: { type: "string" },
  wait: { type: "boolean" },
  publish: { type: "boolean" },
  "image-uri": { type: "string" },
  queue: { type: "string" },
  "spot-queue": { type: "string" },
  prefix: { type: "string" },
  json: { type: "boolean" },
  week: { type: "string" },
  window: { type: "string" },
  day: { type: "string" },
  "history-dir": { type: "string" },
  color: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" }
};
var UsageError = class extends Error {
};
async function main(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`batchbench: ${error.message}

${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.version) {
    io.stdout.write(`batchbench ${VERSION}
`);
    return EXIT.ok;
  }
  if (values.help || !command) {
    (command || values.help ? io.stdout : io.stderr).write(USAGE);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  try {
    switch (command) {
      case "validate":
        return await validateCommand(args, values, io);
      case "plan":
        return await planCommand(args, values, io);
      case "run":
        return await runCommand(args, values, io);
      case "report":
        return await reportCommand(args, values, io);
      case "list":
        return await listCommand(values, io);
      case "collect":
        return await collectCommand(args, values, io);
      case "cancel":
        return await cancelCommand(args, values, io);
      case "campaign":
        return await (await import("./campaign-PXM4QI3C.js")).campaignCommand(args, values, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`batchbench: ${error.message}

${USAGE}`);
      return EXIT.usage;
    }
    io.stderr.write(`batchbench: ${error.message}
`);
    return EXIT.failed;
  }
}
var VERSION = true ? "0.1.0" : "dev";
function positiveInt(name, raw) {
  if (raw === void 0) return void 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} takes a whole number of at least 1, not "${raw}"`);
  return n;
}
async function check(file, values, io) {
  let text;
  try {
    text = await readFile(path.resolve(io.cwd, file), "utf8");
  } catch (error) {
    return unreadable(file, error);
  }
  const checked = checkExperiment(file, text, {
    prices: await loadPrices(values.prices),
    repeats: positiveInt("repeats", values.repeats),
    localConcurrency: positiveInt("concurrency", values.concurrency) ?? os.availableParallelism()
  });
  if (values.backend !== void 0 && values.backend !== "local") {
    throw new UsageError(`--backend only takes "local" (to run a cloud experiment on this machine)`);
  }
  if (values.backend === "local" && checked.plan) forceLocal(checked.plan);
  return { ...checked, text };
}
function experimentOnly(checked, command) {
  if (checked.kind === "campaign") {
    throw new UsageError(`${checked.file} is a campaign: use batchbench campaign ${command} ${checked.file}`);
  }
}
function forceLocal(plan) {
  for (const job of plan.jobs) job.compute.backend = "local";
}
function printProblems(checked, io) {
  const annotate = io.env.GITHUB_ACTIONS === "true";
  for (const p of checked.problems) {
    io.stderr.write(`${formatProblem(p)}
`);
    if (annotate) io.stdout.write(`${annotation(p)}
`);
  }
}
async function validateCommand(files, values, io) {
  if (files.length === 0) throw new UsageError("validate needs at least one file");
  const results = [];
  for (const file of files) results.push(await check(file, values, io));
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify(
        results.map((r) => ({
          file: r.file,
          valid: !hasErrors(r.problems),
          jobs: r.plan?.totals.jobs,
          problems: r.problems
        })),
        null,
        2
      )}
`
    );
  } else {
    for (const r of results) {
      printProblems(r, io);
      const errors = r.problems.filter((p) => p.severity === "error").length;
      io.stdout.write(
        errors === 0 ? r.kind === "campaign" ? `${r.file}: valid campaign (batchbench campaign plan ${r.file} shows its week)
` : `${r.file}: valid, ${r.plan?.totals.jobs ?? 0} jobs in ${r.plan?.cells.length ?? 0} cells
` : `${r.file}: ${errors} problem${errors === 1 ? "" : "s"}
`
      );
    }
  }
  return results.some((r) => hasErrors(r.problems)) ? EXIT.usage : EXIT.ok;
}
async function planCommand(args, values, io) {
  const file = single(args, "plan");
  const checked = await check(file, values, io);
  experimentOnly(checked, "plan");
  printProblems(checked, io);
  if (hasErrors(checked.problems) || !checked.plan) return EXIT.usage;
  const text = values.json || values.output?.endsWith(".json") ? `${JSON.stringify(checked.plan, null, 2)}
` : renderPlan(checked.plan);
  await emit(text, values, io);
  return EXIT.ok;
}
async function runCommand(args, values, io) {
  const file = single(args, "run");
  const checked = await check(file, values, io);
  experimentOnly(checked, "run");
  printProblems(checked, io);
  if (hasErrors(checked.problems) || !checked.plan || !checked.experiment) return EXIT.usage;
  const plan = checked.plan;
  const cloud = plan.jobs.filter((j) => j.compute.backend !== "local");
  if (cloud.length > 0 && cloud.length < plan.jobs.length) {
    io.stderr.write(
      `batchbench: ${file} mixes local and aws-batch cells, which one run cannot do yet; run it on this machine with --backend local
`
    );
    return EXIT.usage;
  }
  if (values["dry-run"]) {
    io.stdout.write(renderPlan(plan));
    return EXIT.ok;
  }
  const prices = await loadPrices(values.prices);
  const source = checked.text;
  const runsDir = path.resolve(io.cwd, values["runs-dir"] ?? ".batchbench/runs");
  const runId = values.resume ?? makeRunId(checked.experiment.name, /* @__PURE__ */ new Date(), randomBytes(2).toString("hex"));
  const host = await hostInfo(io.cwd);
  let store;
  let executor;
  if (cloud.length > 0) {
    ({ store, executor } = (await import("./aws-backend-TYCOLJNA.js")).awsBatch(
      checked.experiment,
      plan,
      values,
      io,
      host.gitCommit
    ));
    io.stderr.write(
      `run ${runId}: ${plan.jobs.length} jobs on AWS Batch, results in ${checked.experiment.results.store}
`
    );
  } else {
    store = new FsRunStore(runsDir);
    const concurrency = positiveInt("concurrency", values.concurrency) ?? os.availableParallelism();
    const exclusive = checked.experiment.analysis.speedup !== void 0;
    executor = new LocalExecutor({
      concurrency,
      logDir: path.join(runsDir, runId, "logs"),
      baseDir: io.cwd,
      exclusiveGroups: exclusive
    });
    io.stderr.write(
      `run ${runId}: ${plan.jobs.length} jobs on ${concurrency} vCPU slots${exclusive ? ", one cell and repeat at a time (speedup is measured)" : ""}
`
    );
  }
  const outcome = await runExperiment(
    {
      runId,
      experiment: checked.experiment,
      source,
      plan,
      resume: values.resume !== void 0,
      signal: io.signal,
      variants: costVariants(source, checked.experiment, {
        prices,
        repeats: positiveInt("repeats", values.repeats)
      })
    },
    {
      store,
      executor,
      progress: new TerminalProgress(io.stderr),
      prices,
      host,
      now: Date.now
    }
  );
  await emit(render(outcome.report, values, io), values, io);
  io.stderr.write(
    `
report: ${outcome.artifacts["report.md"]}
        ${outcome.artifacts["report.html"]}
`
  );
  if (outcome.cancelled) {
    io.stderr.write(
      `interrupted: what finished is kept; continue with: batchbench run ${file} --resume ${runId}
`
    );
    return EXIT.interrupted;
  }
  return verdict(outcome.report);
}
async function collectCommand(args, values, io) {
  if (values.publish && !io.env.GITHUB_TOKEN)
    throw new UsageError(
      "collect --publish needs GITHUB_TOKEN (the workflow token, to comment and create checks)"
    );
  const { runId, store, executor } = await (await import("./aws-backend-TYCOLJNA.js")).storedRun(args, values, io, "collect");
  const outcome = await collectRun(
    runId,
    {
      store,
      collector: executor,
      prices: await loadPrices(values.prices),
      progress: new TerminalProgress(io.stderr),
      now: Date.now,
      signal: io.signal
    },
    { wait: values.wait === true }
  );
  await emit(render(outcome.report, values, io), values, io);
  if (values.publish) await (await import("./publish-collected-PLSFAGLM.js")).publishToGitHub(outcome, store, io);
  if (outcome.unfinished > 0) {
    io.stderr.write(`${outcome.unfinished} jobs still running; collect again later
`);
    return EXIT.failed;
  }
  return verdict(outcome.report);
}
async function cancelCommand(args, values, io) {
  const { runId, store, executor } = await (await import("./aws-backend-TYCOLJNA.js")).storedRun(args, values, io, "cancel");
  const { cancelled, terminated } = await cancelRun(runId, { store, canceller: executor, now: Date.now });
  io.stderr.write(`run ${runId}: cancelled ${cancelled} waiting and terminated ${terminated} running jobs
`);
  return EXIT.ok;
}
async function reportCommand(args, values, io) {
  const target = single(args, "report");
  const looksLikePath = target.includes("/") || target.includes(path.sep);
  const runsDir = looksLikePath ? path.resolve(io.cwd, path.dirname(target.replace(/[/\\]+$/, ""))) : path.resolve(io.cwd, values["runs-dir"] ?? ".batchbench/runs");
  const runId = looksLikePath ? path.basename(target.replace(/[/\\]+$/, "")) : target;
  const report = await reportRun(runId, {
    store: new FsRunStore(runsDir),
    prices: await loadPrices(values.prices)
  });
  await emit(render(report, values, io), values, io);
  return verdict(report);
}
async function listCommand(values, io) {
  const store = new FsRunStore(path.resolve(io.cwd, values["runs-dir"] ?? ".batchbench/runs"));
  for (const id of await store.list()) io.stdout.write(`${id}
`);
  return EXIT.ok;
}
function render(report, values, io) {
  switch (values.format ?? "terminal") {
    case "terminal":
      return renderTerminal(report, {
        color: values.color ?? (values.output === void 0 && io.stdout.isTTY === true)
      });
    case "markdown":
      return renderMarkdown(report);
    case "json":
      return renderJson(report);
    case "html":
      return renderHtml(report);
    default:
      throw new UsageError(`--format takes terminal, markdown, json or html, not "${values.format}"`);
  }
}
function verdict(report) {
  const missed = report.targets.some((t) => t.status !== "met");
  return report.run.jobsFailed > 0 || report.run.jobsMissing > 0 || missed ? EXIT.failed : EXIT.ok;
}
async function emit(text, values, io) {
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
  else io.stdout.write(text.endsWith("\n") ? text : `${text}
`);
}
function single(args, command) {
  if (args.length !== 1) throw new UsageError(`${command} takes one file`);
  return args[0];
}

export {
  formatProblem,
  EXIT,
  UsageError,
  main,
  single
};
