import {
  BatchClient,
  DescribeComputeEnvironmentsCommand,
  DescribeJobQueuesCommand,
} from '@aws-sdk/client-batch';
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { GetRolePolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { destroyAwsClients, type AwsClients } from '../../src/adapters/aws/clients.js';
import { planCampaignText } from '../../src/app/campaign-plan.js';
import { windowJobs } from '../../src/app/campaign-run.js';
import { campaignQueuesTemplate, defaultQueuePatterns } from '../../src/domain/campaign/queues-template.js';
import { renderQueuesTemplate } from '../../src/domain/campaign/queues-template.js';
import { parseIsoWeek } from '../../src/domain/campaign/week.js';
import { windowRunId } from '../../src/domain/campaign/window-run-id.js';
import { BUCKET, clientsFor, prices, simulateContainers } from '../adapters/aws/batch-env.js';
import { runBatchWindow } from '../adapters/aws/batch-window.js';
import { twoTypeCampaign } from '../domain/campaign/two-type-campaign.js';
import { deployBatchbenchStack, type BatchbenchStack } from '../support/batch-stack.js';
import { useMoto } from '../support/moto-fixture.js';
import { motoClientConfig, type MotoServer } from '../support/moto-server.js';

const WEEK = parseIsoWeek('2026-W48')!;
const NAME = 'qstack';
const FILE = twoTypeCampaign(NAME);

/** The generated queues stack deployed on the base stack's outputs, as infra/README.md says. */
describe('the queues template of a campaign, deployed on moto after the base stack', () => {
  const aws = useMoto();
  let moto: MotoServer;
  let base: BatchbenchStack;
  let queues: Stack;
  let batch: BatchClient;
  const checked = planCampaignText(`campaigns/${NAME}.yaml`, FILE, WEEK, prices);
  const patterns = defaultQueuePatterns('qs');

  beforeAll(async () => {
    moto = aws.moto;
    base = await deployBatchbenchStack(moto, { stackName: 'qbase', bucket: BUCKET });
    const built = campaignQueuesTemplate(checked.campaign!, patterns);
    if ('problem' in built) throw new Error(built.problem);
    const cfn = new CloudFormationClient(motoClientConfig(moto.endpoint));
    try {
      const githubRole = base.githubRoleArn.slice(base.githubRoleArn.lastIndexOf('/') + 1);
      const parameters = {
        SubnetIds: base.parameters.SubnetIds!,
        SecurityGroupIds: base.parameters.SecurityGroupIds!,
        InstanceProfileArn: base.outputs.InstanceProfileArn!,
        MaxvCpusPerType: '32',
        // moto requires a ServiceRole on compute environments, as for the base stack.
        BatchServiceRoleArn: base.parameters.BatchServiceRoleArn!,
        GitHubActionsRoleName: githubRole,
      };
      queues = await createStack(
        cfn,
        'qbase-queues',
        renderQueuesTemplate(checked.campaign!, patterns, built, 'test'),
        parameters,
      );
    } finally {
      cfn.destroy();
    }
    batch = new BatchClient(motoClientConfig(moto.endpoint));
  }, 90_000);
  afterAll(async () => {
    batch?.destroy();
  });

  it('has a queue by each pattern name, on an environment that allows exactly its type', async () => {
    const { jobQueues = [] } = await batch.send(new DescribeJobQueuesCommand({}));
    const { computeEnvironments = [] } = await batch.send(new DescribeComputeEnvironmentsCommand({}));
    const envByArn = new Map(computeEnvironments.map((e) => [e.computeEnvironmentArn, e]));
    const mine = jobQueues
      .filter((q) => q.jobQueueName?.startsWith('qs-'))
      .map((q) => {
        const envs = (q.computeEnvironmentOrder ?? []).map((o) => envByArn.get(o.computeEnvironment));
        return [
          q.jobQueueName,
          envs.map((e) => [
            e?.computeResources?.type,
            e?.computeResources?.instanceTypes,
            e?.computeResources?.minvCpus,
          ]),
        ];
      })
      .sort();
    expect(mine).toEqual([
      ['qs-c7g-large', [['EC2', ['c7g.large'], 0]]],
      ['qs-c7g-xlarge', [['EC2', ['c7g.xlarge'], 0]]],
      ['qs-m7i-large', [['EC2', ['m7i.large'], 0]]],
      ['qs-m7i-xlarge', [['EC2', ['m7i.xlarge'], 0]]],
      ['qs-spot-c7g-xlarge', [['SPOT', ['c7g.xlarge'], 0]]],
      ['qs-spot-m7i-xlarge', [['SPOT', ['m7i.xlarge'], 0]]],
    ]);
    // Every per-type environment launches with the base stack's instance profile.
    for (const q of jobQueues.filter((x) => x.jobQueueName?.startsWith('qs-')))
      for (const o of q.computeEnvironmentOrder ?? [])
        expect(envByArn.get(o.computeEnvironment)?.computeResources?.instanceRole).toBe(
          base.outputs.InstanceProfileArn,
        );
    const outputs = Object.fromEntries((queues.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
    expect(outputs).toEqual({
      QueuePattern: 'qs-{instance-type}',
      SpotQueuePattern: 'qs-spot-{instance-type}',
    });
  });

  it('lets the GitHub Actions role of the base stack submit to these queues', async () => {
    const iam = new IAMClient(motoClientConfig(moto.endpoint));
    try {
      const role = base.githubRoleArn.slice(base.githubRoleArn.lastIndexOf('/') + 1);
      const { PolicyDocument } = await iam.send(
        new GetRolePolicyCommand({ RoleName: role, PolicyName: 'qbase-queues-submit' }),
      );
      const text = decodeURIComponent(PolicyDocument ?? '');
      const { jobQueues = [] } = await batch.send(new DescribeJobQueuesCommand({}));
      for (const q of jobQueues.filter((x) => x.jobQueueName?.startsWith('qs-')))
        expect(text).toContain(q.jobQueueArn);
      expect(text).toContain('batch:SubmitJob');
      expect(text).not.toContain(base.queueArn);
    } finally {
      iam.destroy();
    }
  });

  it(
    'a campaign window run with the stack outputs as --queue/--spot-queue sends each type to its own queue, pinned',
    { timeout: 60_000 },
    async () => {
      const clients: AwsClients = clientsFor(moto.endpoint);
      const submitted: string[] = [];
      clients.batch.middlewareStack.add(
        (next, context) => async (args) => {
          if (context.commandName === 'SubmitJobCommand')
            submitted.push((args.input as { jobQueue: string }).jobQueue);
          return next(args);
        },
        { step: 'initialize', name: 'record-queues' },
      );
      simulateContainers(clients.batch, clients.s3);
      try {
        const campaign = checked.campaign!;
        const plan = checked.plan!;
        const outputs = Object.fromEntries((queues.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
        const args = {
          campaign,
          plan,
          day: 1,
          window: 'nightly',
          runId: windowRunId(campaign, plan, windowJobs(plan, 1, 'nightly'), 1, 'nightly'),
          batch: { queue: outputs.QueuePattern!, spotQueue: outputs.SpotQueuePattern! },
          imageUri: `${base.repositoryUri}:1`,
        };
        const { outcome, lines } = await runBatchWindow(args, { clients, prices });
        expect(outcome.summary).toMatchObject({ jobs: 8, succeeded: 8, failed: 0 });
        expect([...new Set(submitted)].sort()).toEqual([
          'qs-c7g-large',
          'qs-m7i-large',
          'qs-spot-c7g-xlarge',
          'qs-spot-m7i-xlarge',
        ]);
        expect(outcome.summary.warnings).toBeUndefined();
        expect(lines.join('\n')).not.toContain('not pinned');
      } finally {
        destroyAwsClients(clients);
      }
    },
  );
});

async function createStack(
  cfn: CloudFormationClient,
  name: string,
  body: string,
  parameters: Record<string, string>,
): Promise<Stack> {
  await cfn.send(
    new CreateStackCommand({
      StackName: name,
      TemplateBody: body,
      Parameters: Object.entries(parameters).map(([ParameterKey, ParameterValue]) => ({
        ParameterKey,
        ParameterValue,
      })),
      Capabilities: ['CAPABILITY_IAM'],
    }),
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: name }));
    const status = Stacks?.[0]?.StackStatus ?? 'MISSING';
    if (status === 'CREATE_COMPLETE') return Stacks![0]!;
    if (!status.endsWith('_IN_PROGRESS')) {
      const { StackEvents } = await cfn.send(new DescribeStackEventsCommand({ StackName: name }));
      const reasons = (StackEvents ?? []).filter((e) => e.ResourceStatusReason);
      throw new Error(
        `${name} is ${status}: ${reasons.map((e) => `${e.LogicalResourceId}: ${e.ResourceStatusReason}`).join('; ')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not reach CREATE_COMPLETE`);
}
