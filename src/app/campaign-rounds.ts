import type { CampaignJob } from '../domain/campaign/plan-types.js';
import type { JobRecord } from '../domain/results/job-record.js';
import { formatDuration } from '../domain/experiment/units.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import type { HistoryStore } from '../domain/campaign/history.js';
import type { CampaignPlan } from '../domain/campaign/plan-types.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { Executor } from '../ports/executor.js';
import type { Progress } from '../ports/progress.js';
import type { RunManifest } from '../ports/run-store.js';
import { toPlannedJob, type CampaignTarget } from './campaign-jobs.js';

export interface CampaignRunDeps {
  /** Runs at most max-concurrent jobs at once and fills a free place at once (the caller sizes it). */
  executor: Executor;
  history: HistoryStore;
  /** Where each attempt's run is kept, so a process started again for the window finds it; absent: nowhere. */
  runs?: AttemptRuns;
  prices: PriceTable;
  /** Counts by status, percentage done and ETA as jobs finish; retry rounds and the like as log lines. */
  progress: Progress;
  now: () => number;
  /** Waits between retry rounds; tests pass one that does not wait. */
  sleep: (ms: number) => Promise<void>;
  signal: AbortSignal;
  /** Backoff before the first retry round (default 30 s); doubled for each further round. */
  backoffMs?: number;
}

/**
 * The runs of a window's attempts: attempt k of window run R is the run `R-a<k>` (attemptRunId),
 * holding the jobs of every wave that round k ran. Kept where the jobs' backend keeps runs, so a
 * process started again with the same window run id finds what each attempt finished and the
 * executor attaches to what it submitted, instead of running any job twice.
 */
export interface AttemptRuns {
  /** Creates the run if it is new; the final record of each job that finished in it so far. */
  open(runId: string): Promise<JobRecord[]>;
  /** Keeps a job's final record of that attempt; durable once it resolves. */
  finished(runId: string, record: JobRecord): Promise<void>;
  /** Marks the run ended, so nothing takes it for one still running. */
  close(runId: string, status: Exclude<RunManifest['status'], 'running'>): Promise<void>;
}

/** One window of a campaign's week, on one backend. */
export interface WindowArgs {
  campaign: Campaign;
  plan: CampaignPlan;
  day: number;
  window: string;
  /** The window's run; windowRunId gives one that a process started again finds. */
  runId: string;
  /** The backend the jobs run on, and its queues when the workflow names them. */
  target: CampaignTarget;
}

export function attemptRunId(windowRunId: string, attempt: number): string {
  return `${windowRunId}-a${attempt}`;
}

/**
 * One window's jobs run wave after wave, each wave's failures retried in rounds: what was run,
 * what each round's run holds, and which record decides each job. Round k of every wave is the
 * attempt run `<runId>-a<k>`.
 */
export class WindowRounds {
  /** Attempt -> the final record of each job in that attempt's run. */
  readonly finals = new Map<number, Map<string, JobRecord>>();
  /** Every attempt's record, failures and the backend's own retries included: what was paid for. */
  readonly tries: JobRecord[] = [];
  /** The record that decides each job: its success, or a failure with no retry left. */
  readonly decided = new Map<string, JobRecord>();
  /** Jobs this process ran or waited for, as opposed to found finished. */
  executedHere = 0;
  /**
   * A job cancelled from outside (`batchbench cancel` on an attempt run, the Batch console) is
   * someone's decision to stop the window: it is not retried, and no later wave starts.
   */
  cancelledOutside = false;
  private readonly byId: Map<string, CampaignJob>;
  private readonly started: number;
  /** Estimated seconds of the jobs this process saw finish: the pace the ETA goes by. */
  private paceSeconds = 0;
  private inFlight = 0;

  constructor(
    private readonly w: WindowArgs,
    private readonly deps: CampaignRunDeps,
    readonly jobs: readonly CampaignJob[],
  ) {
    this.byId = new Map(jobs.map((j) => [j.id, j]));
    this.started = deps.now();
  }

  /** Runs every wave, in order, until done, cancelled or aborted; then decides what is left. */
  async run(): Promise<void> {
    this.update();
    const waves = [...new Set(this.jobs.map((j) => j.wave))].sort((a, b) => a - b);
    for (const wave of waves) {
      if (this.cancelledOutside) break;
      // In the order the plan's lanes start them.
      let pending = this.jobs
        .filter((j) => j.wave === wave)
        .sort((a, b) => a.startOffsetSeconds - b.startOffsetSeconds);
      for (let attempt = 1; pending.length > 0 && !this.deps.signal.aborted; attempt++) {
        const round = await this.round(wave, attempt, pending);
        if (round === 'stopped') break;
        pending = round;
      }
    }
    this.decideLeftovers();
    this.update();
    this.deps.progress.done();
    await this.closeAttempts();
  }

