import { appendRequestRecord } from '../request-log.js';
import type { getOctokit } from '@actions/github';

type GitHubClient = ReturnType<typeof getOctokit>;

/** One GitHub REST request as it goes on the wire, relative to the API's base URL. */
export interface GitHubRequestRecord {
  service: 'github';
  method: string;
  /** The path below the base URL (GitHub Enterprise Server's `/api/v3` taken off). */
  path: string;
  query: Record<string, string>;
  body?: unknown;
}

/**
 * With BATCHBENCH_RECORD_REQUESTS=<file>, appends every request this client sends (pages of a
 * listing included) as one JSON line; scripts/check-requests.mjs checks them against GitHub's
 * published OpenAPI description. The test suite turns it on; nothing else does.
 */
export function recordGitHubRequests(
  client: GitHubClient,
  env: NodeJS.ProcessEnv = process.env,
): GitHubClient {
  const file = env.BATCHBENCH_RECORD_REQUESTS;
  if (!file) return client;
  client.hook.before('request', (options) => {
    const parsed = client.request.endpoint.parse(options);
    appendRequestRecord(file, githubRecord(parsed.method, parsed.url, options.baseUrl, parsed.body));
  });
  return client;
}

/** The record of one parsed request: the URL split into the path below `baseUrl` and its query. */
export function githubRecord(
  method: string,
  url: string,
  baseUrl: string,
  body: unknown,
): GitHubRequestRecord {
  const target = new URL(url, baseUrl);
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const pathname =
    basePath && target.pathname.startsWith(`${basePath}/`)
      ? target.pathname.slice(basePath.length)
      : target.pathname;
  return {
    service: 'github',
    method: method.toUpperCase(),
    path: pathname,
    query: Object.fromEntries(target.searchParams),
    ...(body === undefined || body === null ? {} : { body }),
  };
}
