import type { PlannedJob } from '../../domain/plan/plan.js';
import { allowedHostEnv, workloadEnv } from '../../domain/plan/workload-env.js';
import type { CellValues } from '../../domain/experiment/experiment.js';
import type { JobRecord } from '../../domain/results/job-record.js';
import type { ExecuteOptions, ExecutorEvent } from '../../ports/executor.js';
import { Attempt, attemptRecord, recordBase } from './attempt.js';
import type { HostFacts, ReadOutputs, RecordBase } from './attempt.js';
import type { LaunchExit, LaunchHandlers } from './launcher.js';
import { LauncherPool } from './launcher-pool.js';
import { MemorySampler } from './memory-sampler.js';
import { Scheduler } from './scheduler.js';
import type { AttemptOver, Decision, Verdict } from './scheduler.js';
import { hasCommand } from './scheduler-state.js';

export interface RunSettings {
  concurrency: number;
  /** budget.max-vcpus: at most this many vCPUs of jobs at once. */
  maxVcpus?: number;
  logDir: string;
  baseDir: string;
  now: () => number;
  killGraceMs: number;
  memorySampleMs: number;
  host: HostFacts;
  /** Each measurement group gets the whole machine, so cells compared for speedup never share cores. */
  exclusiveGroups: boolean;
  /** BATCHBENCH_EXPERIMENT; empty when the caller did not say. */
  experiment: string;
  /** The matrix values of each cell id, for BATCHBENCH_MATRIX. */
  cells: ReadonlyMap<string, CellValues>;
}

/** Queues are taken back from processes still running after this long (see queue-ahead.ts). */
const HOLD_MS = 100;

/**
 * One execute() call: the Scheduler decides, this carries its decisions out with processes
 * (Attempt, through launchers) and tells it what happened. Records are handed to onEvent; a job
 * is done for its dependants only once onEvent has resolved for its record.
 */
export class Execution {
  readonly done: Promise<void>;
  private resolveDone!: () => void;
  private rejectDone!: (error: unknown) => void;
  private readonly scheduler: Scheduler;
  private readonly jobs = new Map<string, PlannedJob>();
  /** Each job's live attempt: running, or queued in a launcher. */
  private readonly live = new Map<string, Attempt>();
  private readonly sampler: MemorySampler;
  private readonly launchers: LauncherPool;
  private readonly baseEnv: Record<string, string>;
  private sweep: NodeJS.Timeout | undefined;
  private pendingEvents = 0;
  private fatal: { error: unknown } | undefined;
  private finished = false;
  private readonly onAbort = (): void => this.stop();

