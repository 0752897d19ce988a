import { getOctokit } from '@actions/github';
import { recordGitHubRequests } from './request-recorder.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * An Octokit for the REST API at `GITHUB_API_URL` (GitHub Enterprise Server, or a test's
 * loopback server), authenticated with the workflow's token.
 */
export function createGitHubClient(token: string, env: NodeJS.ProcessEnv): GitHubClient {
  return recordGitHubRequests(getOctokit(token, { baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com' }));
}

/**
 * Every item of a REST listing (an endpoint method such as `client.rest.issues.listComments`),
 * 100 a page: the largest page GitHub serves, so the fewest requests against the rate limit.
 */
export function listAll<P extends object, T>(
  client: GitHubClient,
  list: GitHubClient['request'] & ((parameters: P) => Promise<{ data: T[] }>),
  parameters: P,
): Promise<T[]> {
  return client.paginate(list, { ...parameters, per_page: 100 });
}

/** The token may not do this: the workflow's `permissions:` lack a scope, or the PR is from a fork. */
export function isForbidden(error: unknown): boolean {
  return httpStatus(error) === 403;
}

export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}
