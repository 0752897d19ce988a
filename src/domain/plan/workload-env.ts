import type { CellValues } from '../experiment/experiment.js';

/**
 * The environment a workload runs with, the same on every backend: a few variables of the host
 * that programs need to work (an allowlist), the file's `run.env`, then batchbench's contract
 * (BATCHBENCH_*), which nothing overrides. Nothing else of the process that starts the workload
 * passes: on a GitHub runner that process holds GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_ID_TOKEN_REQUEST_* and cloud credentials, and a pull request controls the workload.
 */

/**
 * Host variables every workload gets when the host (this machine, or the container's image) has
 * them, `LC_*` too. Anything else a workload needs, the file names in `run.env`.
 */
export const HOST_ENV_ALLOWLIST: readonly string[] = [
  'PATH',
  'HOME',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'USER',
  'LOGNAME',
  'SHELL',
  'TERM',
  // Where an image's shared libraries are (CUDA images set it); it locates code, it holds no secret.
  'LD_LIBRARY_PATH',
];

/** Who and where a workload is: what the BATCHBENCH_* variables say. */
export interface WorkloadIdentity {
  runId: string;
  experiment: string;
  stage: string;
  jobId: string;
  /** The cell id ("angle-0_n_jobs-1"); the values themselves are in `matrix`. */
  cellId: string;
  matrix: CellValues;
  /** 1-based. */
  repeat: number;
  /** 1-based: the first try of a job is attempt 1. */
  attempt: number;
  shardIndex: number;
  shardCount: number;
  itemStart?: number;
  itemEnd?: number;
  /** The file the workload may append metric lines to. */
  metricsFile: string;
}

/** The BATCHBENCH_* contract of one attempt. */
export function contractEnv(id: WorkloadIdentity): Record<string, string> {
  return {
    BATCHBENCH_RUN_ID: id.runId,
    BATCHBENCH_EXPERIMENT: id.experiment,
    BATCHBENCH_STAGE: id.stage,
    BATCHBENCH_JOB_ID: id.jobId,
    BATCHBENCH_CELL: id.cellId,
    BATCHBENCH_MATRIX: JSON.stringify(id.matrix),
    BATCHBENCH_REPEAT: String(id.repeat),
    BATCHBENCH_ATTEMPT: String(id.attempt),
    BATCHBENCH_SHARD_INDEX: String(id.shardIndex),
    BATCHBENCH_SHARD_COUNT: String(id.shardCount),
    ...(id.itemStart !== undefined ? { BATCHBENCH_ITEM_START: String(id.itemStart) } : {}),
    ...(id.itemEnd !== undefined ? { BATCHBENCH_ITEM_END: String(id.itemEnd) } : {}),
    BATCHBENCH_METRICS: id.metricsFile,
  };
}

/** The allowlisted variables of `host`. */
export function allowedHostEnv(host: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(host)) {
    if (value === undefined) continue;
    if (HOST_ENV_ALLOWLIST.includes(name) || name.startsWith('LC_')) out[name] = value;
  }
  return out;
}

/**
 * A workload's whole environment. `host` is already reduced to what may pass (allowedHostEnv);
 * `runEnv` is the file's `run.env`, its templates filled in for this job.
 */
export function workloadEnv(
  host: Readonly<Record<string, string>>,
  runEnv: Readonly<Record<string, string>>,
  id: WorkloadIdentity,
): Record<string, string> {
  // The contract comes last: a job's own variables (a campaign's BATCHBENCH_CAMPAIGN) may add to
  // it but never change what batchbench says about the job.
  return { ...host, ...runEnv, ...contractEnv(id) };
}
