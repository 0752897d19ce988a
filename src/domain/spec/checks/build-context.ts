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
  const problems: PathProblem[] = [];
  const contextWhy = escapes(build.context, 'the repository');
  if (contextWhy)
    problems.push({
      path: ['image', 'build', 'context'],
      message: `image.build.context ${JSON.stringify(build.context)} ${contextWhy}`,
      hint: 'give a folder of the repository, relative to its root, e.g. "." or "containers/solver"',
      severity: 'error',
    });
  const dockerfileWhy = escapes(build.dockerfile, 'the build context');
  if (dockerfileWhy)
    problems.push({
      path: ['image', 'build', 'dockerfile'],
      message: `image.build.dockerfile ${JSON.stringify(build.dockerfile)} ${dockerfileWhy}`,
      hint: 'give the Dockerfile relative to the build context, e.g. "Dockerfile"',
      severity: 'error',
    });
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
