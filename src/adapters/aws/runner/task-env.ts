import { allowedHostEnv, workloadEnv } from '../../../domain/plan/workload-env.js';
import { cellId as cellIdOf } from '../../../domain/plan/matrix.js';
import type { CellValues } from '../../../domain/experiment/experiment.js';
import { renderTemplate } from '../../../domain/experiment/templates.js';
import { taskAt, type LayoutTask, type TaskLayout } from '../task-layout.js';

/**
 * Which task this container runs: the array index from AWS_BATCH_JOB_ARRAY_INDEX, or from the
 * `<parent>:<index>` suffix of AWS_BATCH_JOB_ID where the index variable is missing (moto in
 * Docker mode); a job that is not an array is index 0.
 */
export function arrayIndex(env: NodeJS.ProcessEnv): number {
  const raw = env.AWS_BATCH_JOB_ARRAY_INDEX;
  if (raw !== undefined && raw !== '') return Number(raw);
  const suffix = /:(\d+)$/.exec(env.AWS_BATCH_JOB_ID ?? '')?.[1];
  return suffix === undefined ? 0 : Number(suffix);
}

export interface ResolvedTask {
  task: LayoutTask;
  index: number;
  attempt: number;
  argv: string[];
  env: Record<string, string>;
}

/**
 * The cell, from what the submission sent: the matrix values as JSON in BATCHBENCH_CELL (every
 * submitter; runner images of 0.1.0 read them there) and the id in BATCHBENCH_CELL_ID. A 0.1.0
 * submission has no id: it is made from the values, as the plan makes it. A submission between
 * the two sent the id in BATCHBENCH_CELL and the values in BATCHBENCH_MATRIX.
 */
export function cellOf(env: NodeJS.ProcessEnv): { cellId: string; matrix: CellValues } {
  const cell = env.BATCHBENCH_CELL ?? '';
  const valuesInCell = cell.trimStart().startsWith('{');
  const matrix = JSON.parse(env.BATCHBENCH_MATRIX ?? (valuesInCell ? cell : '{}')) as CellValues;
  const id = env.BATCHBENCH_CELL_ID ?? (valuesInCell ? cellIdOf(matrix) : cell);
  return { cellId: id, matrix };
}

/**
 * The workload's argv and environment with this child's shard and repeat substituted: the
 * environment is built by workloadEnv, as on every backend.
 */
export function resolveTask(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  metricsFile: string,
): ResolvedTask {
  const layoutText = env.BATCHBENCH_TASKS;
  if (!layoutText)
    throw new Error('BATCHBENCH_TASKS is not set: this container was not submitted by batchbench');
  const index = arrayIndex(env);
  const task = taskAt(JSON.parse(layoutText) as TaskLayout, index);
  const { cellId, matrix } = cellOf(env);
  const ctx = { matrix, shard: { index: task.shardIndex, count: task.shardCount }, repeat: task.repeat };
  const runEnvNames = JSON.parse(env.BATCHBENCH_RUN_ENV_NAMES ?? '[]') as string[];
  const runEnv: Record<string, string> = {};
  for (const name of runEnvNames) {
    const value = env[name];
    if (value !== undefined) runEnv[name] = renderTemplate(value, ctx);
  }
  const attempt = Number(env.AWS_BATCH_JOB_ATTEMPT ?? '1') || 1;
  // The container's own variables pass only through the allowlist, as on every backend: AWS Batch
  // and ECS add the job role's credentials endpoint, which the runner needs to upload results and
  // the workload must not have (it could overwrite other jobs' results with it).
  const out = workloadEnv(allowedHostEnv(env), runEnv, {
    runId: env.BATCHBENCH_RUN_ID ?? '',
    experiment: env.BATCHBENCH_EXPERIMENT ?? '',
    stage: env.BATCHBENCH_STAGE ?? '',
    jobId: task.jobId,
    cellId,
    matrix,
    repeat: task.repeat,
    attempt,
    shardIndex: task.shardIndex,
    shardCount: task.shardCount,
    ...(task.itemStart !== undefined ? { itemStart: task.itemStart, itemEnd: task.itemEnd } : {}),
    metricsFile,
  });
  return { task, index, attempt, argv: argv.map((a) => renderTemplate(a, ctx)), env: out };
}
