import { abortableSleep } from '../abortable-sleep.js';
import path from 'node:path';
import type { Plan, PlannedJob } from '../../domain/plan/plan.js';
import type { ExecuteOptions, Executor, ExecutorEvent } from '../../ports/executor.js';
import type { RunManifest } from '../../ports/run-store.js';
import type { SlurmCommands } from './commands.js';
import { cancelRun, viewRun, type QueueOptions, type RunQueueView } from './run-queue.js';
import { submitRun, type PlannedArray, type SubmittedArray } from './submit-run.js';
import { jobRecordOf, readRunnerRecord, readRunnerRecords } from './task-records.js';
import {
  arrayName,
  cellStages,
  readTable,
  slurmLayout,
  taskTable,
  timeLimit,
  writeRunner,
  writeTable,
  type CellStage,
  type SlurmLayout,
  type TaskTable,
} from './task-tables.js';
import { trackRun, type TrackedTask, type TrackerUpdate } from './tracker.js';
import { isFinished } from './job-states.js';
import { requeuedRecord, settledRequeueCause } from './requeues.js';

export interface SlurmExecutorOptions {
  plan: Plan;
  commands: SlurmCommands;
  /** Where runs are kept (a shared filesystem the nodes see): `<runsDir>/<runId>/slurm/`. */
  runsDir: string;
  /** What relative commands and workdirs are relative to (where batchbench was started). */
  baseDir: string;
  /** The node program the tasks run the runner with; the same path must exist on the nodes. */
  nodePath?: string;
  /** The cluster keeps accounting (slurmdbd): sacct is asked beside squeue. */
  accounting?: boolean;
  poll?: { minMs?: number; maxMs?: number };
  /** Host variables the tasks get from the submitting environment (--export). */
  exportVars?: readonly string[];
  log?: (line: string) => void;
  /** The records a stored run holds already: collect does not record those attempts again. */
  storedRecords?: (runId: string) => Promise<readonly { jobId: string; attempt: number }[]>;
  /** What to say about the Slurm commands issued, at the end of a run (a counting wrapper's tally). */
  commandsSummary?: () => string;
  now?: () => number;
}

interface Run {
  runId: string;
  layout: SlurmLayout;
  tables: Map<string, TaskTable>;
  submittedAt: Map<string, number>;
}

const sleepUnless = (signal: AbortSignal | undefined) => (ms: number) => abortableSleep(ms, signal);

/**
 * Runs a plan on a Slurm cluster: one `sbatch --array` per cell and stage, found again by name
 * (a re-run attaches instead of submitting twice), followed with one squeue (and sacct) per
 * poll for the whole run; each finished task's record comes from what its runner wrote.
 */
export class SlurmExecutor implements Executor {
  readonly name = 'slurm' as const;
  private readonly jobsById: Map<string, PlannedJob>;
  private readonly now: () => number;

  constructor(private readonly options: SlurmExecutorOptions) {
    this.jobsById = new Map(options.plan.jobs.map((j) => [j.id, j]));
    this.now = options.now ?? Date.now;
  }

  private get queue(): QueueOptions {
    return { accounting: this.options.accounting ?? false };
  }

  private run(runId: string): Run {
    const layout = slurmLayout(path.join(this.options.runsDir, runId));
    return { runId, layout, tables: new Map(), submittedAt: new Map() };
  }

  async execute(jobs: readonly PlannedJob[], options: ExecuteOptions): Promise<void> {
    const run = this.run(options.runId);
    const todo = jobs.filter((j) => !options.skip.has(j.id));
    if (todo.length === 0) return;
    await writeRunner(run.layout, this.options.nodePath ?? process.execPath);
    const all = cellStages(this.options.plan, todo);
    const existing = await viewRun(
      this.options.commands,
      all.map((cs) => arrayName(run.runId, cs)),
      this.queue,
    );
    const recovered = await this.recover(run, all, existing, options);
    const arrays = await this.planArrays(run, all, existing, recovered);
    const submitted = await submitRun(this.options.commands, arrays, { ...this.queue, existing });
    const fresh = submitted.filter((s) => s.submitted).length;
    this.log(
      `slurm: ${fresh} array${fresh === 1 ? '' : 's'} submitted, ${submitted.length - fresh} attached` +
        `${recovered.size > 0 ? `, ${recovered.size} finished jobs recovered from their records` : ''}`,
    );
    await this.follow(run, submitted, options, options.skip);
    if (this.options.commandsSummary) this.log(`slurm: ${this.options.commandsSummary()}`);
  }

  /** Gathers what finished of a stored run without submitting; `wait` keeps going until all did. */
  async collect(
    manifest: RunManifest,
    options: { wait: boolean; signal: AbortSignal; onEvent: (event: ExecutorEvent) => void | Promise<void> },
  ): Promise<{ unfinished: number }> {
    const run = this.run(manifest.runId);
    const arrays = await this.storedArrays(run);
    // By attempt, not by job: a requeued attempt's record is stored before the job's last one.
    const stored = (await this.options.storedRecords?.(manifest.runId)) ?? [];
    const told = new Set(stored.map((r) => `${r.jobId}#${r.attempt}`));
    const skip = new Set<string>();
    return this.follow(run, arrays, { ...options, runId: manifest.runId, skip }, skip, !options.wait, told);
  }

