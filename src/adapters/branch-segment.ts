/**
 * A branch name as one path segment of a results store, the same in a folder and in S3:
 * `feature/faster` becomes `feature%2Ffaster`, so no branch reaches into another's folder.
 */
export function branchSegment(branch: string): string {
  const segment = encodeURIComponent(branch);
  // Git refuses these as branch names; a store must not take them as "here" or "up".
  if (segment === '' || segment === '.' || segment === '..')
    throw new Error(`not a branch name: ${JSON.stringify(branch)}`);
  return segment;
}

/** The file that holds a branch's latest report, under `<experiment>/branches/<segment>/`. */
export const BRANCH_REPORT = 'latest-report.json';
export const BRANCHES = 'branches';
