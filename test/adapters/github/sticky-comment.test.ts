import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/adapters/github/rest-client.js';
import { upsertStickyComment } from '../../../src/adapters/github/sticky-comment.js';
import { startFakeGitHub, type FakeComment, type FakeGitHub } from '../../entrypoints/fake-github.js';

const repo = { owner: 'octo-org', repo: 'bench-repo' };
const MARKER = '<!-- batchbench:beam -->';

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub();
  github.users.set('ghp_octocat', { login: 'octocat', type: 'User' });
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => github.comments.clear());

/** A comment already on PR 42, as someone wrote it. */
function seed(id: number, login: string, body: string, createdAt = '2026-01-01T00:00:00Z'): void {
  const comment: FakeComment = {
    id,
    issue_number: 42,
    body,
    created_at: createdAt,
    updated_at: createdAt,
    html_url: `https://github.com/octo-org/bench-repo/pull/42#issuecomment-${id}`,
    user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
  };
  github.comments.set(id, comment);
}

const client = (token: string) => createGitHubClient(token, { GITHUB_API_URL: github.url });

describe('the sticky comment is found by its marker and its author', () => {
  it("with GITHUB_TOKEN, ignores someone else's comment that starts with the marker", async () => {
    seed(10, 'mallory', `${MARKER}\nI own this report now`);
    const first = await upsertStickyComment(client('ghs_workflow'), repo, 42, MARKER, `${MARKER}\nreport 1`);
    expect(first.action).toBe('created');
    expect(first.deleted).toEqual([]);
    const second = await upsertStickyComment(client('ghs_workflow'), repo, 42, MARKER, `${MARKER}\nreport 2`);
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId, deleted: [] });
    expect(github.commentsOn(42).map((c) => [c.id, c.user.login, c.body])).toEqual([
      [10, 'mallory', `${MARKER}\nI own this report now`],
      [first.commentId, 'github-actions[bot]', `${MARKER}\nreport 2`],
    ]);
    // The identity was asked of the API, which refuses /user to an installation token.
    expect(github.requests.some((r) => r.method === 'GET' && r.path === '/user')).toBe(true);
  });

  it("with a personal token, updates that user's comment and leaves the bot's and others' alone", async () => {
    seed(10, 'mallory', `${MARKER}\nfake`);
    seed(11, 'github-actions[bot]', `${MARKER}\nfrom the workflow`);
    seed(12, 'octocat', `${MARKER}\nold`, '2026-01-02T00:00:00Z');
    const out = await upsertStickyComment(client('ghp_octocat'), repo, 42, MARKER, `${MARKER}\nnew`);
    expect(out).toMatchObject({ action: 'updated', commentId: 12, deleted: [] });
    expect(github.commentsOn(42).map((c) => c.body)).toEqual([
      `${MARKER}\nfake`,
      `${MARKER}\nfrom the workflow`,
      `${MARKER}\nnew`,
    ]);
  });

  it("deletes only its own duplicates, never another author's comment", async () => {
    seed(10, 'mallory', `${MARKER}\nfirst!`, '2025-12-31T00:00:00Z');
    seed(11, 'github-actions[bot]', `${MARKER}\nkept`, '2026-01-01T00:00:00Z');
    seed(12, 'github-actions[bot]', `${MARKER}\nduplicate of a race`, '2026-01-01T00:00:01Z');
    const out = await upsertStickyComment(client('ghs_workflow'), repo, 42, MARKER, `${MARKER}\nnow`);
    expect(out).toMatchObject({ action: 'updated', commentId: 11, deleted: [12] });
    expect(github.commentsOn(42).map((c) => [c.id, c.body])).toEqual([
      [10, `${MARKER}\nfirst!`],
      [11, `${MARKER}\nnow`],
    ]);
  });
});
