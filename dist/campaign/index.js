import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  campaignMarkdown,
  chooseBackend,
  loadCampaignFile,
  pickWindow,
  runWindow,
  weekOf
} from "../chunks/chunk-CH6XJFDI.js";
import "../chunks/chunk-YGPHIHKY.js";
import {
  TerminalProgress
} from "../chunks/chunk-6SZGK2TF.js";
import "../chunks/chunk-BXX3FDER.js";
import {
  appendSummary
} from "../chunks/chunk-BHI37NSG.js";
import {
  cancelSignal
} from "../chunks/chunk-FQ65RZ4F.js";
import "../chunks/chunk-VIHL2KRB.js";
import "../chunks/chunk-ORBO64A7.js";
import "../chunks/chunk-25XNE3DY.js";
import {
  escapeMarkdown
} from "../chunks/chunk-2EARJU2W.js";
import "../chunks/chunk-6YA2FBOI.js";
import {
  annotate,
  booleanInput,
  input,
  lastResort,
  runAction,
  workspace
} from "../chunks/chunk-UZCDPZT5.js";
import {
  info,
  notice,
  setFailed,
  setOutput,
  warning
} from "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-T4VO73CT.js";
import {
  pricesAt
} from "../chunks/chunk-YYVGTQZX.js";
import "../chunks/chunk-A44LHXHL.js";
import "../chunks/chunk-SIQR2AZH.js";
import "../chunks/chunk-YTWLBMZJ.js";
import {
  formatP
} from "../chunks/chunk-7LCVCKSI.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-OE34II5Z.js";
import "../chunks/chunk-ADRHWOWG.js";
import {
  UserError
} from "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/campaign-action.ts
import os2 from "node:os";
import path2 from "node:path";
import { setTimeout as delay } from "node:timers/promises";

// src/entrypoints/campaign-step.ts
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
var NAMES = {
  backend: "input 'backend'",
  window: "input 'window'",
  day: "input 'day'",
  queue: "input 'queue' (or BATCHBENCH_QUEUE)",
  spotQueue: "input 'spot-queue' (or BATCHBENCH_SPOT_QUEUE)",
  imageUri: "input 'image-uri'",
  historyDir: "input 'history-dir'"
};
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
async function readyCampaign(file, week, env) {
  const cwd = workspace(env);
  const checked = await loadCampaignFile(file, week, { cwd, prices: await pricesAt(void 0, cwd) });
  const n = annotate(checked.problems);
  if (!checked.campaign || !checked.plan)
    throw new UserError(`${file}: ${n} problem${n === 1 ? "" : "s"}; nothing was run`);
  return { campaign: checked.campaign, plan: checked.plan, prices: checked.prices };
}
function leaveJobsRunning() {
  const stop = (signal) => {
    warning(
      `${signal}: the window's jobs keep running on AWS Batch; the next run of this window attaches to them (batchbench cancel <run-id>-a<attempt> --store <results.store> stops them)`
    );
    process.exit(1);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return new AbortController().signal;
}
async function noWindow(c, week, closed) {
  info(`${c.name}: ${closed}; nothing to run`);
  await appendSummary(
    `## Campaign ${escapeMarkdown(c.name)}, week ${week.label}

Nothing ran: ${escapeMarkdown(closed)}.
`
  );
  setOutput("conclusion", "no-window");
  setOutput("regressions", "0");
  setOutput("failed-jobs", "0");
}
function conclusionOf(outcome, aborted) {
  if (aborted) return "cancelled";
  if (outcome.alreadyRecorded) return "already-recorded";
  if (outcome.summary.failed > 0) return "failed-jobs";
  if (outcome.summary.comparisons.some((c) => c.verdict === "regression")) return "regression";
  return "success";
}
async function publishWindow(r) {
  const s = r.outcome.summary;
  const regressions = s.comparisons.filter((c) => c.verdict === "regression");
  const conclusion = conclusionOf(r.outcome, r.aborted);
  for (const w of s.warnings ?? []) warning(w, { title: "batchbench campaign" });
  const again = r.outcome.alreadyRecorded ? `> This window ran and was recorded by an earlier run of ${escapeMarkdown(r.runId)}: nothing ran now, and its report is repeated here.

` : "";
  await appendSummary(again + campaignMarkdown(s), {
    rest: "Everything is in the file the `summary-json` output names."
  });
  const dir = path.join(r.env.RUNNER_TEMP || os.tmpdir(), "batchbench-campaign");
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, `${r.runId}.json`);
  const { runId, day, window } = r;
  const alreadyRecorded = r.outcome.alreadyRecorded;
  await writeFile(
    json,
    `${JSON.stringify({ runId, day, window, conclusion, alreadyRecorded, summary: s }, null, 2)}
`
  );
  setOutput("summary-json", json);
  setOutput("run-id", runId);
  setOutput("window", window);
  setOutput("regressions", String(regressions.length));
  setOutput("failed-jobs", String(s.failed));
  setOutput("conclusion", conclusion);
  return conclusion;
}
function failOnOutcome(r, conclusion, fail) {
  const c = r.campaign;
  const s = r.outcome.summary;
  if (conclusion === "cancelled") {
    setFailed(
      `cancelled: ${s.succeeded} of ${s.jobs} jobs had succeeded; the unfinished ones were stopped`
    );
    return;
  }
  if (conclusion === "already-recorded") {
    notice(`${c.name} ${s.window} was recorded by an earlier run; nothing ran now`);
    return;
  }
  const regressions = s.comparisons.filter((x) => x.verdict === "regression");
  const reasons = [];
  if (fail.failedJobs && s.failed > 0) reasons.push(`${s.failed} of ${s.jobs} jobs failed`);
  if (fail.regression && regressions.length > 0)
    reasons.push(
      `${regressions.length} regression${regressions.length === 1 ? "" : "s"}: ` + regressions.map((x) => `${x.benchmark} on ${x.instanceType} (p ${formatP(x.p)})`).join(", ")
    );
  if (reasons.length > 0) setFailed(`${c.name} ${s.week}, ${s.window}: ${reasons.join("; ")}`);
  else
    info(
      `${c.name} ${s.week}, ${s.window}: ${s.succeeded}/${s.jobs} jobs succeeded, no regression failed the step`
    );
}

