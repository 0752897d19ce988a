import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Paths and globs (`*`, `**`, `?`, `{a,b}`) as a runner's shell would expand them, relative to
 * the workspace; a plain path is kept even when it does not exist, so validation reports it.
 */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<string[]> {
  const out = new Set<string>();
  let all: string[] | undefined;
  for (const pattern of patterns) {
    if (!/[*?{]/.test(pattern)) {
      out.add(pattern);
      continue;
    }
    all ??= await walk(cwd, '');
    const re = globToRegExp(pattern.replace(/^\.\//, ''));
    for (const file of all) if (re.test(file)) out.add(file);
  }
  return [...out].sort();
}

export function matchesGlob(file: string, pattern: string): boolean {
  return globToRegExp(pattern.replace(/^\.\//, '')).test(file);
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` matches any number of folders, including none.
      if (pattern[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map((alt) => alt.replace(/[.+^$()|[\]\\]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function walk(root: string, rel: string): Promise<string[]> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const e of entries) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) files.push(...(await walk(root, child)));
    else if (e.isFile()) files.push(child);
  }
  return files;
}