  /** scancel on every unfinished array of a stored run: one squeue, one scancel. */
  async cancel(manifest: RunManifest): Promise<{ cancelled: number; terminated: number }> {
    const names = cellStages(this.options.plan, this.options.plan.jobs).map((cs) =>
      arrayName(manifest.runId, cs),
    );
    const view = await viewRun(this.options.commands, names, this.queue);
    const pending = [...view.tasks.values()].filter((t) => t.state === 'PENDING').length;
    const running = [...view.tasks.values()].filter((t) =>
      ['RUNNING', 'COMPLETING'].includes(t.state),
    ).length;
    await cancelRun(this.options.commands, view);
    return { cancelled: pending, terminated: running };
  }

  /**
   * Jobs of arrays no longer on the cluster whose runner recorded a success (the process that
   * submitted them died before storing it): stored now, never run again.
   */
  private async recover(
    run: Run,
    all: readonly CellStage[],
    existing: RunQueueView,
    options: ExecuteOptions,
  ): Promise<Set<string>> {
    const records = await readRunnerRecords(run.layout.records);
    const recovered = new Set<string>();
    for (const cs of all) {
      if (existing.arrays.has(arrayName(run.runId, cs))) continue;
      for (const job of cs.jobs) {
        const last = records.get(job.id)?.at(-1);
        if (last?.exitCode !== 0 || last.error) continue;
        const record = await jobRecordOf({
          job,
          runId: run.runId,
          dir: run.layout.records,
          runner: last,
          task: undefined,
          submittedAt: last.startedAt,
          now: this.now(),
        });
        await options.onEvent({ type: 'job-finished', record });
        recovered.add(job.id);
      }
    }
    return recovered;
  }

  /** The arrays to attach (their tables as written) and to submit (tables written before sbatch). */
  private async planArrays(
    run: Run,
    all: readonly CellStage[],
    existing: RunQueueView,
    recovered: ReadonlySet<string>,
  ): Promise<PlannedArray[]> {
    const attached = new Set<string>();
    for (const cs of all) {
      const name = arrayName(run.runId, cs);
      const table = existing.arrays.has(name) ? await readTable(run.layout, name) : undefined;
      if (table) {
        run.tables.set(name, table);
        attached.add(cs.stage + '\n' + cs.cellId);
      } else existing.arrays.delete(name);
    }
    const left = all.flatMap((cs) =>
      attached.has(cs.stage + '\n' + cs.cellId) ? [] : cs.jobs.filter((j) => !recovered.has(j.id)),
    );
    const fresh = new Map(cellStages(this.options.plan, left).map((cs) => [cs.stage + '\n' + cs.cellId, cs]));
    const out: PlannedArray[] = [];
    for (const cs of all) {
      const key = cs.stage + '\n' + cs.cellId;
      const name = arrayName(run.runId, cs);
      const own = fresh.get(key);
      if (!attached.has(key) && !own) continue;
      const use = own ?? cs;
      const tasks = own ? own.jobs.length : (run.tables.get(name) as TaskTable).jobs.length;
      const first = use.jobs[0] as PlannedJob;
      const slurm = first.compute.slurm;
      const dependsOn = use.dependsOn.filter(
        (s) => attached.has(s + '\n' + cs.cellId) || fresh.has(s + '\n' + cs.cellId),
      );
      out.push({
        runId: run.runId,
        cellId: cs.cellId,
        stage: cs.stage,
        tasks,
        ...(slurm?.throttle ? { throttle: slurm.throttle } : {}),
        resources: {
          cpus: Math.max(1, Math.ceil(first.resources.vcpus)),
          memoryMb: Math.ceil(first.resources.memoryBytes / 2 ** 20),
          ...(first.resources.gpus > 0 ? { gpus: first.resources.gpus } : {}),
        },
        placement: { ...slurm, time: timeLimit(slurm, first.resources.timeoutSec) },
        logDir: run.layout.logs(name),
        script: run.layout.script,
        args: [run.layout.table(name)],
        ...(this.options.exportVars ? { exportVars: this.options.exportVars } : {}),
        dependsOn,
        // Task i of an attached array may be another job than task i of a new one.
        correlated: use.correlated && dependsOn.every((s) => !attached.has(s + '\n' + cs.cellId)),
        beforeSubmit: async () => {
          if (!own) return;
          const table = taskTable(
            run.layout,
            this.options.plan,
            run.runId,
            own,
            this.options.baseDir,
            this.now(),
          );
          await writeTable(run.layout, name, table);
          run.tables.set(name, table);
        },
      });
    }
    return out;
  }

