import type { RunOrigin } from '../../ports/run-store.js';
import * as runner from './runner-io.js';
import { appendSummary, setLargeOutput } from './step-limits.js';
import { publishCheck, type CheckConclusion } from './commit-check.js';
import type { Repository } from './event.js';
import { createGitHubClient, httpStatus, isForbidden, type GitHubClient } from './rest-client.js';
import { upsertStickyComment } from './sticky-comment.js';

export interface GitHubTarget {
  client: GitHubClient;
  repo: Repository;
  /** The PR to comment on; no comment without one. */
  pullNumber?: number;
  /** The commit the check run or status goes on; no check without one. */
  sha?: string;
  checkName: string;
  detailsUrl?: string;
  /**
   * Comment only while the PR's head is still this commit: a run finished hours later must not
   * replace the comment of a newer push's run with its older results.
   */
  whileHeadIs?: string;
}

/** Where a run's report goes on GitHub, from the run's origin: its PR's comment and its commit's check. */
export function originTarget(
  origin: RunOrigin,
  options: {
    token?: string;
    env: NodeJS.ProcessEnv;
    comment: boolean;
    check: boolean;
    whileHeadIs?: boolean;
  },
): GitHubTarget | undefined {
  const [owner, repo] = origin.repository.split('/');
  if (!options.token || !owner || !repo) return undefined;
  const { env } = options;
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return {
    client: createGitHubClient(options.token, env),
    repo: { owner, repo },
    ...(options.comment && origin.pullRequest ? { pullNumber: origin.pullRequest.number } : {}),
    ...(options.check && origin.headSha ? { sha: origin.headSha } : {}),
    checkName: origin.checkName,
    ...(runUrl ? { detailsUrl: runUrl } : {}),
    ...(options.whileHeadIs && origin.headSha ? { whileHeadIs: origin.headSha } : {}),
  };
}

/**
 * Publishes a report where a workflow run shows it: the job summary, the step's outputs, a
 * sticky PR comment and a check. A token that may not comment or create checks (a fork's PR,
 * a job without the permission) gives a warning naming the permission, not a failed step.
 */
export class GitHubPublisher {
  readonly comment?: (marker: string, markdown: string) => Promise<string>;
  readonly check?: (publication: {
    conclusion?: CheckConclusion;
    title: string;
    markdown: string;
  }) => Promise<string>;

  constructor(target?: GitHubTarget) {
    if (target?.pullNumber !== undefined) {
      const pullNumber = target.pullNumber;
      this.comment = async (marker, markdown) => {
        try {
          const moved = target.whileHeadIs
            ? await headMoved(target, pullNumber, target.whileHeadIs)
            : undefined;
          if (moved) return `comment on #${pullNumber} left alone: ${moved}`;
          const done = await upsertStickyComment(target.client, target.repo, pullNumber, marker, markdown);
          return `${done.action} comment ${done.commentId} on #${pullNumber}${
            done.deleted.length > 0 ? `, deleted ${done.deleted.length} duplicates` : ''
          }`;
        } catch (error) {
          if (!isForbidden(error)) throw error;
          runner.warning(
            `batchbench could not comment on #${pullNumber}: the token is not allowed to (HTTP 403). ` +
              "Add 'pull-requests: write' to the job's permissions; pull requests from forks get a read-only token.",
            { title: 'batchbench: no permission to comment' },
          );
          return 'comment skipped: no permission';
        }
      };
    }
    if (target?.sha !== undefined) {
      const sha = target.sha;
      this.check = async (publication) => {
        const outcome = await publishCheck(target.client, target.repo, {
          name: target.checkName,
          sha,
          ...(publication.conclusion ? { conclusion: publication.conclusion } : {}),
          title: publication.title,
          summary: publication.markdown,
          ...(target.detailsUrl ? { detailsUrl: target.detailsUrl } : {}),
        });
        if (outcome.kind === 'forbidden') {
          runner.warning(
            `batchbench could not create a check or a commit status on ${sha.slice(0, 12)} (HTTP 403). ` +
              `Add '${outcome.permission}' to the job's permissions.`,
            { title: 'batchbench: no permission for a check' },
          );
          return 'check skipped: no permission';
        }
        return outcome.kind === 'check-run'
          ? `check run ${outcome.id}: ${publication.conclusion ?? 'in progress'}`
          : `commit status: ${outcome.state}`;
      };
    }
  }

  async summary(markdown: string): Promise<void> {
    await appendSummary(markdown, {
      rest: 'The whole report is in the file the `report-json-file` output names.',
    });
  }

  /** `report-json` can outgrow an output: it goes to a file too (`report-json-file`). */
  outputs(values: Record<string, string>): void {
    for (const [name, value] of Object.entries(values)) {
      if (name === 'report-json') setLargeOutput(name, value);
      else runner.setOutput(name, value);
    }
  }
}

/** Why the PR no longer shows this commit's results (a newer push, or the PR is gone), if it does not. */
async function headMoved(target: GitHubTarget, pullNumber: number, sha: string): Promise<string | undefined> {
  try {
    const { data } = await target.client.rest.pulls.get({ ...target.repo, pull_number: pullNumber });
    return data.head.sha === sha
      ? undefined
      : `its head moved on from ${sha.slice(0, 12)} to ${data.head.sha.slice(0, 12)}`;
  } catch (error) {
    if (httpStatus(error) === 404) return 'the pull request is gone';
    throw error;
  }
}
