/**
 * A run id: readable, sortable by time, unique enough for one researcher's runs, and safe as
 * a folder name and inside AWS Batch job names. The random suffix is passed in to keep this pure.
 */
export function makeRunId(experiment: string, at: Date, suffix: string): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
    .replace('T', '-');
  return `${experiment}-${stamp}-${suffix}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** A run id given by the user (the action's run-id input): a segment of AWS Batch job names, a folder and an S3 prefix. */
export const RUN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Why a run id given by the user cannot be used, or undefined when it can. */
export function runIdProblem(runId: string): string | undefined {
  if (RUN_ID_PATTERN.test(runId)) return undefined;
  return runId.length > 64
    ? `run-id is ${runId.length} characters long; at most 64`
    : `run-id "${runId.replace(/[^\x20-\x7e]/g, '?')}" may hold only letters, digits, "-" and "_", starting with a letter or digit`;
}
