import * as runner from './runner-io.js';
import { publishCheck, type CheckConclusion } from './commit-check.js';
import type { Repository } from './event.js';
import { isForbidden, type GitHubClient } from './rest-client.js';
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
    await runner.summary.addRaw(markdown.endsWith('\n') ? markdown : `${markdown}\n`).write();
  }

  outputs(values: Record<string, string>): void {
    for (const [name, value] of Object.entries(values)) runner.setOutput(name, value);
  }
}
