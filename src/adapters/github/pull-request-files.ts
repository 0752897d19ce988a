import type { Repository } from './event.js';
import type { GitHubClient } from './rest-client.js';

/**
 * Files a pull request adds or changes (removed ones have nothing to validate). The REST API
 * pages them 100 at a time and lists at most 3,000 files per PR.
 */
export async function changedFiles(
  client: GitHubClient,
  repo: Repository,
  pullNumber: number,
): Promise<string[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return files.filter((f) => f.status !== 'removed').map((f) => f.filename);
}
