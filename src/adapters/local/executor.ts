import os from 'node:os';
import { mkdir } from 'node:fs/promises';
import type { ExecuteOptions, Executor } from '../../ports/executor.js';
import type { Plan, PlannedJob } from '../../domain/plan/plan.js';
import { Execution } from './execution.js';
import type { HostFacts } from './attempt.js';

export interface LocalExecutorOptions {
  /** Slots shared by all jobs; a job takes min(its vCPUs, concurrency). Default: the machine's cores. */
  concurrency?: number;
  /** budget.max-vcpus: at most this many vCPUs of jobs at once (slots stand for vCPUs). */
  maxVcpus?: number;
  /** Per-attempt stdout, stderr and metrics files go here. */
  logDir: string;
  /** Where batchbench was started: a job's workdir, like its command's paths, is relative to it. */
  baseDir: string;
  now?: () => number;
  /** How long a tree has between SIGTERM and SIGKILL on a timeout, a cancel or a lost race. */
  killGraceMs?: number;
  /** How often running trees' memory is sampled from /proc. */
  memorySampleMs?: number;
  /**
   * Give each measurement group (a cell's jobs for one repeat) the whole machine. Set it when
   * cells are compared for speedup: two 1-worker repeats side by side on 2 vCPUs (often two
   * hyperthreads of one core) each run slower than alone, which would flatter the 2-worker cell.
   */
  exclusiveGroups?: boolean;
  /** The experiment's name and cells, for the workload's BATCHBENCH_EXPERIMENT and BATCHBENCH_MATRIX. */
  plan?: Pick<Plan, 'experiment' | 'cells'>;
}

/**
 * Runs planned jobs as child processes of this machine. See Scheduler for the scheduling rules:
 * slots, gang-scheduled measurement groups, needs, retries, timeouts and speculative copies;
 * Execution carries its decisions out with processes.
 */
export class LocalExecutor implements Executor {
  readonly name = 'local' as const;
  private readonly concurrency: number;
  private readonly host: HostFacts;

  constructor(private readonly options: LocalExecutorOptions) {
    const concurrency = options.concurrency ?? os.availableParallelism();
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new Error(`concurrency must be a whole number of at least 1, not ${concurrency}`);
    }
    this.concurrency = concurrency;
    const model = os.cpus()[0]?.model.trim();
    this.host = {
      host: os.hostname(),
      cpuCount: os.availableParallelism(),
      ...(model ? { cpuModel: model } : {}),
    };
  }

  async execute(jobs: readonly PlannedJob[], options: ExecuteOptions): Promise<void> {
    if (jobs.length === 0) return;
    await mkdir(this.options.logDir, { recursive: true });
    const run = new Execution(jobs, options, {
      concurrency: this.concurrency,
      ...(this.options.maxVcpus !== undefined ? { maxVcpus: this.options.maxVcpus } : {}),
      logDir: this.options.logDir,
      baseDir: this.options.baseDir,
      now: this.options.now ?? Date.now,
      killGraceMs: this.options.killGraceMs ?? 5000,
      memorySampleMs: this.options.memorySampleMs ?? 200,
      host: this.host,
      exclusiveGroups: this.options.exclusiveGroups ?? false,
      experiment: this.options.plan?.experiment ?? '',
      cells: new Map((this.options.plan?.cells ?? []).map((c) => [c.id, c.values])),
    });
    await run.done;
  }
}