  constructor(
    jobs: readonly PlannedJob[],
    private readonly options: ExecuteOptions,
    private readonly settings: RunSettings,
  ) {
    this.done = new Promise<void>((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    for (const job of jobs) this.jobs.set(job.id, job);
    this.sampler = new MemorySampler(settings.memorySampleMs);
    // Only the allowlist: this process may hold a runner's tokens and cloud credentials, and a
    // run started from inside another job must not pass that job's identity on.
    this.baseEnv = allowedHostEnv(process.env);
    this.scheduler = new Scheduler({
      jobs,
      skip: options.skip,
      concurrency: settings.concurrency,
      ...(settings.maxVcpus !== undefined ? { maxVcpus: settings.maxVcpus } : {}),
      exclusiveGroups: settings.exclusiveGroups,
      now: settings.now(),
    });
    const aborted = options.signal.aborted;
    if (!aborted) options.signal.addEventListener('abort', this.onAbort, { once: true });
    this.apply(this.scheduler.begin(aborted, settings.now()), false);
    // Every launcher the run can use is started now, not on first need: a launcher's Node takes
    // ~100 ms to boot, and booting one while a group's first shard already runs made the second
    // shard start late, which the group's makespan (and so the measured speedup) then counted.
    const width = Math.min(this.scheduler.slots, settings.host.cpuCount);
    this.launchers = new LauncherPool(this.baseEnv, width, (error) => this.fail(error));
    this.launchers.warm(aborted ? 0 : Math.min(width, this.scheduler.toRun));
    this.apply(this.scheduler.proceed(settings.now()));
  }

  /** Carries out the scheduler's decisions, in order. */
  private apply(decisions: Decision[], check = true): void {
    for (const d of decisions) {
      switch (d.do) {
        case 'start':
          this.start(d.jobId, d.attempt);
          break;
        case 'queue':
          this.enqueue(d.jobId, d.attempt, d.after);
          break;
        case 'kill':
          this.live.get(d.jobId)?.kill(d.reason);
          break;
        case 'unchain': {
          const attempt = this.live.get(d.jobId);
          if (attempt?.key !== undefined) attempt.launcher?.unchain(attempt.key);
          break;
        }
        case 'drop-queues':
          this.launchers.dropQueues();
          break;
        case 'cancel':
          this.cancelled(d.jobId, d.reason, d.at);
          break;
      }
    }
    if (check) this.checkFinished();
  }

  private start(jobId: string, number: number): void {
    const attempt = this.attempt(jobId, number);
    if (!hasCommand(attempt.job)) {
      this.failToStart(attempt, 'the command is empty', this.settings.now());
      return;
    }
    attempt.launch(this.launchers.pick(), this.envFor(attempt), this.handlersFor(attempt));
  }

  /** Queues the attempt behind `after`'s live attempt, in the same launcher. */
  private enqueue(jobId: string, number: number, after: string): void {
    const pred = this.live.get(after) as Attempt;
    const attempt = this.attempt(jobId, number);
    attempt.queueBehind(pred, this.envFor(attempt), this.handlersFor(attempt));
    if (!this.sweep) {
      this.sweep = setInterval(() => this.takeBackStale(), HOLD_MS / 2);
      this.sweep.unref();
    }
  }

  private attempt(jobId: string, number: number): Attempt {
    const job = this.jobs.get(jobId) as PlannedJob;
    const { logDir, baseDir, killGraceMs } = this.settings;
    const attempt = new Attempt(job, number, { logDir, baseDir, killGraceMs, sampler: this.sampler });
    this.live.set(jobId, attempt);
    return attempt;
  }

  private handlersFor(attempt: Attempt): LaunchHandlers {
    const id = attempt.job.id;
    return {
      onStart: (pid, at) => {
        this.emit({ type: 'job-started', jobId: id, attempt: attempt.number, at });
        attempt.started(pid, at, () => this.apply(this.scheduler.timedOut(id), false));
        this.apply(this.scheduler.started(id), false);
      },
      onError: (code, message, at) => this.failToStart(attempt, attempt.spawnFailure(code, message), at),
      onExit: (exit) => this.onExit(attempt, exit),
      onUnchained: () => {
        this.forget(attempt.next);
        attempt.next = undefined;
        this.apply(this.scheduler.unchained(id, this.settings.now()));
      },
    };
  }

  /**
   * The job's part of its environment. A launcher runs with the allowlisted host variables
   * (baseEnv) and lays these over them, which makes workloadEnv(baseEnv, ...), without sending
   * the host's part with every job.
   */
  private envFor(attempt: Attempt): Record<string, string> {
    const { job } = attempt;
    return workloadEnv({}, job.env, {
      runId: this.options.runId,
      experiment: this.settings.experiment,
      stage: job.stage,
      jobId: job.id,
      cellId: job.cellId,
      matrix: this.settings.cells.get(job.cellId) ?? {},
      repeat: job.repeat,
      attempt: attempt.number,
      shardIndex: job.shardIndex,
      shardCount: job.shardCount,
      ...(job.itemStart !== undefined ? { itemStart: job.itemStart } : {}),
      ...(job.itemEnd !== undefined ? { itemEnd: job.itemEnd } : {}),
      metricsFile: attempt.metricsFile,
    });
  }

  /** Attempts queued in a launcher that will never start. */
  private forget(first: Attempt | undefined): void {
    for (let q = first; q; q = q.next) if (this.live.get(q.job.id) === q) this.live.delete(q.job.id);
  }

  /** Takes queues back from processes that turned out not to be short. */
  private takeBackStale(): void {
    const now = Date.now();
    const heads = [...this.scheduler.queueHeads()];
    if (heads.length === 0) this.stopSweep();
    for (const id of heads) {
      const attempt = this.live.get(id);
      if (attempt && now - attempt.since > HOLD_MS) this.apply(this.scheduler.takeBack(id), false);
    }
  }

  private stopSweep(): void {
    clearInterval(this.sweep);
    this.sweep = undefined;
  }

  // ---- the end of an attempt ---------------------------------------------------------------

  private onExit(attempt: Attempt, exit: LaunchExit): void {
    attempt.exited(exit);
    const queued = attempt.next;
    attempt.next = undefined;
    const successor = queued && exit.next === queued.key ? queued : undefined;
    if (successor) successor.since = Date.now();
    else this.forget(queued);
    const id = attempt.job.id;
    if (this.live.get(id) === attempt) this.live.delete(id);
    this.pendingEvents++; // its record is owed: the run is not over without it
    const over = this.scheduler.exited(
      id,
      {
        code: exit.code,
        signal: exit.signal,
        lost: exit.lost === true,
        ...(successor ? { handedTo: successor.job.id } : {}),
        at: exit.at,
        ranMs: exit.at - (attempt.startedAt ?? exit.at),
      },
      this.settings.now(),
    );
    this.over(attempt, over, exit);
  }

  private failToStart(attempt: Attempt, reason: string, at: number): void {
    if (attempt.ended) return;
    attempt.ended = true;
    this.forget(attempt.next);
    attempt.next = undefined;
    const id = attempt.job.id;
    this.scheduler.failedToStart(id);
    // Counted like any attempt, so progress sees a start for every end.
    this.emit({ type: 'job-started', jobId: id, attempt: attempt.number, at });
    attempt.startedAt = at;
    // Asynchronously, so a retry never recurses into the attempt that failed.
    queueMicrotask(() => {
      if (this.live.get(id) === attempt) this.live.delete(id);
      this.pendingEvents++;
      this.over(attempt, this.scheduler.notStarted(id, reason, this.settings.now()), undefined);
    });
  }

  /**
   * Unless the attempt may be retried, its slots were freed (or handed to the job the launcher
   * started in them) at once, so the next job starts before this one's outputs are read and its
   * record stored; a retry is decided once they are read, and runs in the same slots.
   */
  private over(attempt: Attempt, over: AttemptOver, exit: LaunchExit | undefined): void {
    this.apply(over.decisions);
    const peak = attempt.peakMemoryBytes;
    const verdict = { ...over.verdict, ...(peak !== undefined ? { peakMemoryBytes: peak } : {}) };
    const outputs = attempt.outputs(exit, verdict);
    if (!(outputs instanceof Promise)) {
      this.conclude(attempt, verdict, exit, over.mayRetry, outputs);
      return;
    }
    outputs
      .then((read) => this.conclude(attempt, verdict, exit, over.mayRetry, read))
      .catch((error: unknown) => {
        this.pendingEvents--;
        this.fail(error);
      });
  }

  private conclude(
    attempt: Attempt,
    verdict: Verdict,
    exit: LaunchExit | undefined,
    mayRetry: boolean,
    outputs: ReadOutputs,
  ): void {
    const id = attempt.job.id;
    const record = attemptRecord(this.recordBase(id, attempt.number), attempt, verdict, exit, outputs);
    if (mayRetry) {
      const { retry, decisions } = this.scheduler.concluded(
        id,
        verdict,
        record.stoppedAt,
        this.settings.now(),
      );
      if (retry) {
        this.pendingEvents--;
        this.emit({ type: 'job-retrying', record });
        this.apply(decisions);
        return;
      }
      this.apply(decisions);
    }
    this.emit({ type: 'job-finished', record }, () =>
      this.apply(this.scheduler.recordStored(id, record.status, this.settings.now())),
    );
    this.pendingEvents--; // the owed record is now an event in flight
  }

  /** Records a job that will never run because something it needs did not succeed. */
  private cancelled(jobId: string, reason: string, at: number): void {
    const record: JobRecord = {
      ...this.recordBase(jobId, 1),
      status: 'cancelled',
      statusReason: reason,
      queuedAt: at,
      startedAt: at,
      stoppedAt: at,
      metrics: {},
    };
    this.emit({ type: 'job-finished', record }, () =>
      this.apply(this.scheduler.cancelStored(jobId, this.settings.now())),
    );
  }

  private recordBase(jobId: string, attempt: number): RecordBase {
    const job = this.jobs.get(jobId) as PlannedJob;
    const queuedAt = this.scheduler.queuedAt(jobId, this.settings.now());
    return recordBase(job, { runId: this.options.runId, attempt, queuedAt, host: this.settings.host });
  }

  // ---- events, stopping and the end ----------------------------------------------------------

  /** Hands an event to onEvent; `then` runs only after it resolved (the record is stored). */
  private emit(event: ExecutorEvent, then?: () => void): void {
    this.pendingEvents++;
    let result: void | Promise<void>;
    try {
      result = this.options.onEvent(event);
    } catch (error) {
      result = Promise.reject(error);
    }
    const after = (): void => {
      this.pendingEvents--;
      if (then && !this.fatal) then();
      this.checkFinished();
    };
    if (result && typeof (result as Promise<void>).then === 'function') {
      (result as Promise<void>).then(after, (error: unknown) => {
        this.fail(error);
        after();
      });
    } else {
      // A synchronous listener: continue on a microtask so the call stack never grows with the run.
      queueMicrotask(after);
    }
  }

  private fail(error: unknown): void {
    this.fatal ??= { error };
    this.stop();
  }

  private stop(): void {
    this.apply(this.scheduler.stop());
  }

  private checkFinished(): void {
    if (this.finished || this.scheduler.busy || this.pendingEvents > 0) return;
    const stuck = this.scheduler.quiet(this.settings.now());
    if (stuck.length > 0) {
      this.apply(stuck);
      return;
    }
    this.finished = true;
    this.stopSweep();
    this.sampler.close();
    this.options.signal.removeEventListener('abort', this.onAbort);
    // Done once the launchers have gone: they leave the log folder tidy as they exit.
    void this.launchers.close().then(() => {
      if (this.fatal) this.rejectDone(this.fatal.error);
      else this.resolveDone();
    });
  }
}
