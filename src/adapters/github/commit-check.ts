import type { Repository } from './event.js';
import type { GitHubClient } from './rest-client.js';
import { isForbidden } from './rest-client.js';

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRequest {
  name: string;
  sha: string;
  /** Absent while jobs still run: the check stays in progress. */
  conclusion?: CheckConclusion;
  title: string;
  /** Markdown; a check run's summary holds at most 65,535 characters. */
  summary: string;
  detailsUrl?: string;
}

export type CheckOutcome =
  | { kind: 'check-run'; id: number }
  | { kind: 'status'; state: string }
  | { kind: 'forbidden'; permission: string };

const CHECK_SUMMARY_LIMIT = 65_535;
/** A commit status description holds at most 140 characters. */
const STATUS_DESCRIPTION_LIMIT = 140;

/**
 * A check run on the commit (needs `checks: write`), or, when the token may not create one,
 * a commit status (needs `statuses: write`). When neither is allowed it says which to add.
 */
export async function publishCheck(
  client: GitHubClient,
  repo: Repository,
  check: CheckRequest,
): Promise<CheckOutcome> {
  try {
    const { data } = await client.rest.checks.create({
      ...repo,
      name: check.name,
      head_sha: check.sha,
      ...(check.conclusion
        ? {
            status: 'completed' as const,
            conclusion: check.conclusion,
            completed_at: new Date().toISOString(),
          }
        : { status: 'in_progress' as const }),
      ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
      output: { title: check.title, summary: clipText(check.summary, CHECK_SUMMARY_LIMIT) },
    });
    return { kind: 'check-run', id: data.id };
  } catch (error) {
    if (!isForbidden(error)) throw error;
  }
  const state =
    check.conclusion === undefined ? 'pending' : check.conclusion === 'failure' ? 'failure' : 'success';
  try {
    await client.rest.repos.createCommitStatus({
      ...repo,
      sha: check.sha,
      state,
      context: check.name,
      description: clipText(check.title, STATUS_DESCRIPTION_LIMIT),
      ...(check.detailsUrl ? { target_url: check.detailsUrl } : {}),
    });
    return { kind: 'status', state };
  } catch (error) {
    if (!isForbidden(error)) throw error;
    return { kind: 'forbidden', permission: 'checks: write (or statuses: write)' };
  }
}

function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
