import {
  CancelJobCommand,
  DescribeJobsCommand,
  ListJobsCommand,
  SubmitJobCommand,
  TerminateJobCommand,
  type BatchClient,
  type JobDetail,
  type JobStatus,
  type JobSummary,
  type ListJobsCommandInput,
  type SubmitJobCommandInput,
} from '@aws-sdk/client-batch';
import { pagesWithRetry, withRetry, type RetryPolicy } from './retry.js';
import { TokenBucket } from './token-bucket.js';

/** DescribeJobs takes at most 100 job ids per call (AWS Batch documentation); moto accepts more, AWS does not. */
export const DESCRIBE_LIMIT = 100;
/** SubmitJob: 50 requests a second per account (AWS Batch documentation). */
export const SUBMIT_PER_SECOND = 50;
/** ListJobs pages hold up to 1,000 jobs. */
const LIST_PAGE = 1000;

export interface BatchApiOptions {
  policy: RetryPolicy;
  now: () => number;
  signal?: AbortSignal;
}

/** The AWS Batch calls batchbench makes, with retries, rate limiting and the documented limits. */
export class BatchApi {
  private readonly bucket: TokenBucket;

  constructor(
    readonly client: BatchClient,
    private readonly options: BatchApiOptions,
  ) {
    this.bucket = new TokenBucket(SUBMIT_PER_SECOND, SUBMIT_PER_SECOND, options.now, (ms) =>
      options.policy.sleep(ms),
    );
  }

  /**
   * Submits once. When an answer is lost (5xx, dropped connection) the job may exist already:
   * before trying again it is looked up by its name, unique within the run, so a retry never
   * makes a second copy of the job.
   */
  async submit(input: SubmitJobCommandInput & { jobName: string; jobQueue: string }): Promise<string> {
    return withRetry(
      async () => {
        await this.bucket.take();
        const out = await this.client.send(new SubmitJobCommand(input));
        if (!out.jobId) throw new Error(`SubmitJob of ${input.jobName} answered without a job id`);
        return out.jobId;
      },
      this.options.policy,
      { recover: () => this.findByName(input.jobQueue, input.jobName), signal: this.options.signal },
    );
  }

  /** The newest job of that exact name in the queue, whatever its status. */
  async findByName(queue: string, name: string): Promise<string | undefined> {
    let best: JobSummary | undefined;
    // With a filter, ListJobs ignores jobStatus and returns jobs in every status.
    for await (const job of this.listJobs({
      jobQueue: queue,
      filters: [{ name: 'JOB_NAME', values: [name] }],
    })) {
      // Array children carry their parent's name; the submission is the parent.
      if (job.jobId?.includes(':')) continue;
      if (job.jobName === name && (!best || (job.createdAt ?? 0) > (best.createdAt ?? 0))) best = job;
    }
    return best?.jobId;
  }

  async describe(ids: readonly string[]): Promise<JobDetail[]> {
    const out: JobDetail[] = [];
    for (let i = 0; i < ids.length; i += DESCRIBE_LIMIT) {
      const chunk = ids.slice(i, i + DESCRIBE_LIMIT);
      const page = await withRetry(
        () => this.client.send(new DescribeJobsCommand({ jobs: chunk })),
        this.options.policy,
      );
      out.push(...(page.jobs ?? []));
    }
    return out;
  }

  /** Children of an array job in one status, in pages of 1,000. */
  async children(arrayJobId: string, status: JobStatus): Promise<JobSummary[]> {
    const out: JobSummary[] = [];
    for await (const job of this.listJobs({ arrayJobId, jobStatus: status })) out.push(job);
    return out;
  }

  /** Every job ListJobs lists, page after page. */
  private async *listJobs(
    input: Omit<ListJobsCommandInput, 'nextToken' | 'maxResults'>,
  ): AsyncGenerator<JobSummary> {
    const pages = pagesWithRetry(
      (nextToken) => this.client.send(new ListJobsCommand({ ...input, nextToken, maxResults: LIST_PAGE })),
      (page) => page.nextToken,
      this.options.policy,
    );
    for await (const page of pages) yield* page.jobSummaryList ?? [];
  }

  /** CancelJob acts only on SUBMITTED, PENDING and RUNNABLE jobs (AWS Batch documentation). */
  async cancel(jobId: string, reason: string): Promise<void> {
    await withRetry(() => this.client.send(new CancelJobCommand({ jobId, reason })), this.options.policy);
  }

  /** TerminateJob stops STARTING and RUNNING jobs, which become FAILED (AWS Batch documentation). */
  async terminate(jobId: string, reason: string): Promise<void> {
    await withRetry(() => this.client.send(new TerminateJobCommand({ jobId, reason })), this.options.policy);
  }
}
