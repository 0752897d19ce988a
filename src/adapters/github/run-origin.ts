import type { RunOrigin } from '../../ports/run-store.js';
import { readEvent, repositoryOf } from './event.js';

/** Events that run on a pull request's code (or a merge queue's), never a branch's own results. */
const NOT_A_BRANCH = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'merge_group']);

/**
 * The workflow run's origin as a run records it: the repository, the event, the PR (number and
 * base branch) or the branch, and the commit its check goes on. Undefined outside GitHub Actions.
 */
export async function workflowOrigin(
  env: NodeJS.ProcessEnv,
  run: { experimentFile: string; commentKey: string; checkName: string },
): Promise<RunOrigin | undefined> {
  const repo = repositoryOf(env);
  if (!repo) return undefined;
  const event = await readEvent(env);
  const ref = env.GITHUB_REF ?? (typeof event.payload.ref === 'string' ? event.payload.ref : '');
  const branch =
    !event.pullRequest && !NOT_A_BRANCH.has(event.name) && ref.startsWith('refs/heads/')
      ? ref.slice('refs/heads/'.length)
      : undefined;
  const repository = event.payload.repository as { default_branch?: unknown } | undefined;
  const defaultBranch =
    typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
  // On a PR the check goes on the PR's head commit: GITHUB_SHA is the test merge commit there.
  const headSha = event.pullRequest?.headSha ?? env.GITHUB_SHA;
  return {
    repository: `${repo.owner}/${repo.repo}`,
    event: event.name,
    ...(branch ? { branch } : {}),
    ...(defaultBranch ? { defaultBranch } : {}),
    ...(event.pullRequest
      ? { pullRequest: { number: event.pullRequest.number, baseRef: event.pullRequest.baseRef } }
      : {}),
    ...(headSha ? { headSha } : {}),
    ...run,
  };
}