// src/entrypoints/campaign-action.ts
async function run(env = process.env) {
  await runAction("campaign", async () => {
    const file = input("campaign", { required: true });
    const choice = chooseBackend(
      {
        backend: input("backend") ?? "aws-batch",
        ...optional("queue", input("queue")),
        ...optional("spotQueue", input("spot-queue")),
        ...optional("imageUri", input("image-uri"))
      },
      env,
      NAMES
    );
    const { entry } = choice;
    if (entry.notInActions) throw new UserError(`${NAMES.backend} ${entry.name}: ${entry.notInActions}`);
    const fail = {
      regression: booleanInput("fail-on-regression", true),
      failedJobs: booleanInput("fail-on-failed-jobs", true)
    };
    const now = Date.now();
    const week = weekOf(input("week"), now, "input 'week'");
    const { campaign, plan, prices } = await readyCampaign(file, week, env);
    const given = { ...optional("window", input("window")), ...optional("day", input("day")) };
    const picked = pickWindow(campaign, week, now, given, NAMES);
    if ("closed" in picked) return noWindow(campaign, week, picked.closed);
    const signal = entry.store === "s3" ? leaveJobsRunning() : cancelSignal();
    const { runId, outcome } = await runWindow(
      {
        ...{ campaign, plan, ...picked, choice, names: NAMES },
        ...optional("historyDir", input("history-dir")),
        runsDir: path2.join(env.RUNNER_TEMP || os2.tmpdir(), "batchbench-runs"),
        cwd: workspace(env),
        env,
        log: (line) => info(line)
      },
      {
        prices,
        // A runner's log is not a terminal: a line each tenth of the jobs, and the end.
        progress: new TerminalProgress(process.stdout),
        now: Date.now,
        sleep: (ms) => delay(ms, void 0, { signal }).catch(() => void 0),
        signal
      }
    );
    const result = { campaign, runId, ...picked, outcome, aborted: signal.aborted, env };
    failOnOutcome(result, await publishWindow(result), fail);
  });
}

// src/entrypoints/campaign.ts
run().catch(lastResort);
