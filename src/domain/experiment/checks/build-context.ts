import type { Experiment } from '../experiment.js';

/** A problem at a path of the file, located by the caller. */
export interface PathProblem {
  path: (string | number)[];
  message: string;
  hint: string;
  severity: 'error';
}

/**
 * `image.build.context` names a folder of the repository, and the Dockerfile a file inside it:
 * never `/`, an absolute path or a `..` that climbs out (the build would send the runner's files
 * to the image builder), and never inside `.git` (the checkout's credentials and history).
 * Symlinks are checked where the files are, when the image is built.
 */
export function buildContextProblems(experiment: Pick<Experiment, 'image'>): PathProblem[] {
  const build = experiment.image?.build;
  if (!build) return [];
  const fields = [
    {
      key: 'context',
      value: build.context,
      root: 'the repository',
      hint: 'give a folder of the repository, relative to its root, e.g. "." or "containers/solver"',
    },
    {
      key: 'dockerfile',
      value: build.dockerfile,
      root: 'the build context',
      hint: 'give the Dockerfile relative to the build context, e.g. "Dockerfile"',
    },
  ] as const;
  const problems: PathProblem[] = [];
  for (const { key, value, root, hint } of fields) {
    const why = escapes(value, root);
    if (why)
      problems.push({
        path: ['image', 'build', key],
        message: `image.build.${key} ${JSON.stringify(value)} ${why}`,
        hint,
        severity: 'error',
      });
  }
  return problems;
}

/** Why a relative path leaves `root` or enters .git; undefined when it does not. */
function escapes(raw: string, root: string): string | undefined {
  const p = raw.replace(/\\/g, '/');
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.startsWith('~'))
    return `is an absolute path: it must stay inside ${root}`;
  let depth = 0;
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') depth--;
    else if (part.toLowerCase() === '.git') return 'is inside .git, which never goes to a build';
    else depth++;
    if (depth < 0) return `climbs out of ${root} with ".."`;
  }
  return undefined;
}