  /** One round of a wave: its jobs not yet finished in this attempt run; returns those to retry. */
  private async round(
    wave: number,
    attempt: number,
    pending: readonly CampaignJob[],
  ): Promise<CampaignJob[] | 'stopped'> {
    const retries = this.w.campaign.schedule.retries;
    const last = attempt > retries;
    const done = await this.attemptRun(attempt);
    const todo = pending.filter((j) => !done.has(j.id));
    // A round that was under way before this process started has had its backoff.
    if (attempt > 1 && todo.length === pending.length) {
      const wait = (this.deps.backoffMs ?? 30_000) * 2 ** (attempt - 2);
      this.deps.progress.log(
        `wave ${wave}: retrying ${todo.length} failed job(s) in ${formatDuration(wait / 1000)} (retry ${attempt - 1} of ${retries})`,
      );
      await this.deps.sleep(wait);
      if (this.deps.signal.aborted) return 'stopped';
    }
    if (todo.length > 0) await this.execute(attempt, todo, done, last);
    const failed: CampaignJob[] = [];
    for (const j of pending) {
      const r = done.get(j.id);
      if (!r) continue;
      if (this.settles(r, last)) this.decided.set(j.id, r);
      else failed.push(j);
    }
    return last || this.cancelledOutside ? [] : failed;
  }

  private async execute(
    attempt: number,
    todo: readonly CampaignJob[],
    done: Map<string, JobRecord>,
    last: boolean,
  ): Promise<void> {
    const { campaign: c, plan, target } = this.w;
    const runId = attemptRunId(this.w.runId, attempt);
    this.inFlight = todo.length;
    this.executedHere += todo.length;
    this.update();
    await this.deps.executor.execute(
      todo.map((j) => toPlannedJob(j, c, plan.week, target)),
      {
        runId,
        skip: new Set(),
        signal: this.deps.signal,
        onEvent: async (e) => {
          if (e.type === 'job-started' || !this.byId.has(e.record.jobId)) return;
          this.tries.push(e.record);
          if (e.type === 'job-retrying') return;
          done.set(e.record.jobId, e.record);
          this.inFlight = Math.max(0, this.inFlight - 1);
          await this.deps.runs?.finished(runId, e.record);
          this.paceSeconds += this.byId.get(e.record.jobId)?.estimatedSeconds ?? 0;
          if (this.settles(e.record, last)) this.decided.set(e.record.jobId, e.record);
          this.update();
        },
      },
    );
    this.inFlight = 0;
  }

  /** The attempt run's final records, read once from where the backend keeps runs. */
  private async attemptRun(attempt: number): Promise<Map<string, JobRecord>> {
    const known = this.finals.get(attempt);
    if (known) return known;
    const runId = attemptRunId(this.w.runId, attempt);
    const prior = (this.deps.runs ? await this.deps.runs.open(runId) : []).filter((r) =>
      this.byId.has(r.jobId),
    );
    if (prior.length > 0) this.deps.progress.log(`${runId}: ${prior.length} jobs finished there already`);
    this.tries.push(...prior);
    const done = new Map(prior.map((r) => [r.jobId, r]));
    this.finals.set(attempt, done);
    return done;
  }

  private settles(r: JobRecord, last: boolean): boolean {
    if (r.status === 'cancelled') this.cancelledOutside = true;
    return r.status === 'succeeded' || r.status === 'cancelled' || last;
  }

  /** Stopped between rounds (a cancel): a job is decided by its latest failure. */
  private decideLeftovers(): void {
    const newestFirst = [...this.finals.keys()].sort((a, b) => b - a).map((k) => this.finals.get(k)!);
    for (const j of this.jobs) {
      const latest = this.decided.has(j.id) ? undefined : newestFirst.find((m) => m.has(j.id))?.get(j.id);
      if (latest) this.decided.set(j.id, latest);
    }
  }

  private async closeAttempts(): Promise<void> {
    for (const [attempt, done] of this.finals) {
      const ok = [...done.values()].filter((r) => r.status === 'succeeded').length;
      const cancelled = this.deps.signal.aborted || [...done.values()].some((r) => r.status === 'cancelled');
      await this.deps.runs?.close(
        attemptRunId(this.w.runId, attempt),
        cancelled ? 'cancelled' : ok === done.size ? 'complete' : ok === 0 ? 'failed' : 'partial',
      );
    }
  }

  /** Counts by status, and the ETA: the plan's estimate until a job finished here, then the plan scaled by the pace seen. */
  private update(): void {
    const lanes = this.w.campaign.schedule.maxConcurrent;
    const succeeded = [...this.decided.values()].filter((r) => r.status === 'succeeded').length;
    const running = Math.min(this.inFlight, lanes);
    const left = this.jobs.filter((j) => !this.decided.has(j.id)).reduce((t, j) => t + j.estimatedSeconds, 0);
    const elapsed = (this.deps.now() - this.started) / 1000;
    this.deps.progress.update({
      queued: this.jobs.length - this.decided.size - running,
      running,
      succeeded,
      failed: this.decided.size - succeeded,
      total: this.jobs.length,
      etaSeconds: this.paceSeconds > 0 ? (left * elapsed) / this.paceSeconds : left / lanes,
    });
  }
}
