import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the GitHub REST API, for the parts batchbench's actions use: a pull
 * request's head and files, issue comments, check runs (created, listed, updated) and commit
 * statuses. It answers as
 * GitHub documents (status codes, pagination by Link headers, error bodies) and keeps what it
 * receives, so tests assert on the comments a PR ends up with.
 */
export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  created_at: string;
  updated_at: string;
  html_url: string;
  user: { login: string; type: string };
}

export interface FakeRequest {
  method: string;
  path: string;
  body?: unknown;
}

export type Forbidden = 'comments' | 'checks' | 'statuses' | 'pulls';

export interface FakeGitHub {
  url: string;
  comments: Map<number, FakeComment>;
  checkRuns: Record<string, unknown>[];
  statuses: (Record<string, unknown> & { sha: string })[];
  requests: FakeRequest[];
  /** Files of each PR, as `GET /pulls/{n}/files` lists them. */
  prFiles: Map<number, { filename: string; status: string }[]>;
  /** Head commit of each PR, as `GET /pulls/{n}` answers it; a PR not here is not found. */
  pullHeads: Map<number, string>;
  forbid: Set<Forbidden>;
  /**
   * Personal tokens and whose they are: `GET /user` answers with the user and their comments are
   * theirs. Any other token is a workflow's GITHUB_TOKEN: `GET /user` is refused with 403, as
   * for any installation token, and its comments are github-actions[bot]'s.
   */
  users: Map<string, { login: string; type: string }>;
  /**
   * Hold this many comment listings until all have arrived, then answer them together: two
   * workflow runs then both see no comment, as when they finish at the same moment.
   */
  holdCommentLists(count: number): void;
  commentsOn(issue: number): FakeComment[];
  close(): Promise<void>;
}

