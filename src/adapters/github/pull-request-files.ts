import type { Repository } from './event.js';
import { listAll, type GitHubClient } from './rest-client.js';

/**
 * Files a pull request adds or changes (removed ones have nothing to validate). The REST API
 * lists at most 3,000 files per PR.
 */
export async function changedFiles(
  client: GitHubClient,
  repo: Repository,
  pullNumber: number,
): Promise<string[]> {
  const files = await listAll(client, client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber });
  return files.filter((f) => f.status !== 'removed').map((f) => f.filename);
}
