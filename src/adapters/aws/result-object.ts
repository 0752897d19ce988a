import { parseJsonOrUndefined } from '../../domain/json-text.js';

/**
 * What the container runner (or any program in an image without Node, see container/README.md)
 * writes to `<prefix><experiment>/<run-id>/<job-id>/<attempt>.json` for one attempt of one task.
 * Times are epoch milliseconds.
 */
export const RESULT_FORMAT = 'batchbench-result/1';

export interface ResultObject {
  format: typeof RESULT_FORMAT;
  runId: string;
  jobId: string;
  /** AWS_BATCH_JOB_ATTEMPT, 1-based. */
  attempt: number;
  /** AWS_BATCH_JOB_ID, e.g. "<parent>:<index>" for an array child. */
  batchJobId?: string;
  arrayIndex?: number;
  containerStartedAt: number;
  commandStartedAt: number;
  commandEndedAt: number;
  /** The workload's exit code; absent when a signal ended it. */
  exitCode?: number;
  signal?: string;
  host?: string;
  cpuModel?: string;
  cpuCount?: number;
  /** The EC2 instance type it ran on, as the instance metadata says; absent where unknown. */
  instanceType?: string;
  peakMemoryBytes?: number;
  metrics: Record<string, number>;
  /** The last lines the workload wrote (stdout and stderr interleaved). */
  logTail?: string[];
  /** Why the runner could not run the command (not found, not executable). */
  error?: string;
}

/** Accepts what a hand-written reporter may send: checks the fields the collector relies on. */
export function parseResultObject(text: string): ResultObject | undefined {
  const r = parseJsonOrUndefined(text) as Partial<ResultObject> | undefined;
  if (typeof r !== 'object' || r === null || typeof r.jobId !== 'string' || typeof r.attempt !== 'number')
    return undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const metrics: Record<string, number> = {};
  for (const [k, v] of Object.entries(r.metrics ?? {})) if (num(v) !== undefined) metrics[k] = v as number;
  const { instanceType, ...rest } = r;
  return {
    ...rest,
    ...(typeof instanceType === 'string' && instanceType !== '' ? { instanceType } : {}),
    format: RESULT_FORMAT,
    runId: String(r.runId ?? ''),
    jobId: r.jobId,
    attempt: r.attempt,
    containerStartedAt: num(r.containerStartedAt) ?? num(r.commandStartedAt) ?? 0,
    commandStartedAt: num(r.commandStartedAt) ?? 0,
    commandEndedAt: num(r.commandEndedAt) ?? 0,
    metrics,
  };
}
