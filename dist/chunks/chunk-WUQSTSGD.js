import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  createGitHubClient,
  httpStatus,
  isForbidden,
  listAll
} from "./chunk-G6E6OGVB.js";
import {
  appendSummary,
  setLargeOutput
} from "./chunk-BHI37NSG.js";
import {
  setOutput,
  warning
} from "./chunk-52F2NNLZ.js";

// src/adapters/github/commit-check.ts
var CHECK_SUMMARY_LIMIT = 65535;
var STATUS_DESCRIPTION_LIMIT = 140;
async function publishCheck(client, repo, check) {
  const fields = {
    ...check.conclusion ? {
      status: "completed",
      conclusion: check.conclusion,
      completed_at: (/* @__PURE__ */ new Date()).toISOString()
    } : { status: "in_progress" },
    ...check.detailsUrl ? { details_url: check.detailsUrl } : {},
    output: { title: check.title, summary: clipText(check.summary, CHECK_SUMMARY_LIMIT) }
  };
  try {
    const existing = await existingCheckRun(client, repo, check);
    if (existing !== void 0) {
      try {
        await client.rest.checks.update({ ...repo, check_run_id: existing, ...fields });
        return { kind: "check-run", id: existing };
      } catch (error) {
        if (![403, 404, 422].includes(httpStatus(error) ?? 0)) throw error;
      }
    }
    const { data } = await client.rest.checks.create({
      ...repo,
      name: check.name,
      head_sha: check.sha,
      ...fields
    });
    return { kind: "check-run", id: data.id };
  } catch (error) {
    if (!isForbidden(error)) throw error;
  }
  const state = check.conclusion === void 0 ? "pending" : check.conclusion === "failure" ? "failure" : check.conclusion === "cancelled" ? "error" : "success";
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
async function existingCheckRun(client, repo, check) {
  try {
    const { data } = await client.rest.checks.listForRef({
      ...repo,
      ref: check.sha,
      check_name: check.name,
      filter: "latest",
      per_page: 1
    });
    return data.check_runs[0]?.id;
  } catch (error) {
    if (isForbidden(error) || httpStatus(error) === 404) return void 0;
    throw error;
  }
}
function clipText(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

// src/adapters/github/sticky-comment.ts
var GITHUB_ACTIONS_BOT = "github-actions[bot]";
async function tokenAuthor(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 401) return GITHUB_ACTIONS_BOT;
    throw error;
  }
}
async function upsertStickyComment(client, repo, issueNumber, marker, body) {
  const author = await tokenAuthor(client);
  const existing = await commentsWithMarker(client, repo, issueNumber, marker, author);
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
  const after = await commentsWithMarker(client, repo, issueNumber, marker, created.user?.login ?? author);
  const keep = after[0];
  if (!keep || keep.id === created.id) {
    const deleted2 = await deleteAll(client, repo, after.slice(1));
    return { action: "created", commentId: created.id, ...url(created), deleted: deleted2 };
  }
  await client.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
  const deleted = await deleteAll(client, repo, after.slice(1));
  return { action: "updated", commentId: keep.id, ...url(keep), deleted };
}
async function commentsWithMarker(client, repo, issueNumber, marker, author) {
  const comments = await listAll(client, client.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber
  });
  return comments.filter((c) => c.user?.login === author && (c.body ?? "").startsWith(marker)).map((c) => ({ id: c.id, created_at: c.created_at, html_url: c.html_url })).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
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
function originTarget(origin, options) {
  const [owner, repo] = origin.repository.split("/");
  if (!options.token || !owner || !repo) return void 0;
  const { env } = options;
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  return {
    client: createGitHubClient(options.token, env),
    repo: { owner, repo },
    ...options.comment && origin.pullRequest ? { pullNumber: origin.pullRequest.number } : {},
    ...options.check && origin.headSha ? { sha: origin.headSha } : {},
    checkName: origin.checkName,
    ...runUrl ? { detailsUrl: runUrl } : {},
    ...options.whileHeadIs && origin.headSha ? { whileHeadIs: origin.headSha } : {}
  };
}
var GitHubPublisher = class {
  comment;
  check;
  constructor(target) {
    if (target?.pullNumber !== void 0) {
      const pullNumber = target.pullNumber;
      this.comment = async (marker, markdown) => {
        try {
          const moved = target.whileHeadIs ? await headMoved(target, pullNumber, target.whileHeadIs) : void 0;
          if (moved) return `comment on #${pullNumber} left alone: ${moved}`;
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
    await appendSummary(markdown, {
      rest: "The whole report is in the file the `report-json-file` output names."
    });
  }
  /** `report-json` can outgrow an output: it goes to a file too (`report-json-file`). */
  outputs(values) {
    for (const [name, value] of Object.entries(values)) {
      if (name === "report-json") setLargeOutput(name, value);
      else setOutput(name, value);
    }
  }
};
async function headMoved(target, pullNumber, sha) {
  try {
    const { data } = await target.client.rest.pulls.get({ ...target.repo, pull_number: pullNumber });
    return data.head.sha === sha ? void 0 : `its head moved on from ${sha.slice(0, 12)} to ${data.head.sha.slice(0, 12)}`;
  } catch (error) {
    if (httpStatus(error) === 404) return "the pull request is gone";
    throw error;
  }
}

export {
  originTarget,
  GitHubPublisher
};
