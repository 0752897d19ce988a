import { createHash } from 'node:crypto';
import {
  chmod,
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
} from 'node:fs/promises';
import path from 'node:path';
import type { ImageBuilder } from '../../ports/image.js';
import { globToRegExp } from '../github/workspace-files.js';

/**
 * The build context as `docker build` sends it: every file under the context folder less what
 * `.dockerignore` excludes. Rules follow Docker's: one pattern a line, `#` comments, `!`
 * re-includes, the last matching rule wins, a leading `/` is dropped, `**` crosses folders,
 * and a pattern that matches a folder excludes everything in it. The Dockerfile and the
 * .dockerignore are always sent.
 */
export interface IgnoreRule {
  negate: boolean;
  pattern: RegExp;
}

export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1).trim();
    line = path.posix.normalize(line.replace(/^\/+/, '')).replace(/\/+$/, '');
    if (line === '.' || line === '') continue;
    rules.push({ negate, pattern: globToRegExp(line) });
  }
  return rules;
}

/** Whether a context-relative path (with `/`) is left out; a folder's rule covers what is in it. */
export function isIgnored(file: string, rules: readonly IgnoreRule[]): boolean {
  const prefixes = file.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const rule of rules) {
    if (prefixes.some((p) => rule.pattern.test(p))) ignored = !rule.negate;
  }
  return ignored;
}

export interface ContextFile {
  path: string;
  executable: boolean;
  sha256: string;
  /** A symlink's target, sent as a link (as docker sends it), never followed. */
  link?: string;
}

export async function contextFiles(contextDir: string, dockerfile = 'Dockerfile'): Promise<ContextFile[]> {
  const ignoreText = await readFile(path.join(contextDir, '.dockerignore'), 'utf8').catch(() => '');
  const rules = parseDockerignore(ignoreText);
  const always = new Set([dockerfile, '.dockerignore']);
  const files: ContextFile[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(contextDir, rel), { withFileTypes: true });
    for (const e of entries) {
      // The checkout's history and, unless persist-credentials is off, its token: never sent.
      if (e.name === '.git') continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        await walk(child);
        continue;
      }
      if (!e.isFile() && !e.isSymbolicLink()) continue;
      if (!always.has(child) && isIgnored(child, rules)) continue;
      const full = path.join(contextDir, child);
      if (e.isSymbolicLink()) {
        // Hashed and sent as the link itself: following it could read anything on the runner.
        const link = await readlink(full);
        files.push({
          path: child,
          executable: false,
          sha256: createHash('sha256').update(`link\0${link}`).digest('hex'),
          link,
        });
        continue;
      }
      const [content, info] = await Promise.all([readFile(full), stat(full)]);
      files.push({
        path: child,
        executable: (info.mode & 0o111) !== 0,
        sha256: createHash('sha256').update(content).digest('hex'),
      });
    }
  };
  await walk('');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * A tag that changes exactly when what the build sees changes: a hash over the platforms, which
 * file is the Dockerfile and every sent file's path, executable bit and content. An unchanged
 * context gets the same tag, so a tag already in the registry means there is nothing to build;
 * two Dockerfiles in one context give two tags, and so does adding arm64 to the platforms.
 */
export async function contextTag(
  contextDir: string,
  dockerfile = 'Dockerfile',
  platforms: readonly string[] = ['linux/amd64'],
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`platforms\0${platforms.join(',')}\n`);
  hash.update(`dockerfile\0${dockerfile}\n`);
  for (const f of await contextFiles(contextDir, dockerfile)) {
    hash.update(`${f.path}\0${f.executable ? 'x' : '-'}\0${f.sha256}\n`);
  }
  return `ctx-${hash.digest('hex').slice(0, 20)}`;
}

/**
 * A copy of exactly the files contextTag hashed (no .git, nothing .dockerignore leaves out,
 * symlinks as links), for the builder to send: what is built is what was hashed, and a build
 * never sees the checkout's .git. `remove` deletes the copy.
 */
export async function stageContext(
  source: { context: string; dockerfile: string },
  tmpDir: string,
): Promise<{ context: string; remove: () => Promise<void> }> {
  const staged = await mkdtemp(path.join(tmpDir, 'batchbench-context-'));
  try {
    for (const f of await contextFiles(source.context, source.dockerfile)) {
      const to = path.join(staged, f.path);
      await mkdir(path.dirname(to), { recursive: true });
      if (f.link !== undefined) await symlink(f.link, to);
      else {
        await copyFile(path.join(source.context, f.path), to);
        await chmod(to, f.executable ? 0o755 : 0o644);
      }
    }
  } catch (error) {
    await rm(staged, { recursive: true, force: true });
    throw error;
  }
  return { context: staged, remove: () => rm(staged, { recursive: true, force: true }) };
}

/** The builder, given the staged copy of the context instead of the folder itself. */
export function buildingStagedContext(builder: ImageBuilder, tmpDir: string): ImageBuilder {
  return {
    name: builder.name,
    async buildAndPush(source, image) {
      const staged = await stageContext(source, tmpDir);
      try {
        await builder.buildAndPush({ ...source, context: staged.context }, image);
      } finally {
        await staged.remove();
      }
    },
  };
}
