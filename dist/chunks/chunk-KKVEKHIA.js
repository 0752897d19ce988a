import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  FsRunStore
} from "./chunk-DXYJLEUY.js";
import {
  createGitHubClient,
  httpStatus,
  isForbidden,
  readEvent,
  repositoryOf
} from "./chunk-455MYE3G.js";
import {
  logProgress
} from "./chunk-P3L5YWNB.js";
import {
  DEFAULT_MARKDOWN_LIMIT,
  collectRun,
  renderJson,
  renderMarkdown,
  reportMarker,
  reportRun
} from "./chunk-LVSQBUYB.js";
import {
  clip,
  escapeMarkdown,
  formatSeconds,
  markdownTable
} from "./chunk-TKTVF22X.js";
import {
  ConfigurationError,
  booleanInput,
  input,
  runAction,
  workspace
} from "./chunk-CANQQA5B.js";
import {
  info,
  setOutput,
  summary,
  warning
} from "./chunk-R3HB4BPP.js";
import {
  loadPrices
} from "./chunk-D5FG67Y2.js";

// src/entrypoints/report-action.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// src/domain/report/baseline-markdown.ts
var NOISE = 0.05;
function compareCells(base, head) {
  const key = (stage, cellId) => `${stage}\0${cellId}`;
  const baseCells = new Map(base.cells.map((c) => [key(c.stage, c.cellId), c]));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const cell of head.cells) {
    const k = key(cell.stage, cell.cellId);
    seen.add(k);
    const before = baseCells.get(k);
    out.push(
      change(
        cell.stage,
        cell.cellId,
        before?.wall.n ? before.wall.median : void 0,
        cell.wall.n ? cell.wall.median : void 0
      )
    );
  }
  for (const cell of base.cells) {
    if (!seen.has(key(cell.stage, cell.cellId)))
      out.push(change(cell.stage, cell.cellId, cell.wall.n ? cell.wall.median : void 0, void 0));
  }
  return out;
}
function change(stage, cellId, baseMedian, headMedian) {
  const c = { stage, cellId };
  if (baseMedian !== void 0) c.baseMedian = baseMedian;
  if (headMedian !== void 0) c.headMedian = headMedian;
  if (baseMedian !== void 0 && headMedian !== void 0 && baseMedian > 0)
    c.change = (headMedian - baseMedian) / baseMedian;
  return c;
}
function formatChange(change2) {
  if (change2 === void 0 || !Number.isFinite(change2)) return "\u2014";
  const pct = `${change2 >= 0 ? "+" : ""}${(change2 * 100).toFixed(1)}%`;
  if (Math.abs(change2) < NOISE) return pct;
  return `${change2 < 0 ? "\u2705" : "\u274C"} ${pct}`;
}
function renderBaselineMarkdown(base, head, maxRows = 40) {
  const changes = compareCells(base, head);
  const rows = changes.slice(0, maxRows).map((c) => [
    escapeMarkdown(clip(c.stage, 80)),
    escapeMarkdown(clip(c.cellId, 160)),
    formatSeconds(c.baseMedian),
    formatSeconds(c.headMedian),
    formatChange(c.change)
  ]);
  const lines = [
    "### Compared with the base branch",
    "",
    `<sub>base run ${escapeMarkdown(clip(base.run.id, 100))}${base.run.gitCommit ? ` at ${escapeMarkdown(clip(base.run.gitCommit, 40))}` : ""}; median wall time per repeat, changes under ${NOISE * 100}% are noise</sub>`,
    "",
    markdownTable([["stage", "cell", "base median", "head median", "change"], ...rows], {
      align: ["l", "l", "r", "r", "r"],
      alignDelimiters: false
    })
  ];
  if (changes.length > maxRows)
    lines.push("", `_${changes.length - maxRows} more cells in the JSON artifacts._`);
  return `${lines.join("\n")}
`;
}

// src/app/publish-report.ts
function composeReport(report, options = {}) {
  const marker = reportMarker(report.experiment.name);
  const compare = options.baseline ? `
${renderBaselineMarkdown(options.baseline, report)}` : "";
  const pendingNote = options.unfinished && options.unfinished > 0 ? `
> [!NOTE]
> ${options.unfinished} jobs were still running when this was written; the report updates when they are collected.
` : "";
  const markdown = renderMarkdown(report, {
    marker: report.experiment.name,
    limit: DEFAULT_MARKDOWN_LIMIT - compare.length - pendingNote.length
  }) + pendingNote + compare;
  const conclusion = options.unfinished && options.unfinished > 0 ? void 0 : conclusionOf(report);
  return {
    marker,
    markdown,
    json: renderJson(report),
    ...conclusion ? { conclusion } : {},
    title: titleOf(report, conclusion)
  };
}
function conclusionOf(report) {
  if (report.run.jobsFailed > 0 || report.run.jobsMissing > 0) return "failure";
  if (report.targets.some((t) => t.status === "missed")) return "failure";
  if (report.targets.some((t) => t.status === "inconclusive")) return "neutral";
  return "success";
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
  await publisher.summary(publication.markdown);
  publisher.outputs({
    markdown: publication.markdown,
    "report-json": publication.json,
    conclusion: publication.conclusion ?? "pending"
  });
  if (publisher.comment) log.push(await publisher.comment(publication.marker, publication.markdown));
  if (publisher.check) log.push(await publisher.check(publication));
  return log;
}

