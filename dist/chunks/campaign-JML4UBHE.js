import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  campaignMarkdown,
  campaignTerminal,
  chooseBackend,
  pickWindow,
  planCampaignText,
  runWindow
} from "./chunk-3MP3PEFL.js";
import {
  isoWeekOf,
  parseIsoWeek
} from "./chunk-KKKRSN4R.js";
import {
  EXIT,
  UsageError,
  formatProblem
} from "./chunk-AKX6OBHX.js";
import {
  TerminalProgress
} from "./chunk-ZOLYW6JJ.js";
import "./chunk-INB3YXAJ.js";
import "./chunk-JKBK4ALW.js";
import "./chunk-WZLYGAHJ.js";
import "./chunk-76HS77CX.js";
import "./chunk-L6TZSNCT.js";
import "./chunk-2VTX336I.js";
import "./chunk-OC537YOA.js";
import "./chunk-TK2KBLDO.js";
import "./chunk-IUIKERM2.js";
import "./chunk-S2V6XSF3.js";
import "./chunk-6YA2FBOI.js";
import "./chunk-EOX5KEKI.js";
import "./chunk-CEYZTDDQ.js";
import {
  ConfigurationError
} from "./chunk-5IC2YQ4X.js";
import "./chunk-4Z53PA5B.js";
import "./chunk-T32KVXP4.js";
import {
  loadPrices
} from "./chunk-KVZNUJPT.js";
import "./chunk-5I2KUNOQ.js";
import "./chunk-I3F55QQV.js";
import {
  formatDuration
} from "./chunk-WZ3PWTB2.js";
import "./chunk-YOF47TSW.js";

// src/cli/campaign.ts
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";

// src/domain/campaign/render-plan.ts
function renderCampaignPlan(plan) {
  const lines = [
    `${plan.campaign}, week ${plan.week} (${plan.region}): ${plan.totals.jobs} jobs on ${plan.totals.instanceTypes} instance types, estimated $${plan.totals.usd.toFixed(2)} ($${plan.totals.onDemandUsd.toFixed(2)} all on demand)`,
    `variants: ${plan.totals.variants.join(", ")}`,
    "",
    "day  date        window      jobs  busy      makespan/length  peak  cost"
  ];
  for (const w of plan.windows) {
    if (w.jobs === 0) continue;
    lines.push(
      `${String(w.day).padEnd(4)} ${w.date}  ${w.window.padEnd(10)}  ${String(w.jobs).padStart(4)}  ${formatDuration(w.jobSeconds).padEnd(8)}  ${`${formatDuration(w.makespanSeconds)}/${formatDuration(w.lengthSeconds)}`.padEnd(15)}  ${String(w.peakConcurrent).padStart(4)}  $${w.usd.toFixed(2)}`
    );
  }
  lines.push(
    "",
    "per day: " + plan.days.map((d) => `${d.date} ${d.jobs} jobs $${d.usd.toFixed(2)}`).join("; "),
    ""
  );
  for (const c of plan.constraints) lines.push(`${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.detail}`);
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  return `${lines.join("\n")}
`;
}

// src/cli/campaign.ts
var CAMPAIGN_USAGE = `Campaigns (kind: campaign files, EXPERIMENT-SPEC.md section 5):
  batchbench campaign plan FILE [--week 2026-W48] [--output plan.json]   the week's jobs; runs nothing
  batchbench campaign run FILE --window current|NAME [--day N] [--week W] [--backend local|aws-batch] [--history-dir DIR]
      aws-batch: on-demand jobs on --queue (or BATCHBENCH_QUEUE), Spot jobs on --spot-queue (or
      BATCHBENCH_SPOT_QUEUE) falling back to --queue, image from --image-uri, runs and history in
      results.store; run again for the same window, it carries on with the jobs already submitted.
      Batch cannot pin a job to an instance type: a queue with {instance-type} (or {family},
      {size}) is one queue per type, e.g. --queue bench-{instance-type} -> bench-m7i-large
`;
async function campaignCommand(args, values, io) {
  const [sub, ...rest] = args;
  if (sub === "plan") return planSub(rest, values, io);
  if (sub === "run") return runSub(rest, values, io);
  throw new UsageError(
    `campaign takes "plan" or "run", not ${sub === void 0 ? "nothing" : `"${sub}"`}

${CAMPAIGN_USAGE}`
  );
}
function weekOption(values, now) {
  const raw = values.week;
  if (raw === void 0) return isoWeekOf(now);
  const week = parseIsoWeek(raw);
  if (!week) throw new UsageError(`--week takes an ISO week such as 2026-W48, not "${raw}"`);
  return week;
}
async function checkCampaignFile(file, values, io, week) {
  let text;
  try {
    text = await readFile(path.resolve(io.cwd, file), "utf8");
  } catch (error) {
    const code = error.code;
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          severity: "error",
          message: code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? error.message})`,
          hint: "give the path of a campaign file, e.g. experiments/weekly-instance-benchmarks.yaml"
        }
      ]
    };
  }
  const checked = planCampaignText(file, text, week, await loadPrices(values.prices));
  for (const p of checked.problems) io.stderr.write(`${formatProblem(p)}
