import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishCheck } from '../../../src/adapters/github/commit-check.js';
import { changedFiles } from '../../../src/adapters/github/pull-request-files.js';
import { githubRecord, recordGitHubRequests } from '../../../src/adapters/github/request-recorder.js';
import { upsertStickyComment } from '../../../src/adapters/github/sticky-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../../entrypoints/fake-github.js';

interface GitHubRequest {
  service: 'github';
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
}
type Check = (req: GitHubRequest) => { operation?: string; problems: string[] };

const SCRIPTS = path.resolve(import.meta.dirname, '../../../scripts');
const CHECK_REQUESTS = path.join(SCRIPTS, 'check-requests.mjs');
const github = (await import(pathToFileURL(path.join(SCRIPTS, 'check-github-requests.mjs')).href)) as {
  loadGitHubDescription(): unknown;
  githubChecker(description: unknown): Check;
};
const check = github.githubChecker(github.loadGitHubDescription());
const problemsOf = (method: string, p: string, body?: unknown, query: Record<string, string> = {}) =>
  check({ service: 'github', method, path: p, query, ...(body === undefined ? {} : { body }) }).problems;

const repo = { owner: 'octo-org', repo: 'bench-repo' };
let fake: FakeGitHub;
let dir: string;
beforeAll(async () => {
  fake = await startFakeGitHub();
  dir = mkdtempSync(path.join(os.tmpdir(), 'bb-gh-requests-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A client whose requests go to `file`, whatever the suite's own BATCHBENCH_RECORD_REQUESTS is. */
function recordingClient(file: string) {
  return recordGitHubRequests(getOctokit('ghs_workflow', { baseUrl: fake.url }), {
    BATCHBENCH_RECORD_REQUESTS: file,
  });
}

function recorded(file: string): GitHubRequest[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GitHubRequest);
}

describe("GitHub requests, recorded as they go on the wire, against GitHub's OpenAPI description", () => {
  it("records the adapters' requests, pages included, and they conform", async () => {
    const file = path.join(dir, 'adapters.jsonl');
    const client = recordingClient(file);
    fake.prFiles.set(
      7,
      Array.from({ length: 130 }, (_, i) => ({ filename: `f${i}.yaml`, status: 'added' })),
    );
    expect(await changedFiles(client, repo, 7)).toHaveLength(130);
    await upsertStickyComment(client, repo, 7, '<!-- m -->', '<!-- m -->\nreport');
    await publishCheck(client, repo, { name: 'bench', sha: 'abc123', title: 't', summary: 's' });
    await publishCheck(client, repo, {
      name: 'bench',
      sha: 'abc123',
      conclusion: 'success',
      title: 't',
      summary: 'x'.repeat(70_000),
    });
    const requests = recorded(file);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/octo-org/bench-repo/pulls/7/files',
      'GET /repos/octo-org/bench-repo/pulls/7/files',
      'GET /user',
      'GET /repos/octo-org/bench-repo/issues/7/comments',
      'POST /repos/octo-org/bench-repo/issues/7/comments',
      'GET /repos/octo-org/bench-repo/issues/7/comments',
      'GET /repos/octo-org/bench-repo/commits/abc123/check-runs',
      'POST /repos/octo-org/bench-repo/check-runs',
      'GET /repos/octo-org/bench-repo/commits/abc123/check-runs',
      'PATCH /repos/octo-org/bench-repo/check-runs/1001',
    ]);
    // The second page is the Link header's URL, recorded with its query.
    expect(requests[1]?.query).toEqual({ per_page: '100', page: '2' });
    expect(requests[4]?.body).toEqual({ body: '<!-- m -->\nreport' });
    for (const r of requests) expect(check(r).problems).toEqual([]);
    // Through the CI step as well, which fails when no GitHub request was recorded.
    const out = execFileSync(process.execPath, [CHECK_REQUESTS, '--require', 'github', file], {
      encoding: 'utf8',
    });
    expect(out).toContain('checked 10 GitHub requests of 7 operations');
  });

  it('takes the base path of GitHub Enterprise Server off', () => {
    expect(
      githubRecord(
        'get',
        'https://ghe.example/api/v3/repos/o/r/pulls/1?per_page=5',
        'https://ghe.example/api/v3',
        undefined,
      ),
    ).toEqual({ service: 'github', method: 'GET', path: '/repos/o/r/pulls/1', query: { per_page: '5' } });
  });
});

describe('the GitHub request checker catches what GitHub would refuse', () => {
  it('an unknown path or method', () => {
    expect(problemsOf('PUT', '/repos/o/r/issues/42/comments')).toEqual([
      "github PUT /repos/o/r/issues/42/comments: no such path and method in GitHub's OpenAPI description",
    ]);
  });

  it('a comment over 65,536 characters, a missing or unknown body field', () => {
    expect(problemsOf('POST', '/repos/o/r/issues/42/comments', { body: 'x'.repeat(65_537) })).toEqual([
      'github POST /repos/{owner}/{repo}/issues/{issue_number}/comments body.body: 65537 characters, a comment holds at most 65536',
    ]);
    expect(problemsOf('PATCH', '/repos/o/r/issues/comments/9', { text: 'hi' })).toEqual([
      'github PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} body.body: required, missing',
      'github PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} body.text: not a field of the description',
    ]);
    expect(problemsOf('POST', '/repos/o/r/issues/42/comments', { body: 'x'.repeat(65_536) })).toEqual([]);
  });

  it("a check run's summary over 65,535 characters, a wrong enum, a bad date, a missing conclusion", () => {
    const problems = problemsOf('POST', '/repos/o/r/check-runs', {
      name: 'bench',
      head_sha: 'abc',
      status: 'done',
      started_at: 'yesterday',
      output: { title: 't', summary: 's'.repeat(65_536), colour: 'red' },
    }).join('\n');
    for (const text of [
      'body.status: must be one of queued, in_progress, completed',
      'body.started_at: must match format "date-time"',
      'body.output.summary: must NOT have more than 65535 characters',
      'body.output.colour: not a field of the description',
    ])
      expect(problems).toContain(text);
    const completedOnly = { status: 'completed', output: { title: 't', summary: 's' } };
    expect(
      problemsOf('POST', '/repos/o/r/check-runs', { name: 'b', head_sha: 'a', ...completedOnly }),
    ).toEqual([
      'github POST /repos/{owner}/{repo}/check-runs body.conclusion: required with status completed or completed_at',
    ]);
    expect(problemsOf('PATCH', '/repos/o/r/check-runs/5', completedOnly)).toContain(
      'github PATCH /repos/{owner}/{repo}/check-runs/{check_run_id} body.conclusion: required, missing',
    );
    expect(problemsOf('POST', '/repos/o/r/check-runs', { head_sha: 'abc' })).toEqual([
      'github POST /repos/{owner}/{repo}/check-runs body.name: required, missing',
    ]);
  });

  it('query and path parameters: unknown, out of range, of the wrong type', () => {
    expect(
      problemsOf('GET', '/repos/o/r/commits/heads/main/check-runs', undefined, {
        filter: 'newest',
        per_page: '500',
        pg: '2',
      }),
    ).toEqual([
      'github GET /repos/{owner}/{repo}/commits/{ref}/check-runs query.pg: not a field of the description',
      'github GET /repos/{owner}/{repo}/commits/{ref}/check-runs query.filter: must be one of latest, all',
      'github GET /repos/{owner}/{repo}/commits/{ref}/check-runs query.per_page: 500, between 1 and 100',
    ]);
    expect(problemsOf('GET', '/repos/o/r/pulls/seven')).toEqual([
      'github GET /repos/{owner}/{repo}/pulls/{pull_number} path.pull_number: must be integer',
    ]);
  });

  it('a commit status with a state GitHub lacks or a description over 140 characters', () => {
    expect(
      problemsOf('POST', '/repos/o/r/statuses/abc', { state: 'cancelled', description: 'd'.repeat(141) }),
    ).toEqual([
      'github POST /repos/{owner}/{repo}/statuses/{sha} body.state: must be one of error, failure, pending, success',
      'github POST /repos/{owner}/{repo}/statuses/{sha} body.description: 141 characters, a status holds at most 140',
    ]);
  });

  it('as the CI step: exits 1 on a violation, and on a log with no GitHub request when it is required', () => {
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      `${JSON.stringify({ service: 'github', method: 'POST', path: '/repos/o/r/issues/1/comments', query: {}, body: {} })}\n`,
    );
    const none = path.join(dir, 'none.jsonl');
    writeFileSync(none, '');
    const run = (args: string[]) => {
      try {
        return {
          status: 0,
          stdout: execFileSync(process.execPath, [CHECK_REQUESTS, ...args], { encoding: 'utf8' }),
        };
      } catch (error) {
        return error as { status: number; stdout: string };
      }
    };
    const failed = run([bad]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('body.body: required, missing');
    const empty = run(['--require', 'github', none]);
    expect(empty.status).toBe(1);
    expect(empty.stdout).toContain('no github request was recorded');
    expect(run([none]).status).toBe(0);
  });
});
