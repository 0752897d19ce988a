import type { Repository } from './event.js';
import type { GitHubClient } from './rest-client.js';
import { httpStatus, isForbidden } from './rest-client.js';

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled';

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
 * A check run of the same name on the commit is updated in place, so a run that finishes
 * later (the scheduled collector) turns the "in progress" check into its result instead of
 * leaving it beside a second one.
 */
export async function publishCheck(
  client: GitHubClient,
  repo: Repository,
  check: CheckRequest,
): Promise<CheckOutcome> {
  const fields = {
    ...(check.conclusion
      ? {
          status: 'completed' as const,
          conclusion: check.conclusion,
          completed_at: new Date().toISOString(),
        }
      : { status: 'in_progress' as const }),
    ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
    output: { title: check.title, summary: clipText(check.summary, CHECK_SUMMARY_LIMIT) },
  };
  try {
    const existing = await existingCheckRun(client, repo, check);
    if (existing !== undefined) {
      try {
        await client.rest.checks.update({ ...repo, check_run_id: existing, ...fields });
        return { kind: 'check-run', id: existing };
      } catch (error) {
        // Another app's check run of that name, or one GitHub will not reopen: make a new one.
        if (![403, 404, 422].includes(httpStatus(error) ?? 0)) throw error;
      }
    }
    const { data } = await client.rest.checks.create({
      ...repo,
      name: check.name,
      head_sha: check.sha,
      ...fields,
    });
    return { kind: 'check-run', id: data.id };
  } catch (error) {
    if (!isForbidden(error)) throw error;
  }
  // A commit status has no "cancelled": "error" says the run did not complete, without blaming it.
  const state =
    check.conclusion === undefined
      ? 'pending'
      : check.conclusion === 'failure'
        ? 'failure'
        : check.conclusion === 'cancelled'
          ? 'error'
          : 'success';
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

/** The newest check run of this name on the commit, if the token may see one. */
async function existingCheckRun(
  client: GitHubClient,
  repo: Repository,
  check: CheckRequest,
): Promise<number | undefined> {
  try {
    const { data } = await client.rest.checks.listForRef({
      ...repo,
      ref: check.sha,
      check_name: check.name,
      filter: 'latest',
      per_page: 1,
    });
    return data.check_runs[0]?.id;
  } catch (error) {
    if (isForbidden(error) || httpStatus(error) === 404) return undefined;
    throw error;
  }
}

function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
