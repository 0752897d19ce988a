import { CreateJobQueueCommand, DescribeComputeEnvironmentsCommand } from '@aws-sdk/client-batch';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import type { ResultObject } from '../../../src/adapters/aws/result-object.js';
import { layoutSize, taskAt, type TaskLayout } from '../../../src/adapters/aws/task-layout.js';
import { planCampaignText } from '../../../src/app/campaign-plan.js';
import { unpinnedQueues, windowJobs, type BatchTarget } from '../../../src/app/campaign-run.js';
import { main } from '../../../src/cli/main.js';
import { campaignMarkdown, campaignTerminal } from '../../../src/domain/campaign/campaign-report.js';
import { queueFor, queueTemplateProblem } from '../../../src/domain/campaign/queue-names.js';
import { parseIsoWeek } from '../../../src/domain/campaign/week.js';
import { windowRunId } from '../../../src/domain/campaign/window-run-id.js';
import { captureIo } from '../../cli/io.js';
import { useMoto } from '../../support/moto-fixture.js';
import { BUCKET, fakeResult, prices, putResults, QUEUE } from '../../adapters/aws/batch-env.js';
import { twoTypeCampaign } from './two-type-campaign.js';
import { runBatchWindow } from '../../adapters/aws/batch-window.js';
import { tempDir } from '../../support/temp-dir.js';

const WEEK = parseIsoWeek('2026-W48')!;

/** A queue on the compute environment createBatchEnvironment made, as infra would make one per type. */
async function addQueue(clients: AwsClients, name: string): Promise<void> {
  const { computeEnvironments = [] } = await clients.batch.send(new DescribeComputeEnvironmentsCommand({}));
  await clients.batch.send(
    new CreateJobQueueCommand({
      jobQueueName: name,
      priority: 1,
      state: 'ENABLED',
      computeEnvironmentOrder: [
        { order: 1, computeEnvironment: computeEnvironments[0]?.computeEnvironmentArn as string },
      ],
    }),
  );
}

describe('queue templates: one AWS Batch queue per instance type', () => {
  it('fills in {instance-type}, {family} and {size} with what a queue name may hold', () => {
    const job = { instanceType: 'm7i.large', family: 'm7i', size: 'large' };
    expect(queueFor('bench-{instance-type}', job)).toBe('bench-m7i-large');
    expect(queueFor('{family}_{size}-spot', job)).toBe('m7i_large-spot');
    expect(queueFor('bench', job)).toBe('bench');
    expect(queueFor('arn:aws:batch:us-east-1:123456789012:job-queue/b-{instance-type}', job)).toBe(
      'arn:aws:batch:us-east-1:123456789012:job-queue/b-m7i-large',
    );
    expect(queueTemplateProblem('bench-{instance-type}')).toBeUndefined();
    expect(queueTemplateProblem('arn:aws:batch:us-east-1:123456789012:job-queue/b-{size}')).toBeUndefined();
    expect(queueTemplateProblem('bench-{instance_type}')).toContain('has the placeholder {instance_type}');
    expect(queueTemplateProblem('bench {size}')).toContain('is not an AWS Batch job queue');
  });

  it('the command line refuses a queue with an unknown placeholder: exit 2, nothing run', async () => {
    const dir = tempDir('bb-queue-cli-');
    await writeFile(path.join(dir, 'c.yaml'), twoTypeCampaign('cli'));
    const cap = captureIo(dir);
    const args = ['campaign', 'run', 'c.yaml', '--backend', 'aws-batch', '--image-uri', 'bench:1'];
    expect(await main([...args, '--queue', 'bench-{type}'], cap.io)).toBe(2);
    expect(cap.stderr()).toContain(
      'batchbench: --queue (or BATCHBENCH_QUEUE): "bench-{type}" has the placeholder {type}; a queue takes {instance-type}, {family}, {size}',
    );
    const spot = captureIo(dir, { BATCHBENCH_QUEUE: 'bench-{instance-type}' });
    expect(await main([...args, '--window', 'nightly', '--day', '1', '--week', '2026-W48'], spot.io)).toBe(2);
    expect(spot.stderr()).toContain(
      'cli runs xlarge and larger on Spot (schedule.spot); give --spot-queue (or BATCHBENCH_SPOT_QUEUE)',
    );
  });

  it('says which queue would run several instance types, and none when each has its own', () => {
    const checked = planCampaignText('c.yaml', twoTypeCampaign('pinning'), WEEK, prices);
    const jobs = checked.plan!.jobs;
    expect(unpinnedQueues(jobs, { queue: 'q-{instance-type}', spotQueue: 's-{instance-type}' })).toEqual([]);
    expect(unpinnedQueues(jobs, { queue: 'q-{family}', spotQueue: 's-{instance-type}' })).toEqual([
      // The on-demand queue of a family takes its large jobs and the xlarge ones falling back.
      { queue: 'q-c7g', instanceTypes: ['c7g.large', 'c7g.xlarge'] },
      { queue: 'q-m7i', instanceTypes: ['m7i.large', 'm7i.xlarge'] },
    ]);
    expect(unpinnedQueues(jobs, { queue: 'q-{size}', spotQueue: 'spot' })).toEqual([
      { queue: 'q-large', instanceTypes: ['c7g.large', 'm7i.large'] },
      { queue: 'q-xlarge', instanceTypes: ['c7g.xlarge', 'm7i.xlarge'] },
      { queue: 'spot', instanceTypes: ['c7g.xlarge', 'm7i.xlarge'] },
    ]);
  });
});

