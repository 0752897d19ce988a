import type { Repository } from './event.js';
import type { GitHubClient } from './rest-client.js';
import { httpStatus, listAll } from './rest-client.js';

export interface StickyOutcome {
  action: 'created' | 'updated';
  commentId: number;
  url?: string;
  /** Duplicates left by a race with another workflow run, deleted. */
  deleted: number[];
}

interface FoundComment {
  id: number;
  created_at: string;
  html_url?: string;
}

/** The author of the comments a workflow's GITHUB_TOKEN writes. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/**
 * Whose comments this token writes: the user of a personal or user-to-server token (`GET
 * /user`); an installation token, GITHUB_TOKEN among them, may not read /user and writes as
 * github-actions[bot]. (Another app's token writes as its own bot: the first comment it creates
 * tells, and the look after creating uses that.)
 */
export async function tokenAuthor(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 401) return GITHUB_ACTIONS_BOT;
    throw error;
  }
}

/**
 * One comment per marker on an issue or PR: updated when it exists, created otherwise. Only
 * comments written by this token's identity count: anyone can post a comment that starts with
 * the marker, and such a comment is neither updated nor deleted. Two workflow runs finishing at
 * once may both find none and both create one, so a run that created looks again: every run then
 * agrees on the oldest comment, keeps it with its own body, and deletes the others. Whichever run
 * looks last sees every comment created before.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: Repository,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<StickyOutcome> {
  const author = await tokenAuthor(client);
  const existing = await commentsWithMarker(client, repo, issueNumber, marker, author);
  const oldest = existing[0];
  if (oldest) {
    await client.rest.issues.updateComment({ ...repo, comment_id: oldest.id, body });
    const deleted = await deleteAll(client, repo, existing.slice(1));
    return { action: 'updated', commentId: oldest.id, ...url(oldest), deleted };
  }
  const { data: created } = await client.rest.issues.createComment({
    ...repo,
    issue_number: issueNumber,
    body,
  });
  const after = await commentsWithMarker(client, repo, issueNumber, marker, created.user?.login ?? author);
  const keep = after[0];
  if (!keep || keep.id === created.id) {
    const deleted = await deleteAll(client, repo, after.slice(1));
    return { action: 'created', commentId: created.id, ...url(created), deleted };
  }
  // Another run created first: its comment stays, with this run's body, and ours goes.
  await client.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
  const deleted = await deleteAll(client, repo, after.slice(1));
  return { action: 'updated', commentId: keep.id, ...url(keep), deleted };
}

async function commentsWithMarker(
  client: GitHubClient,
  repo: Repository,
  issueNumber: number,
  marker: string,
  author: string,
): Promise<FoundComment[]> {
  const comments = await listAll(client, client.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
  });
  return comments
    .filter((c) => c.user?.login === author && (c.body ?? '').startsWith(marker))
    .map((c) => ({ id: c.id, created_at: c.created_at, html_url: c.html_url }))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}

async function deleteAll(
  client: GitHubClient,
  repo: Repository,
  comments: FoundComment[],
): Promise<number[]> {
  const deleted: number[] = [];
  for (const c of comments) {
    try {
      await client.rest.issues.deleteComment({ ...repo, comment_id: c.id });
      deleted.push(c.id);
    } catch (error) {
      // The other run of the race deleted it first.
      if (httpStatus(error) !== 404) throw error;
    }
  }
  return deleted;
}

function url(c: { html_url?: string }): { url?: string } {
  return c.html_url ? { url: c.html_url } : {};
}
