import { renderTemplate } from '../../../domain/spec/templates.js';
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

/** The workload's argv and environment with this child's shard and repeat substituted. */
export function resolveTask(argv: readonly string[], env: NodeJS.ProcessEnv): ResolvedTask {
  const layoutText = env.BATCHBENCH_TASKS;
  if (!layoutText)
    throw new Error('BATCHBENCH_TASKS is not set: this container was not submitted by batchbench');
  const index = arrayIndex(env);
  const task = taskAt(JSON.parse(layoutText) as TaskLayout, index);
  const matrix = env.BATCHBENCH_CELL
    ? (JSON.parse(env.BATCHBENCH_CELL) as Record<string, string | number | boolean>)
    : {};
  const ctx = { matrix, shard: { index: task.shardIndex, count: task.shardCount }, repeat: task.repeat };
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = renderTemplate(v, ctx);
  Object.assign(out, {
    BATCHBENCH_JOB_ID: task.jobId,
    BATCHBENCH_REPEAT: String(task.repeat),
    BATCHBENCH_SHARD_INDEX: String(task.shardIndex),
    BATCHBENCH_SHARD_COUNT: String(task.shardCount),
    ...(task.itemStart !== undefined
      ? { BATCHBENCH_ITEM_START: String(task.itemStart), BATCHBENCH_ITEM_END: String(task.itemEnd) }
      : {}),
  });
  const attempt = Number(env.AWS_BATCH_JOB_ATTEMPT ?? '1') || 1;
  return { task, index, attempt, argv: argv.map((a) => renderTemplate(a, ctx)), env: out };
}