`);
  return checked;
}
async function planSub(args, values, io) {
  if (args.length !== 1) throw new UsageError("campaign plan takes one file");
  const week = weekOption(values, Date.now());
  const checked = await checkCampaignFile(args[0], values, io, week);
  if (!checked.plan) return EXIT.usage;
  const json = values.json === true || values.output?.endsWith(".json") === true;
  const text = json ? `${JSON.stringify(checked.plan, null, 2)}
` : renderCampaignPlan(checked.plan);
  if (values.output) {
    await writeFile(path.resolve(io.cwd, values.output), text);
    io.stderr.write(
      `${checked.plan.jobs.length} jobs for ${checked.plan.week} written to ${values.output}
`
    );
  } else io.stdout.write(text);
  return EXIT.ok;
}
var NAMES = {
  backend: "campaign run: --backend",
  window: "--window",
  day: "--day",
  queue: "--queue (or BATCHBENCH_QUEUE)",
  spotQueue: "--spot-queue (or BATCHBENCH_SPOT_QUEUE)",
  imageUri: "--image-uri",
  historyDir: "--history-dir"
};
async function asUsage(work) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ConfigurationError) throw new UsageError(error.message);
    throw error;
  }
}
async function runSub(args, values, io) {
  if (args.length !== 1) throw new UsageError("campaign run takes one file");
  const choice = await asUsage(
    () => chooseBackend(
      {
        ...values.backend !== void 0 ? { backend: values.backend } : {},
        ...values.queue !== void 0 ? { queue: values.queue } : {},
        ...values["spot-queue"] !== void 0 ? { spotQueue: values["spot-queue"] } : {},
        ...values["image-uri"] !== void 0 ? { imageUri: values["image-uri"] } : {}
      },
      io.env,
      NAMES
    )
  );
  const now = Date.now();
  const week = weekOption(values, now);
  const checked = await checkCampaignFile(args[0], values, io, week);
  if (!checked.plan || !checked.campaign) return EXIT.usage;
  const c = checked.campaign;
  const plan = checked.plan;
  const picked = await asUsage(
    () => pickWindow(
      c,
      week,
      now,
      {
        ...values.window !== void 0 ? { window: values.window } : {},
        ...values.day !== void 0 ? { day: values.day } : {}
      },
      NAMES
    )
  );
  if ("closed" in picked) {
    io.stderr.write(`batchbench campaign: ${picked.closed}
`);
    return EXIT.ok;
  }
  const prices = await loadPrices(values.prices);
  const { outcome } = await asUsage(
    () => runWindow(
      {
        campaign: c,
        plan,
        ...picked,
        choice,
        names: NAMES,
        ...values["history-dir"] !== void 0 ? { historyDir: values["history-dir"] } : {},
        runsDir: values["runs-dir"] ?? ".batchbench/runs",
        cwd: io.cwd,
        env: io.env,
        log: (line) => io.stderr.write(`${line}
`)
      },
      {
        prices,
        progress: new TerminalProgress(io.stderr),
        now: Date.now,
        sleep: (ms) => delay(ms, void 0, { signal: io.signal }).catch(() => void 0),
        signal: io.signal
      }
    )
  );
  const text = values.format === "markdown" ? campaignMarkdown(outcome.summary) : campaignTerminal(outcome.summary);
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
  if (io.signal.aborted) return EXIT.interrupted;
  const regressed = outcome.summary.comparisons.some((x) => x.verdict === "regression");
  return outcome.summary.failed > 0 || regressed ? EXIT.failed : EXIT.ok;
}
export {
  CAMPAIGN_USAGE,
  campaignCommand,
  checkCampaignFile,
  weekOption
};