// src/adapters/github/commit-check.ts
var CHECK_SUMMARY_LIMIT = 65535;
var STATUS_DESCRIPTION_LIMIT = 140;
async function publishCheck(client, repo, check) {
  try {
    const { data } = await client.rest.checks.create({
      ...repo,
      name: check.name,
      head_sha: check.sha,
      ...check.conclusion ? {
        status: "completed",
        conclusion: check.conclusion,
        completed_at: (/* @__PURE__ */ new Date()).toISOString()
      } : { status: "in_progress" },
      ...check.detailsUrl ? { details_url: check.detailsUrl } : {},
      output: { title: check.title, summary: clipText(check.summary, CHECK_SUMMARY_LIMIT) }
    });
    return { kind: "check-run", id: data.id };
  } catch (error) {
    if (!isForbidden(error)) throw error;
  }
  const state = check.conclusion === void 0 ? "pending" : check.conclusion === "failure" ? "failure" : "success";
  try {
    await client.rest.repos.createCommitStatus({
      ...repo,
      sha: check.sha,
      state,
      context: check.name,
      description: clipText(check.title, STATUS_DESCRIPTION_LIMIT),
      ...check.detailsUrl ? { target_url: check.detailsUrl } : {}
    });
    return { kind: "status", state };
  } catch (error) {
    if (!isForbidden(error)) throw error;
    return { kind: "forbidden", permission: "checks: write (or statuses: write)" };
  }
}
function clipText(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

// src/adapters/github/sticky-comment.ts
async function upsertStickyComment(client, repo, issueNumber, marker, body) {
  const existing = await commentsWithMarker(client, repo, issueNumber, marker);
  const oldest = existing[0];
  if (oldest) {
    await client.rest.issues.updateComment({ ...repo, comment_id: oldest.id, body });
    const deleted2 = await deleteAll(client, repo, existing.slice(1));
    return { action: "updated", commentId: oldest.id, ...url(oldest), deleted: deleted2 };
  }
  const { data: created } = await client.rest.issues.createComment({
    ...repo,
    issue_number: issueNumber,
    body
  });
  const after = await commentsWithMarker(client, repo, issueNumber, marker);
  const keep = after[0];
  if (!keep || keep.id === created.id) {
    const deleted2 = await deleteAll(client, repo, after.slice(1));
    return { action: "created", commentId: created.id, ...url(created), deleted: deleted2 };
  }
  await client.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
  const deleted = await deleteAll(client, repo, after.slice(1));
  return { action: "updated", commentId: keep.id, ...url(keep), deleted };
}
async function commentsWithMarker(client, repo, issueNumber, marker) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100
  });
  return comments.filter((c) => (c.body ?? "").startsWith(marker)).map((c) => ({ id: c.id, created_at: c.created_at, html_url: c.html_url })).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}
