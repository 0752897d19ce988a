import type { PlannedJob } from '../../../domain/plan/plan.js';
import type { Backend, CancelOutcome, CollectOptions, ExecuteOptions } from '../../../ports/backend.js';
import type { RunManifest } from '../../../ports/run-store.js';
import { BatchApi } from '../batch-api.js';
import { abortableSleep, retryPolicy, type RetryPolicy } from '../retry.js';
import { S3Io } from '../s3-io.js';
import { cancelLive } from './canceller.js';
import type { BatchContext, BatchExecutorOptions } from './context.js';
import { RunState } from './run-state.js';
import { submissionFeed } from './submitter.js';
import { track } from './tracker.js';

export type { BatchExecutorOptions } from './context.js';

/**
 * Runs planned jobs on AWS Batch: one array job per cell and stage (submitter.ts), tracked through
 * the parents' status summaries (tracker.ts), collected from the runner's result objects and
 * Batch's own timestamps (collector.ts), Spot jobs that wait too long moved to on-demand
 * (spot-fallback.ts). Every submission is in the run's manifest before and after SubmitJob, so a
 * later process attaches to it (collect, cancel) instead of submitting again.
 */
export class BatchExecutor implements Backend {
  readonly name = 'aws-batch' as const;
  private readonly policy: RetryPolicy;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private readonly log: (line: string) => void;
  private readonly state: RunState;
  private readonly shown = { counts: '' };

  constructor(private readonly options: BatchExecutorOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? abortableSleep;
    this.random = options.random ?? Math.random;
    this.policy = retryPolicy({ sleep: this.sleep, random: this.random });
    this.log = options.log ?? (() => undefined);
    this.state = new RunState(options.plan, options.store, this.now);
  }

  async execute(jobs: readonly PlannedJob[], options: ExecuteOptions): Promise<void> {
    const { ctx, manifest } = await this.attach(options.runId, options.signal);
    const pending = jobs.filter((j) => j.compute.backend === 'aws-batch' && !options.skip.has(j.id));
    const live = this.state.live(pending);
    const covered = new Set(live.flatMap((l) => l.sub.jobIds));
    const missing = pending.filter((j) => !covered.has(j.id));
    if (live.length > 0)
      this.log(`attached to ${live.length} submitted AWS Batch jobs of run ${options.runId}`);
    const feed = submissionFeed(ctx, manifest, live, missing, options.skip, options.signal);
    await track(
      ctx,
      manifest,
      live,
      { wait: true, signal: options.signal, onEvent: options.onEvent },
      options.skip,
      feed,
    );
  }

  /** Gathers what finished of a run without submitting anything; `wait` keeps going until all did. */
  async collect(manifest: RunManifest, options: CollectOptions): Promise<{ unfinished: number }> {
    const { ctx } = await this.attach(manifest.runId, options.signal);
    return track(ctx, manifest, this.state.live(this.options.plan.jobs), options, new Set());
  }

  /** Ends every unfinished job of the run: CancelJob before a job starts, TerminateJob after. */
  async cancel(
    manifest: RunManifest,
    signal: AbortSignal = new AbortController().signal,
  ): Promise<CancelOutcome> {
    const { ctx } = await this.attach(manifest.runId, signal);
    return cancelLive(ctx, this.state.live(this.options.plan.jobs));
  }

  /** Reads what the run holds (submissions, records) and finds submissions whose answer was lost. */
  private async attach(
    runId: string,
    signal: AbortSignal,
  ): Promise<{ ctx: BatchContext; manifest: RunManifest }> {
    const api = new BatchApi(this.options.clients.batch, { policy: this.policy, now: this.now, signal });
    const ctx: BatchContext = {
      options: this.options,
      plan: this.options.plan,
      api,
      results: new S3Io(this.options.clients.s3, this.options.results.bucket, this.policy),
      state: this.state,
      policy: this.policy,
      now: this.now,
      sleep: this.sleep,
      random: this.random,
      log: this.log,
      shown: this.shown,
    };
    const manifest = await this.state.load(runId);
    await this.state.recoverLost(runId, api);
    return { ctx, manifest };
  }
}
