import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  GitHubPublisher,
  originTarget
} from "./chunk-WUQSTSGD.js";
import {
  historyBeside
} from "./chunk-BXX3FDER.js";
import {
  readEvent,
  repositoryOf
} from "./chunk-2SECIYKN.js";
import {
  parseReport,
  publishRun
} from "./chunk-B54ZDRTI.js";
import {
  booleanInput,
  input,
  workspace
} from "./chunk-UZCDPZT5.js";
import {
  info,
  setFailed,
  setOutput
} from "./chunk-52F2NNLZ.js";
import {
  UnreadableFile,
  readUserFile
} from "./chunk-OE34II5Z.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";

// src/entrypoints/publish-inputs.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/adapters/github/run-origin.ts
var NOT_A_BRANCH = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "merge_group"]);
async function workflowOrigin(env, run) {
  const repo = repositoryOf(env);
  if (!repo) return void 0;
  const event = await readEvent(env);
  const ref = env.GITHUB_REF ?? (typeof event.payload.ref === "string" ? event.payload.ref : "");
  const branch = !event.pullRequest && !NOT_A_BRANCH.has(event.name) && ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
  const repository = event.payload.repository;
  const defaultBranch = typeof repository?.default_branch === "string" ? repository.default_branch : void 0;
  const headSha = event.pullRequest?.headSha ?? env.GITHUB_SHA;
  return {
    repository: `${repo.owner}/${repo.repo}`,
    event: event.name,
    ...branch ? { branch } : {},
    ...defaultBranch ? { defaultBranch } : {},
    ...event.pullRequest ? { pullRequest: { number: event.pullRequest.number, baseRef: event.pullRequest.baseRef } } : {},
    ...headSha ? { headSha } : {},
    ...run
  };
}

// src/entrypoints/publish-inputs.ts
function checkNameInput(experiment) {
  return input("check-name") ?? `batchbench / ${experiment}`;
}
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
  const history = historyBeside(options.store);
  const publication = await publishRun(
    {
      report,
      unfinished: options.unfinished ?? 0,
      ...origin ? { origin } : {},
      ...options.baseline ? { baseline: options.baseline } : {},
      ...options.baselineNote ? { baselineNote: options.baselineNote } : {},
      markPublished: options.markPublished === true
    },
    {
      store: options.store,
      publisher,
      log: (line) => info(line),
      now: Date.now,
      ...history ? { history } : {}
    }
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
    const { readS3Text } = await import("./aws-VX7WQFIW.js");
    text = await readS3Text(where, env);
  } else {
    text = await readUserFile(where, { root: workspace(env), allowNamedOutside: true }).catch(
      (error) => {
        if (error instanceof UnreadableFile && error.code === "ENOENT") return void 0;
        throw error;
      }
    );
  }
  if (text === void 0) return { note: `No base branch report at ${where}: nothing to compare with.` };
  return { baseline: parseReport(text, where) };
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
    setFailed(escapeTerminal(`${report.experiment.name}: ${publication.title}`));
  return publication;
}

export {
  workflowOrigin,
  checkNameInput,
  publishFromInputs
};
