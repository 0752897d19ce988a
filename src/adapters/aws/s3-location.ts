import { UserError } from '../../domain/user-error.js';

/** An `s3://bucket/prefix/` results store, as `results.store` names it. */
export interface S3Location {
  bucket: string;
  /** Empty, or ends with "/". */
  prefix: string;
}

export function parseS3Url(url: string): S3Location {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url.trim());
  if (!match)
    throw new UserError(`"${url}" is not an s3://bucket/prefix/ address`, {
      hint: "give the results store as s3://bucket/prefix/, e.g. the file's results.store",
    });
  const raw = match[2] ?? '';
  return { bucket: match[1] as string, prefix: raw === '' || raw.endsWith('/') ? raw : `${raw}/` };
}

export function s3Url(bucket: string, key: string): string {
  return `s3://${bucket}/${key}`;
}

/** Where one run keeps everything: `<prefix><experiment>/<run-id>/`. */
export function runPrefix(location: S3Location, experiment: string, runId: string): string {
  return `${location.prefix}${experiment}/${runId}/`;
}

/**
 * Where the container runner of a run's jobs writes its result objects:
 * `<prefix>_jobs/<experiment>/<run-id>/`, apart from what the workflow writes (manifest, state,
 * records, reports under `<prefix><experiment>/`), so the jobs' role can be confined to this prefix
 * and a job cannot write a manifest that the scheduled collector would publish. No experiment or
 * campaign name starts with "_", so the two never meet.
 */
export function jobResultsPrefix(location: S3Location, experiment: string, runId: string): string {
  return `${location.prefix}${JOB_RESULTS_FOLDER}${experiment}/${runId}/`;
}

export const JOB_RESULTS_FOLDER = '_jobs/';

/** The result object the container runner writes for one attempt of one planned job. */
export function resultKey(runBase: string, jobId: string, attempt: number): string {
  return `${runBase}${jobId}/${attempt}.json`;
}
