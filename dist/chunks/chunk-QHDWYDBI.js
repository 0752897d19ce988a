import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  FsRunStore
} from "./chunk-JHP2DB3R.js";
import {
  GitHubPublisher,
  originTarget
} from "./chunk-MRBCJ4AK.js";
import {
  checkNameInput,
  workflowOrigin
} from "./chunk-4YOE75NO.js";
import {
  logProgress
} from "./chunk-VJQGRW5W.js";
import {
  collectRun
} from "./chunk-A2RG4BAH.js";
import {
  reportRun
} from "./chunk-6SKZGS4Z.js";
import {
  parseReport,
  publishRun
} from "./chunk-MPHH7IPH.js";
import {
  booleanInput,
  input,
  runAction,
  workspace
} from "./chunk-SBTHT7PX.js";
import {
  info,
  setOutput
} from "./chunk-52F2NNLZ.js";
import {
  UnreadableFile,
  loadPrices,
  readUserFile
} from "./chunk-PB7EYQ6R.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/entrypoints/report-action.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
async function publishRunReport(report, options) {
  const { env } = options;
  const origin = await workflowOrigin(env, {
    experimentFile: report.experiment.file,
    commentKey: report.experiment.name,
    checkName: options.checkName
  });
  const target = origin ? originTarget(origin, { token: options.token, env, comment: options.comment, check: options.check }) : void 0;
  const github = new GitHubPublisher(target);
  const dir = options.keepReportDir ? void 0 : reportDir(report, env);
  const publisher = {
    summary: (markdown) => github.summary(markdown),
    outputs: (values) => github.outputs(values),
    ...github.comment ? { comment: github.comment } : {},
    ...github.check ? { check: github.check } : {},
    ...dir ? { artifacts: (publication2) => writeReportFiles(dir, publication2) } : {}
  };
  const publication = await publishRun(
    {
      report,
      unfinished: options.unfinished ?? 0,
      ...origin ? { origin } : {},
      ...options.baseline ? { baseline: options.baseline } : {},
      ...options.baselineNote ? { baselineNote: options.baselineNote } : {},
      markPublished: options.markPublished === true
    },
    { store: options.store, publisher, log: (line) => info(line), now: Date.now }
  );
  info(`${report.experiment.name}: ${publication.title}`);
  return publication;
}
async function writeReportFiles(dir, publication) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "report.json"), publication.json);
  await writeFile(path.join(dir, "report.md"), publication.markdown);
  setOutput("report-dir", dir);
}
function reportDir(report, env) {
  return path.join(env.RUNNER_TEMP ?? workspace(env), "batchbench-report", safeName(report.experiment.name));
}
function safeName(name) {
  return name.replace(/[^A-Za-z0-9_.-]/g, "-") || "experiment";
}
async function readBaseline(where, env) {
  let text;
  if (where.startsWith("s3://")) {
    const { parseS3Url } = await import("./s3-location-CDED53NU.js");
    const { createAwsClients } = await import("./clients-CFE5G54Y.js");
    const { S3Io } = await import("./s3-io-WVP26TPC.js");
    const { retryPolicy } = await import("./retry-VLPEVBYJ.js");
    const { bucket, prefix } = parseS3Url(where.endsWith("/") ? where : `${where}/`);
    const s3 = createAwsClients({ env }).s3;
    try {
      text = await new S3Io(s3, bucket, retryPolicy()).get(prefix.replace(/\/$/, ""));
    } finally {
      s3.destroy();
    }
  } else {
    text = await readUserFile(where, { root: workspace(env), allowNamedOutside: true }).catch(
      (error) => {
        if (error instanceof UnreadableFile && error.code === "ENOENT") return void 0;
        throw error;
      }
    );
  }
  if (text === void 0) return { note: `No base branch report at ${where}: nothing to compare with.` };
  try {
    return { baseline: parseReport(text, where) };
  } catch (error) {
    throw new UserError(error.message);
  }
}
async function loadRunReport(env) {
  const prices = await loadPrices(input("prices"));
  const runDir = input("run-dir");
  if (runDir) {
    const folder = path.resolve(workspace(env), runDir.replace(/[/\\]+$/, ""));
    const store2 = new FsRunStore(path.dirname(folder));
    try {
      const report = await reportRun(path.basename(folder), { store: store2, prices });
      return { report, unfinished: 0, store: store2, submitted: false };
    } catch (error) {
      if (error.code === "ENOENT")
        throw new UserError(`run-dir ${runDir} holds no batchbench run (no manifest.json)`);
      throw error;
    }
  }
  const runId = input("run-id");
  const storeUrl = input("store");
  if (!runId || !storeUrl)
    throw new UserError(
      "give either 'run-dir' (a local run folder) or 'run-id' and 'store' (s3://bucket/prefix/)"
    );
  const { attachedExecutor, s3Run } = await import("./aws-wiring-77NDK2M2.js");
  const { clients, store } = s3Run(storeUrl, env, input("experiment"));
  const manifest = await store.readManifest(runId);
  const outcome = await collectRun(
    runId,
    {
      store,
      collector: attachedExecutor(clients, store, manifest),
      prices,
      progress: logProgress,
      now: Date.now,
      signal: new AbortController().signal
    },
    { wait: false }
  );
  return { report: outcome.report, unfinished: outcome.unfinished, store, submitted: true };
}
async function publishFromInputs(report, unfinished, env, options) {
  const baselineAt = input("baseline-report");
  const { baseline, note } = baselineAt ? await readBaseline(baselineAt, env) : {};
  const token = input("github-token");
  const publication = await publishRunReport(report, {
    env,
    store: options.store,
    unfinished,
    ...baseline ? { baseline } : {},
    ...note ? { baselineNote: note } : {},
    comment: booleanInput("comment", true),
    check: booleanInput("check", true),
    checkName: checkNameInput(report.experiment.name),
    ...token ? { token } : {},
    ...options.keepReportDir ? { keepReportDir: true } : {},
    markPublished: options.submitted
  });
  if (booleanInput("fail-on-miss", options.failOnMissByDefault) && publication.conclusion === "failure")
    throw new UserError(`${report.experiment.name}: ${publication.title}`);
}
async function run(env = process.env) {
  await runAction("report", async () => {
    const { report, unfinished, store, submitted } = await loadRunReport(env);
    await publishFromInputs(report, unfinished, env, { store, submitted, failOnMissByDefault: false });
    setOutput("status", unfinished > 0 ? "pending" : "complete");
  });
}

export {
  publishFromInputs,
  run
};