describe('a campaign window across instance types on AWS Batch (moto)', () => {
  const aws = useMoto({ batchEnvironment: true });
  let clients: AwsClients;
  /** Queue of each submission, and the instance type its jobs were planned on. */
  const submitted: { queue: string; instanceType: string; jobIds: string[]; resources?: string }[] = [];
  /** The instance type each job's runner reports from the instance metadata (none by default). */
  let ranOn: (jobId: string) => string | undefined = () => undefined;

  beforeAll(async () => {
    clients = aws.clients;
    for (const name of ['bench-m7i-large', 'bench-c7g-large', 'bench-m7i-xlarge', 'bench-c7g-xlarge'])
      await addQueue(clients, name);
    for (const name of ['spot-m7i-xlarge', 'spot-c7g-xlarge']) await addQueue(clients, name);
    // moto runs no container without Docker: each submission gets the results its runner would write.
    clients.batch.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'SubmitJobCommand') {
          const input = args.input as {
            jobQueue: string;
            containerOverrides: {
              environment: { name: string; value: string }[];
              resourceRequirements?: { type: string; value: string }[];
            };
          };
          const env = Object.fromEntries(input.containerOverrides.environment.map((e) => [e.name, e.value]));
          const layout = JSON.parse(env.BATCHBENCH_TASKS as string) as TaskLayout;
          const results: ResultObject[] = [];
          for (let i = 0; i < layoutSize(layout); i++)
            results.push(
              fakeResult(env.BATCHBENCH_RUN_ID as string, taskAt(layout, i).jobId, 1, {
                arrayIndex: i,
                metrics: { triad_gbps: 40 },
                ...(ranOn(taskAt(layout, i).jobId) ? { instanceType: ranOn(taskAt(layout, i).jobId) } : {}),
              }),
            );
          await putResults(
            clients,
            (env.BATCHBENCH_RESULTS as string).slice(`s3://${BUCKET}/`.length),
            results,
          );
          submitted.push({
            queue: input.jobQueue,
            instanceType: env.BATCHBENCH_INSTANCE_TYPE as string,
            jobIds: results.map((r) => r.jobId),
            resources: input.containerOverrides.resourceRequirements
              ?.map((r) => `${r.type}=${r.value}`)
              .join(' '),
          });
        }
        return next(args);
      },
      { step: 'initialize', name: 'campaign-queues-world' },
    );
  }, 30_000);

  async function runWindow(name: string, batch: BatchTarget, where: typeof ranOn = () => undefined) {
    submitted.length = 0;
    ranOn = where;
    const checked = planCampaignText(`campaigns/${name}.yaml`, twoTypeCampaign(name), WEEK, prices);
    const campaign = checked.campaign!;
    const plan = checked.plan!;
    const args = {
      campaign,
      plan,
      day: 1,
      window: 'nightly',
      runId: windowRunId(campaign, plan, windowJobs(plan, 1, 'nightly'), 1, 'nightly'),
      batch,
      imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:1',
    };
    const { outcome, lines, backend } = await runBatchWindow(args, { clients, prices });
    return { outcome, lines, backend, runId: args.runId };
  }

  it(
    'sends each instance type to its own queue, Spot sizes to their own Spot queue, with the fallback on their on-demand one',
    { timeout: 60_000 },
    async () => {
      const { outcome, backend, runId, lines } = await runWindow('per-type', {
        queue: 'bench-{instance-type}',
        spotQueue: 'spot-{family}-{size}',
      });
      expect(outcome.summary).toMatchObject({ jobs: 8, succeeded: 8, failed: 0 });
      expect(submitted.map((s) => [s.instanceType, s.queue]).sort()).toEqual([
        ['c7g.large', 'bench-c7g-large'],
        ['c7g.xlarge', 'spot-c7g-xlarge'],
        ['m7i.large', 'bench-m7i-large'],
        ['m7i.xlarge', 'spot-m7i-xlarge'],
      ]);
      // Each asks for its whole instance (all vCPUs, half the memory): no two benchmarks share a
      // host. The stage's job definition is sized for its first job (m7i.large): no override.
      expect(submitted.map((s) => [s.instanceType, s.resources]).sort()).toEqual([
        ['c7g.large', 'VCPU=2 MEMORY=2048'],
        ['c7g.xlarge', 'VCPU=4 MEMORY=4096'],
        ['m7i.large', undefined],
        ['m7i.xlarge', 'VCPU=4 MEMORY=8192'],
      ]);
      // Every job of a submission was planned on the type its queue is for.
      for (const s of submitted)
        for (const id of s.jobIds) expect(id, s.queue).toContain(`.${s.instanceType}.`);
      // The run's manifest keeps each job's own queues, so a later process attaches to the right one.
      const manifest = await backend.store.readManifest(`${runId}-a1`);
      const xlarge = manifest.plan.jobs.find((j) => j.id === 'stream-neon.c7g.xlarge.r1');
      expect(xlarge?.compute).toMatchObject({ queue: 'spot-c7g-xlarge', fallbackQueue: 'bench-c7g-xlarge' });
      expect(manifest.submissions?.map((s) => s.queue).sort()).toEqual([
        'bench-c7g-large',
        'bench-m7i-large',
        'spot-c7g-xlarge',
        'spot-m7i-xlarge',
      ]);
      expect(outcome.summary.warnings).toBeUndefined();
      expect(lines.join('\n')).not.toContain('not pinned');
    },
  );

  it(
    'one queue for several instance types runs, and says in the log and the report header that the jobs are not pinned',
    { timeout: 60_000 },
    async () => {
      const { outcome, lines } = await runWindow('one-queue', { queue: QUEUE, spotQueue: QUEUE });
      expect(outcome.summary).toMatchObject({ jobs: 8, succeeded: 8 });
      expect(new Set(submitted.map((s) => s.queue))).toEqual(new Set([QUEUE]));
      const warning = `jobs are not pinned to their instance types: queue ${QUEUE} takes c7g.large, c7g.xlarge, m7i.large, m7i.xlarge`;
      expect(lines.some((l) => l.startsWith(`warning: ${warning}`))).toBe(true);
      expect(outcome.summary.warnings).toHaveLength(1);
      const md = campaignMarkdown(outcome.summary).split('\n');
      expect(md[2]).toMatch(
        /^> \*\*Warning:\*\* jobs are not pinned to their instance types: queue bb-spot takes/,
      );
      expect(campaignTerminal(outcome.summary).split('\n')[1]).toContain(`warning: ${warning}`);
    },
  );

  it(
    'a job whose runner found itself on another instance type is reported, and its samples stay out of the history',
    { timeout: 60_000 },
    async () => {
      // The m7i.large jobs landed on an m7i.xlarge (a queue whose environment mixes sizes).
      const { outcome, backend, lines } = await runWindow(
        'misplaced',
        { queue: 'bench-{instance-type}', spotQueue: 'spot-{family}-{size}' },
        (id) => (id.includes('.m7i.large.') ? 'm7i.xlarge' : undefined),
      );
      expect(outcome.summary).toMatchObject({ jobs: 8, succeeded: 8 });
      const moved = outcome.records.filter((r) => r.jobId.includes('.m7i.large.'));
      expect(moved.map((r) => r.instanceType)).toEqual(['m7i.xlarge', 'm7i.xlarge']);
      const warning =
        '2 jobs ran on another instance type than their own (stream-avx512.m7i.large.r1 on m7i.xlarge, ' +
        'stream-avx512.m7i.large.r2 on m7i.xlarge): their samples are left out of the history';
      expect(outcome.summary.warnings).toEqual([warning]);
      expect(lines).toContain(`warning: ${warning}`);
      const history = await backend.history.load();
      expect(history.map((e) => e.instanceType).sort()).toEqual(['c7g.large', 'c7g.xlarge', 'm7i.xlarge']);
      expect(outcome.summary.comparisons.map((c) => c.instanceType)).not.toContain('m7i.large');
    },
  );
});
