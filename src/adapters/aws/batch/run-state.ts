import type { Plan, PlannedJob } from '../../../domain/plan/plan.js';
import type { JobRecord } from '../../../domain/results/job-record.js';
import type { RemoteSubmission, RunManifest, RunStore } from '../../../ports/run-store.js';
import type { BatchApi } from '../batch-api.js';
import type { Live } from './live.js';

/**
 * What this process knows of a run on AWS Batch: its submissions (from the manifest, kept there
 * before and after each SubmitJob), which submission holds each job, and the records already out.
 */
export class RunState {
  submissions: RemoteSubmission[] = [];
  /** Planned job id -> the newest submission holding it. */
  readonly owner = new Map<string, RemoteSubmission>();
  private recorded = new Set<string>();
  /** Planned job id -> attempts recorded for it, with the creation time of the Batch job that ran them. */
  private readonly attemptsRecorded = new Map<string, { attempt: number; queuedAt: number }[]>();
  private readonly jobsById: Map<string, PlannedJob>;

  constructor(
    plan: Plan,
    private readonly store: RunStore,
    private readonly now: () => number,
  ) {
    this.jobsById = new Map(plan.jobs.map((j) => [j.id, j]));
  }

  /** Reads the run's manifest and records; returns the manifest. */
  async load(runId: string): Promise<RunManifest> {
    const manifest = await this.store.readManifest(runId);
    this.submissions = manifest.submissions ?? [];
    this.owner.clear();
    for (const sub of this.submissions) this.own(sub);
    const records = await this.store.readRecords(runId);
    this.recorded = new Set(records.map(recordKey));
    this.attemptsRecorded.clear();
    for (const r of records) this.noteAttempt(r);
    return manifest;
  }

  /** A SubmitJob whose answer never reached the manifest (a crash) is found again by its name. */
  async recoverLost(runId: string, api: BatchApi): Promise<void> {
    let changed = false;
    for (const sub of this.submissions) {
      if (sub.remoteId) continue;
      const found = await api.findByName(sub.queue, sub.name);
      if (found) {
        sub.remoteId = found;
        sub.submittedAt ??= new Date(this.now()).toISOString();
        changed = true;
      }
    }
    this.submissions = this.submissions.filter((s) => s.remoteId !== undefined);
    if (changed) await this.save(runId);
  }

  /** Submissions still worth watching: not collected, and the newest holder of a job we want. */
  live(wanted: readonly PlannedJob[]): Live[] {
    const wantedIds = new Set(wanted.map((j) => j.id));
    return this.submissions
      .filter(
        (sub) => !sub.collected && sub.jobIds.some((id) => wantedIds.has(id) && this.owner.get(id) === sub),
      )
      .map((sub) => this.liveOf(sub));
  }

  liveOf(sub: RemoteSubmission): Live {
    return {
      sub,
      jobs: sub.jobIds.map((id) => {
        const job = this.jobsById.get(id);
        if (!job) throw new Error(`the run's manifest names job ${id}, which its plan does not have`);
        return job;
      }),
      done: new Set(),
      seen: { SUCCEEDED: 0, FAILED: 0 },
      counts: {},
      lastChildFetch: -Infinity,
    };
  }

  /** The submission holds its jobs from now on. */
  own(sub: RemoteSubmission): void {
    for (const id of sub.jobIds) this.owner.set(id, sub);
  }

  async save(runId: string): Promise<void> {
    await this.store.updateManifest(runId, {
      submissions: this.submissions,
      updatedAt: new Date(this.now()).toISOString(),
    });
  }

  /** Notes a record as out; false when it was already (a second look at the same job). */
  markRecorded(record: JobRecord): boolean {
    const key = recordKey(record);
    if (this.recorded.has(key)) return false;
    this.recorded.add(key);
    this.noteAttempt(record);
    return true;
  }

  /** The highest attempt recorded for a job by Batch jobs other than the one created at createdAt. */
  earlierAttempts(jobId: string, createdAt: number | undefined): number {
    if (createdAt === undefined) return 0;
    const others = (this.attemptsRecorded.get(jobId) ?? []).filter((r) => r.queuedAt !== createdAt);
    return Math.max(0, ...others.map((r) => r.attempt));
  }

  succeededIds(): string[] {
    return [...this.recorded].filter((k) => k.endsWith('#succeeded')).map((k) => k.split('#')[0] as string);
  }

  private noteAttempt(record: JobRecord): void {
    const list = this.attemptsRecorded.get(record.jobId) ?? [];
    list.push({ attempt: record.attempt, queuedAt: record.queuedAt });
    this.attemptsRecorded.set(record.jobId, list);
  }
}

function recordKey(r: JobRecord): string {
  return `${r.jobId}#${r.attempt}#${r.queuedAt}#${r.status}`;
}
