import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  campaignMarkdown,
  chooseBackend,
  pickWindow,
  planCampaignText,
  runWindow
} from "../chunks/chunk-JR2GPMVL.js";
import {
  isoWeekOf,
  parseIsoWeek
} from "../chunks/chunk-J46JVCXT.js";
import {
  TerminalProgress
} from "../chunks/chunk-MRGJLZWM.js";
import "../chunks/chunk-5UOSYN45.js";
import {
  appendSummary
} from "../chunks/chunk-VEK72RYT.js";
import "../chunks/chunk-NSSXCZ5B.js";
import {
  cancelSignal
} from "../chunks/chunk-FQ65RZ4F.js";
import {
  escapeMarkdown
} from "../chunks/chunk-Y724BK2G.js";
import "../chunks/chunk-6YA2FBOI.js";
import "../chunks/chunk-WZSUM6WQ.js";
import {
  annotate,
  booleanInput,
  input,
  lastResort,
  readWorkspaceFile,
  runAction,
  workspace
} from "../chunks/chunk-SBTHT7PX.js";
import "../chunks/chunk-T63UHARV.js";
import {
  info,
  notice,
  setFailed,
  setOutput,
  warning
} from "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-MFOOFAZB.js";
import {
  loadPrices
} from "../chunks/chunk-PB7EYQ6R.js";
import {
  formatP
} from "../chunks/chunk-ZGWMIHYT.js";
import "../chunks/chunk-I6QNDUNP.js";
import "../chunks/chunk-WZ3PWTB2.js";
import "../chunks/chunk-ADRHWOWG.js";
import {
  UserError
} from "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/campaign-action.ts
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
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
function weekInput(now) {
  const raw = input("week");
  if (raw === void 0) return isoWeekOf(now);
  const week = parseIsoWeek(raw);
  if (!week) throw new UserError(`input 'week' takes an ISO week such as 2026-W48, not '${raw}'`);
  return week;
}
async function readyCampaign(file, week, env) {
  const text = await readWorkspaceFile(file, env);
  const prices = await loadPrices();
  const checked = planCampaignText(file, text, week, prices);
  const n = annotate(checked.problems);
  if (!checked.campaign || !checked.plan) {
    throw new UserError(`${file}: ${n} problem${n === 1 ? "" : "s"}; nothing was run`);
  }
  return { campaign: checked.campaign, plan: checked.plan, prices };
}
function regressionsOf(outcome) {
  return outcome.summary.comparisons.filter((c) => c.verdict === "regression");
}
function conclusionOf(outcome, aborted) {
  if (aborted) return "cancelled";
  if (outcome.alreadyRecorded) return "already-recorded";
  if (outcome.summary.failed > 0) return "failed-jobs";
  if (regressionsOf(outcome).length > 0) return "regression";
  return "success";
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
    const failOnRegression = booleanInput("fail-on-regression", true);
    const failOnFailedJobs = booleanInput("fail-on-failed-jobs", true);
    const now = Date.now();
    const week = weekInput(now);
    const { campaign: c, plan, prices } = await readyCampaign(file, week, env);
    const picked = pickWindow(
      c,
      week,
      now,
      { ...optional("window", input("window")), ...optional("day", input("day")) },
      NAMES
    );
    if ("closed" in picked) {
      info(`${c.name}: ${picked.closed}; nothing to run`);
      await appendSummary(
        `## Campaign ${escapeMarkdown(c.name)}, week ${week.label}

Nothing ran: ${escapeMarkdown(picked.closed)}.
`
      );
      setOutput("conclusion", "no-window");
      setOutput("regressions", "0");
      setOutput("failed-jobs", "0");
      return;
    }
    const signal = choice.backend === "aws-batch" ? leaveJobsRunning() : cancelSignal();
    const cwd = workspace(env);
    const { runId, outcome } = await runWindow(
      {
        campaign: c,
        plan,
        ...picked,
        choice,
        names: NAMES,
        ...optional("historyDir", input("history-dir")),
        runsDir: path.join(env.RUNNER_TEMP || os.tmpdir(), "batchbench-runs"),
        cwd,
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
    const s = outcome.summary;
    const regressions = regressionsOf(outcome);
    const conclusion = conclusionOf(outcome, signal.aborted);
    for (const w of s.warnings ?? []) warning(w, { title: "batchbench campaign" });
    const again = outcome.alreadyRecorded ? `> This window ran and was recorded by an earlier run of ${escapeMarkdown(runId)}: nothing ran now, and its report is repeated here.

` : "";
    await appendSummary(again + campaignMarkdown(s), {
      rest: "Everything is in the file the `summary-json` output names."
    });
    const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), "batchbench-campaign");
    await mkdir(dir, { recursive: true });
    const json = path.join(dir, `${runId}.json`);
    await writeFile(
      json,
      `${JSON.stringify({ runId, day: picked.day, window: picked.window, conclusion, alreadyRecorded: outcome.alreadyRecorded, summary: s }, null, 2)}
`
    );
    setOutput("summary-json", json);
    setOutput("run-id", runId);
    setOutput("window", picked.window);
    setOutput("regressions", String(regressions.length));
    setOutput("failed-jobs", String(s.failed));
    setOutput("conclusion", conclusion);
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
    const reasons = [];
    if (failOnFailedJobs && s.failed > 0) reasons.push(`${s.failed} of ${s.jobs} jobs failed`);
    if (failOnRegression && regressions.length > 0)
      reasons.push(
        `${regressions.length} regression${regressions.length === 1 ? "" : "s"}: ` + regressions.map((r) => `${r.benchmark} on ${r.instanceType} (p ${formatP(r.p)})`).join(", ")
      );
    if (reasons.length > 0) setFailed(`${c.name} ${s.week}, ${s.window}: ${reasons.join("; ")}`);
    else
      info(
        `${c.name} ${s.week}, ${s.window}: ${s.succeeded}/${s.jobs} jobs succeeded, no regression failed the step`
      );
  });
}

// src/entrypoints/campaign.ts
run().catch(lastResort);
