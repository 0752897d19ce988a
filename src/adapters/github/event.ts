import { readFile } from 'node:fs/promises';

/** The pull request a workflow runs for, from the event payload the runner wrote. */
export interface PullRequestEvent {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /** The PR comes from a branch of the repository itself, not from a fork. */
  sameRepository: boolean;
}

export interface Repository {
  owner: string;
  repo: string;
}

export interface WorkflowEvent {
  name: string;
  payload: Record<string, unknown>;
  pullRequest?: PullRequestEvent;
}

/** Reads `GITHUB_EVENT_PATH` as the runner wrote it; an event without a file is empty. */
export async function readEvent(env: NodeJS.ProcessEnv): Promise<WorkflowEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: {} };
  const payload = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const pullRequest = pullRequestOf(payload);
  return { name, payload, ...(pullRequest ? { pullRequest } : {}) };
}

function pullRequestOf(payload: Record<string, unknown>): PullRequestEvent | undefined {
  const pr = payload.pull_request as
    | {
        number?: number;
        head?: { sha?: string; repo?: { full_name?: string } | null };
        base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
      }
    | undefined;
  if (!pr || typeof pr.number !== 'number' || !pr.head?.sha || !pr.base?.sha) return undefined;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref ?? '',
    // A fork deleted since has no head repo: treat it as a fork.
    sameRepository: pr.head.repo?.full_name != null && pr.head.repo.full_name === pr.base.repo?.full_name,
  };
}

export function repositoryOf(env: NodeJS.ProcessEnv): Repository | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

/**
 * Files a push leaves added or changed, from the commits of its payload in order: a file
 * removed by a later commit is gone. Undefined when the payload cannot tell: no commits (a new
 * branch, a force push, a tag) or a list GitHub may have cut short (it keeps at most 2,048
 * commits, and 20 in some deliveries); the caller then takes every file.
 */
export function pushedFiles(payload: Record<string, unknown>): string[] | undefined {
  const commits = payload.commits;
  if (!Array.isArray(commits) || commits.length === 0 || commits.length >= 20) return undefined;
  if (payload.created === true || payload.forced === true) return undefined;
  const present = new Set<string>();
  for (const commit of commits as { added?: unknown; modified?: unknown; removed?: unknown }[]) {
    const list = (v: unknown) =>
      Array.isArray(v) ? v.filter((f): f is string => typeof f === 'string') : [];
    for (const f of [...list(commit.added), ...list(commit.modified)]) present.add(f);
    for (const f of list(commit.removed)) present.delete(f);
  }
  return [...present];
}