  /** The arrays of a stored run, from the tables its submission wrote. */
  private async storedArrays(run: Run): Promise<SubmittedArray[]> {
    const names = cellStages(this.options.plan, this.options.plan.jobs).map((cs) => arrayName(run.runId, cs));
    const view = await viewRun(this.options.commands, names, this.queue);
    const out: SubmittedArray[] = [];
    for (const name of names) {
      const table = await readTable(run.layout, name);
      if (!table) continue;
      run.tables.set(name, table);
      out.push({
        jobName: name,
        jobId: view.arrays.get(name) ?? '',
        tasks: table.jobs.length,
        submitted: false,
      });
    }
    return out;
  }

  /** Follows the arrays, telling each start and end as it is seen; on abort, cancels what is left. */
  private async follow(
    run: Run,
    arrays: readonly SubmittedArray[],
    options: ExecuteOptions,
    skip: ReadonlySet<string>,
    once = false,
    // Attempts already told as finished or requeued (or stored): a NODE_FAIL seen by squeue, or
    // an attempt a collect finds stored, is not told twice.
    told = new Set<string>(),
  ): Promise<{ unfinished: number }> {
    const jobOf = (t: TrackedTask) => {
      const id = run.tables.get(t.jobName)?.jobs[t.index]?.jobId;
      return id === undefined ? undefined : this.jobsById.get(id);
    };
    const finish = async (t: TrackedTask) => {
      const job = jobOf(t);
      if (!job || skip.has(job.id) || told.has(`${job.id}#${t.restarts + 1}`)) return;
      told.add(`${job.id}#${t.restarts + 1}`);
      const runner = await readRunnerRecord(run.layout.records, job.id, t.restarts + 1);
      const record = await jobRecordOf({
        job,
        runId: run.runId,
        dir: run.layout.records,
        runner,
        task: t,
        submittedAt: run.tables.get(t.jobName)?.submittedAt ?? this.now(),
        now: this.now(),
      });
      await options.onEvent({ type: 'job-finished', record });
    };
    const result = await trackRun(this.options.commands, arrays, {
      ...this.queue,
      sleep: sleepUnless(options.signal),
      minIntervalMs: this.options.poll?.minMs ?? 1000,
      maxIntervalMs: this.options.poll?.maxMs ?? 30_000,
      signal: options.signal,
      ...(once ? { maxPolls: 1 } : {}),
      onUpdate: this.updateLogger(),
      onChange: async (t, before, restarts) => {
        const job = jobOf(t);
        if (!job || skip.has(job.id)) return;
        for (let attempt = restarts + 1; attempt <= t.restarts; attempt += 1)
          if (!told.has(`${job.id}#${attempt}`)) {
            told.add(`${job.id}#${attempt}`);
            await this.requeued(run, t, job, attempt, options);
          }
        const again = t.restarts !== restarts;
        if (t.phase === 'running' && (before !== 'running' || again))
          await options.onEvent({
            type: 'job-started',
            jobId: job.id,
            attempt: t.restarts + 1,
            at: this.now(),
          });
        else if (isFinished(t.phase) && (before !== t.phase || again)) await finish(t);
      },
    });
    const open = result.tasks.filter((t) => !isFinished(t.phase));
    if (options.signal.aborted && open.length > 0) {
      // As on Batch: an interrupted run stops its jobs; what finished stays recorded.
      await cancelRun(
        this.options.commands,
        await viewRun(
          this.options.commands,
          arrays.map((a) => a.jobName),
          this.queue,
        ),
      );
      for (const t of open) await finish({ ...t, phase: 'failed', state: 'CANCELLED' });
      return { unfinished: 0 };
    }
    return { unfinished: open.length };
  }

  /** Tells an attempt Slurm requeued (preempted, or its node failed) as one that is retried. */
  private async requeued(
    run: Run,
    t: TrackedTask,
    job: PlannedJob,
    attempt: number,
    options: ExecuteOptions,
  ): Promise<void> {
    const record = await requeuedRecord({
      job,
      runId: run.runId,
      dir: run.layout.records,
      task: t,
      attempt,
      cause: await settledRequeueCause(run.layout.logs(t.jobName), t.index, sleepUnless(options.signal)),
      submittedAt: run.tables.get(t.jobName)?.submittedAt ?? this.now(),
      now: this.now(),
    });
    this.log(
      `slurm: ${t.jobName}[${t.index}] attempt ${attempt} ${record.statusReason ?? ''} as attempt ${attempt + 1}`,
    );
    await options.onEvent({ type: 'job-retrying', record });
  }

  /** Logs PENDING reasons that need a person when they change, and each task Slurm requeued. */
  private updateLogger(): (u: TrackerUpdate) => void {
    let hints = '';
    let requeued = 0;
    return (u) => {
      const text = u.hints
        .map((h) => `slurm: ${h.tasks} task(s) pending (${h.reason}): ${h.hint}`)
        .join('\n');
      if (text && text !== hints) this.log(text);
      hints = text;
      if (u.requeues.length > requeued)
        this.log(
          `slurm: ${u.requeues.length} task(s) requeued by Slurm (node failure or preemption): ` +
            u.requeues
              .slice(requeued)
              .map((r) => `${r.jobName}[${r.index}] ${r.state}`)
              .join(', '),
        );
      requeued = u.requeues.length;
    };
  }

  private log(line: string): void {
    this.options.log?.(line);
  }
}
