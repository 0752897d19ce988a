import type { RunOrigin } from '../ports/run-store.js';

/**
 * Why the scheduled collector must not publish a run's report to the origin its manifest names,
 * or undefined when it may. Only a workflow can write a manifest (jobs write under their own
 * prefix), but the collector still publishes only what such a workflow could have recorded: its
 * own repository, a pull request number, a full commit SHA, and names batchbench makes.
 */
export function originProblem(origin: RunOrigin, repository: string | undefined): string | undefined {
  if (!repository) return 'the collector does not know its own repository (GITHUB_REPOSITORY)';
  if (origin.repository !== repository)
    return `the run names repository ${JSON.stringify(origin.repository)}, not ${repository}`;
  const pr = origin.pullRequest;
  if (pr && !(Number.isSafeInteger(pr.number) && pr.number > 0))
    return 'the run names no valid pull request number';
  if (origin.headSha !== undefined && !/^[0-9a-f]{40}$/.test(origin.headSha))
    return 'the run names no full commit SHA';
  if (!/^[^\p{Cc}]{1,255}$/u.test(origin.checkName)) return 'the run names no valid check name';
  if (!/^[A-Za-z0-9._/-]{1,200}$/.test(origin.commentKey)) return 'the run names no valid comment key';
  return undefined;
}