const FORBIDDEN_BODY = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403',
};

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const comments = new Map<number, FakeComment>();
  const checkRuns: Record<string, unknown>[] = [];
  const statuses: (Record<string, unknown> & { sha: string })[] = [];
  const requests: FakeRequest[] = [];
  const prFiles = new Map<number, { filename: string; status: string }[]>();
  const pullHeads = new Map<number, string>();
  const forbid = new Set<Forbidden>();
  const users = new Map<string, { login: string; type: string }>();
  let nextId = 1000;
  let held: { count: number; waiting: (() => void)[] } | undefined;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
        const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
        requests.push({ method: req.method ?? 'GET', path: url.pathname, ...(body ? { body } : {}) });
        const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
          res.end(payload === undefined ? '' : JSON.stringify(payload));
        };
        if (!/^(token|bearer) \S+/i.test(req.headers.authorization ?? '')) {
          return send(401, { message: 'Requires authentication', status: '401' });
        }
        const page = <T>(items: T[]) => {
          const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
          const n = Math.max(1, Number(url.searchParams.get('page') ?? 1));
          const last = Math.max(1, Math.ceil(items.length / perPage));
          const link = (p: number, rel: string) => {
            const u = new URL(url);
            u.searchParams.set('page', String(p));
            u.searchParams.set('per_page', String(perPage));
            return `<${u.toString()}>; rel="${rel}"`;
          };
          const links = n < last ? [link(n + 1, 'next'), link(last, 'last')] : [];
          send(
            200,
            items.slice((n - 1) * perPage, n * perPage),
            links.length ? { link: links.join(', ') } : {},
          );
        };
        const m = (re: RegExp) => re.exec(url.pathname);
        let match: RegExpExecArray | null;
        const user = users.get((req.headers.authorization ?? '').replace(/^\S+ /, ''));
        if (req.method === 'GET' && url.pathname === '/user') {
          return user ? send(200, { ...user, id: 1 }) : send(403, FORBIDDEN_BODY);
        }
        if (req.method === 'GET' && (match = m(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/))) {
          if (forbid.has('pulls')) return send(403, FORBIDDEN_BODY);
          const files = prFiles.get(Number(match[1]));
          if (!files) return send(404, { message: 'Not Found', status: '404' });
          return page(files.map((f, i) => ({ sha: `f${i}`, additions: 1, deletions: 0, changes: 1, ...f })));
        }
        if (req.method === 'GET' && (match = m(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/))) {
          if (forbid.has('pulls')) return send(403, FORBIDDEN_BODY);
          const sha = pullHeads.get(Number(match[1]));
          if (!sha) return send(404, { message: 'Not Found', status: '404' });
          return send(200, { number: Number(match[1]), state: 'open', head: { sha } });
        }
        if (req.method === 'GET' && (match = m(/^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/check-runs$/))) {
          if (forbid.has('checks')) return send(403, FORBIDDEN_BODY);
          const name = url.searchParams.get('check_name');
          // filter=latest (the default): the newest check run of each name.
          const newest = new Map<string, Record<string, unknown>>();
          for (const run of checkRuns)
            if (run.head_sha === match[1] && (name === null || run.name === name))
              newest.set(String(run.name), run);
          const runs = [...newest.values()].reverse();
          return send(200, { total_count: runs.length, check_runs: runs });
        }
        if (req.method === 'PATCH' && (match = m(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/))) {
          if (forbid.has('checks')) return send(403, FORBIDDEN_BODY);
          const run = checkRuns.find((r) => r.id === Number(match?.[1]));
          if (!run) return send(404, { message: 'Not Found', status: '404' });
          Object.assign(run, body);
          return send(200, run);
        }
        if (req.method === 'GET' && (match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
          if (held) {
            const h = held;
            await new Promise<void>((resolve) => {
              h.waiting.push(resolve);
              if (h.waiting.length >= h.count) {
                held = undefined;
                for (const w of h.waiting) w();
              }
            });
          }
          const issue = Number(match[1]);
          return page(
            [...comments.values()].filter((c) => c.issue_number === issue).sort((a, b) => a.id - b.id),
          );
        }
        if (req.method === 'POST' && (match = m(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
          if (forbid.has('comments')) return send(403, FORBIDDEN_BODY);
          const text = String(body?.body ?? '');
          if (text.length > 65_536)
            return send(422, {
              message: 'Validation Failed',
              errors: [
                { field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' },
              ],
            });
          const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
          const id = nextId++;
          const comment: FakeComment = {
            id,
            issue_number: Number(match[3]),
            body: text,
            created_at: now,
            updated_at: now,
            html_url: `https://github.com/${match[1]}/${match[2]}/pull/${match[3]}#issuecomment-${id}`,
            user: user ?? { login: 'github-actions[bot]', type: 'Bot' },
          };
          comments.set(id, comment);
          return send(201, comment);
        }
        if ((match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
          const comment = comments.get(Number(match[1]));
          if (req.method === 'PATCH') {
            if (forbid.has('comments')) return send(403, FORBIDDEN_BODY);
            if (!comment) return send(404, { message: 'Not Found', status: '404' });
            const text = String(body?.body ?? '');
            if (text.length > 65_536) return send(422, { message: 'Validation Failed' });
            comment.body = text;
            comment.updated_at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
            return send(200, comment);
          }
          if (req.method === 'DELETE') {
            if (forbid.has('comments')) return send(403, FORBIDDEN_BODY);
            if (!comment) return send(404, { message: 'Not Found', status: '404' });
            comments.delete(comment.id);
            return send(204);
          }
        }
        if (req.method === 'POST' && m(/^\/repos\/[^/]+\/[^/]+\/check-runs$/)) {
          if (forbid.has('checks')) return send(403, FORBIDDEN_BODY);
          if (!body?.name || !body.head_sha) return send(422, { message: 'Validation Failed' });
          const run = { id: nextId++, ...body };
          checkRuns.push(run);
          return send(201, run);
        }
        if (req.method === 'POST' && (match = m(/^\/repos\/[^/]+\/[^/]+\/statuses\/([0-9a-f]+)$/))) {
          if (forbid.has('statuses')) return send(403, FORBIDDEN_BODY);
          if (!['error', 'failure', 'pending', 'success'].includes(String(body?.state)))
            return send(422, { message: 'Validation Failed' });
          const status = { id: nextId++, sha: match[1] as string, ...body };
          statuses.push(status);
          return send(201, status);
        }
        return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    checkRuns,
    statuses,
    requests,
    prFiles,
    pullHeads,
    forbid,
    users,
    holdCommentLists(count) {
      held = { count, waiting: [] };
    },
    commentsOn(issue) {
      return [...comments.values()].filter((c) => c.issue_number === issue).sort((a, b) => a.id - b.id);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