async function deleteAll(client, repo, comments) {
  const deleted = [];
  for (const c of comments) {
    try {
      await client.rest.issues.deleteComment({ ...repo, comment_id: c.id });
      deleted.push(c.id);
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
  return deleted;
}
function url(c) {
  return c.html_url ? { url: c.html_url } : {};
}

// src/adapters/github/github-publisher.ts
var GitHubPublisher = class {
  comment;
  check;
  constructor(target) {
    if (target?.pullNumber !== void 0) {
      const pullNumber = target.pullNumber;
      this.comment = async (marker, markdown) => {
        try {
          const done = await upsertStickyComment(target.client, target.repo, pullNumber, marker, markdown);
          return `${done.action} comment ${done.commentId} on #${pullNumber}${done.deleted.length > 0 ? `, deleted ${done.deleted.length} duplicates` : ""}`;
        } catch (error) {
          if (!isForbidden(error)) throw error;
          warning(
            `batchbench could not comment on #${pullNumber}: the token is not allowed to (HTTP 403). Add 'pull-requests: write' to the job's permissions; pull requests from forks get a read-only token.`,
            { title: "batchbench: no permission to comment" }
          );
          return "comment skipped: no permission";
        }
      };
    }
    if (target?.sha !== void 0) {
      const sha = target.sha;
      this.check = async (publication) => {
        const outcome = await publishCheck(target.client, target.repo, {
          name: target.checkName,
          sha,
          ...publication.conclusion ? { conclusion: publication.conclusion } : {},
          title: publication.title,
          summary: publication.markdown,
          ...target.detailsUrl ? { detailsUrl: target.detailsUrl } : {}
        });
        if (outcome.kind === "forbidden") {
          warning(
            `batchbench could not create a check or a commit status on ${sha.slice(0, 12)} (HTTP 403). Add '${outcome.permission}' to the job's permissions.`,
            { title: "batchbench: no permission for a check" }
          );
          return "check skipped: no permission";
        }
        return outcome.kind === "check-run" ? `check run ${outcome.id}: ${publication.conclusion ?? "in progress"}` : `commit status: ${outcome.state}`;
      };
    }
  }
  async summary(markdown) {
    await summary.addRaw(markdown.endsWith("\n") ? markdown : `${markdown}
`).write();
  }
  outputs(values) {
    for (const [name, value] of Object.entries(values)) setOutput(name, value);
  }
};

// src/entrypoints/report-action.ts
async function publishRunReport(report, options) {
  const { env } = options;
  const publication = composeReport(report, {
    ...options.baseline ? { baseline: options.baseline } : {},
    ...options.unfinished ? { unfinished: options.unfinished } : {}
  });
  const event = await readEvent(env);
  const repo = repositoryOf(env);
  const client = options.token && repo ? createGitHubClient(options.token, env) : void 0;
  const sha = event.pullRequest?.headSha ?? env.GITHUB_SHA;
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const publisher = new GitHubPublisher(
    client && repo ? {
      client,
      repo,
      ...options.comment && event.pullRequest ? { pullNumber: event.pullRequest.number } : {},
      ...options.check && sha ? { sha } : {},
      checkName: options.checkName,
      ...runUrl ? { detailsUrl: runUrl } : {}
    } : void 0
  );
  if (!options.keepReportDir) {
    const dir = path.join(
      env.RUNNER_TEMP ?? workspace(env),
      "batchbench-report",
      safeName(report.experiment.name)
    );
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "report.json"), publication.json);
    await writeFile(path.join(dir, "report.md"), publication.markdown);
    setOutput("report-dir", dir);
  }
  for (const line of await publishReport(publication, publisher)) info(line);
  info(`${report.experiment.name}: ${publication.title}`);
  return publication;
}
function safeName(name) {
  return name.replace(/[^A-Za-z0-9_.-]/g, "-") || "experiment";
}
async function readBaseline(where, env) {
  let text;
  if (where.startsWith("s3://")) {
    const { GetObjectCommand } = await import("./dist-cjs-T6MUD6VZ.js");
    const { parseS3Url } = await import("./s3-location-GND6WJ6E.js");
    const { createAwsClients } = await import("./clients-CVTZQHXM.js");
    const { bucket, prefix } = parseS3Url(where.endsWith("/") ? where : `${where}/`);
    const key = prefix.replace(/\/$/, "");
    const s3 = createAwsClients({ env }).s3;
    try {
      const res = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      text = await res.Body?.transformToString();
    } catch (error) {
      if (error.name !== "NoSuchKey") throw error;
    } finally {
      s3.destroy();
    }
  } else {
    text = await readFile(path.resolve(workspace(env), where), "utf8").catch(
      (error) => {
        if (error.code === "ENOENT") return void 0;
        throw error;
      }
    );
  }
  if (text === void 0) {
    info(`no base branch report at ${where}: nothing to compare with`);
    return void 0;
  }
  const model = JSON.parse(text);
  if (model.schemaVersion !== 1 || !Array.isArray(model.cells))
    throw new ConfigurationError(`${where} is not a batchbench report.json`);
  return model;
}
async function loadRunReport(env) {
  const prices = await loadPrices(input("prices"));
  const runDir = input("run-dir");
  if (runDir) {
    const folder = path.resolve(workspace(env), runDir.replace(/[/\\]+$/, ""));
    const store2 = new FsRunStore(path.dirname(folder));
    try {
      return { report: await reportRun(path.basename(folder), { store: store2, prices }), unfinished: 0 };
    } catch (error) {
      if (error.code === "ENOENT")
        throw new ConfigurationError(`run-dir ${runDir} holds no batchbench run (no manifest.json)`);
      throw error;
    }
  }
  const runId = input("run-id");
  const storeUrl = input("store");
  if (!runId || !storeUrl)
    throw new ConfigurationError(
      "give either 'run-dir' (a local run folder) or 'run-id' and 'store' (s3://bucket/prefix/)"
    );
  const { attachedExecutor, s3Run } = await import("./aws-wiring-LY5RK736.js");
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
  return { report: outcome.report, unfinished: outcome.unfinished };
}
async function publishFromInputs(report, unfinished, env, options) {
  const baselineAt = input("baseline-report");
  const baseline = baselineAt ? await readBaseline(baselineAt, env) : void 0;
  const token = input("github-token");
  const publication = await publishRunReport(report, {
    env,
    unfinished,
    ...baseline ? { baseline } : {},
    comment: booleanInput("comment", true),
    check: booleanInput("check", true),
    checkName: input("check-name") ?? `batchbench / ${report.experiment.name}`,
    ...token ? { token } : {},
    ...options.keepReportDir ? { keepReportDir: true } : {}
  });
  if (booleanInput("fail-on-miss", options.failOnMissByDefault) && publication.conclusion === "failure")
    throw new ConfigurationError(`${report.experiment.name}: ${publication.title}`);
}
async function run(env = process.env) {
  await runAction("report", async () => {
    const { report, unfinished } = await loadRunReport(env);
    await publishFromInputs(report, unfinished, env, { failOnMissByDefault: false });
    setOutput("status", unfinished > 0 ? "pending" : "complete");
  });
}

export {
  publishFromInputs,
  run
};
