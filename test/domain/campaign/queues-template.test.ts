import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../../src/cli/main.js';
import { validateCampaignText } from '../../../src/domain/campaign/validate-campaign.js';
import {
  campaignQueuesTemplate,
  defaultQueuePatterns,
  type CfnTemplate,
} from '../../../src/domain/campaign/queues-template.js';
import { twoTypeCampaign } from './two-type-campaign.js';
import { captureIo } from '../../cli/io.js';

const FILE = twoTypeCampaign('qt');

const campaignOf = (text: string) => {
  const v = validateCampaignText(text, 'c.yaml');
  if (!v.value) throw new Error(JSON.stringify(v.problems));
  return v.value;
};

function built(text: string, patterns = defaultQueuePatterns()): CfnTemplate {
  const out = campaignQueuesTemplate(campaignOf(text), patterns);
  if ('problem' in out) throw new Error(out.problem);
  return out.template;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads of nested template properties
type Props = Record<string, any>;
const ofType = (t: CfnTemplate, type: string): Props[] =>
  Object.entries(t.Resources)
    .filter(([, r]) => r.Type === type)
    .map(([id, r]) => ({ id, ...r.Properties }));

describe('campaignQueuesTemplate', () => {
  it('makes an on-demand environment and queue per type, and Spot ones only for the Spot sizes', () => {
    const t = built(FILE);
    const envs = ofType(t, 'AWS::Batch::ComputeEnvironment').map((e) => [
      e.id,
      e.ComputeResources.Type,
      e.ComputeResources.AllocationStrategy,
      e.ComputeResources.InstanceTypes,
      e.ComputeResources.MinvCpus,
    ]);
    expect(envs).toEqual([
      ['M7iLargeComputeEnvironment', 'EC2', 'BEST_FIT_PROGRESSIVE', ['m7i.large'], 0],
      ['M7iXlargeComputeEnvironment', 'EC2', 'BEST_FIT_PROGRESSIVE', ['m7i.xlarge'], 0],
      ['M7iXlargeSpotComputeEnvironment', 'SPOT', 'SPOT_CAPACITY_OPTIMIZED', ['m7i.xlarge'], 0],
      ['C7gLargeComputeEnvironment', 'EC2', 'BEST_FIT_PROGRESSIVE', ['c7g.large'], 0],
      ['C7gXlargeComputeEnvironment', 'EC2', 'BEST_FIT_PROGRESSIVE', ['c7g.xlarge'], 0],
      ['C7gXlargeSpotComputeEnvironment', 'SPOT', 'SPOT_CAPACITY_OPTIMIZED', ['c7g.xlarge'], 0],
    ]);
    const queues = ofType(t, 'AWS::Batch::JobQueue').map((q) => [
      q.id,
      q.JobQueueName,
      q.ComputeEnvironmentOrder.map((o: { ComputeEnvironment: { Ref: string } }) => o.ComputeEnvironment.Ref),
    ]);
    expect(queues).toEqual([
      ['M7iLargeQueue', 'bench-m7i-large', ['M7iLargeComputeEnvironment']],
      ['M7iXlargeQueue', 'bench-m7i-xlarge', ['M7iXlargeComputeEnvironment']],
      ['M7iXlargeSpotQueue', 'bench-spot-m7i-xlarge', ['M7iXlargeSpotComputeEnvironment']],
      ['C7gLargeQueue', 'bench-c7g-large', ['C7gLargeComputeEnvironment']],
      ['C7gXlargeQueue', 'bench-c7g-xlarge', ['C7gXlargeComputeEnvironment']],
      ['C7gXlargeSpotQueue', 'bench-spot-c7g-xlarge', ['C7gXlargeSpotComputeEnvironment']],
    ]);
    expect(t.Outputs).toMatchObject({
      QueuePattern: { Value: 'bench-{instance-type}' },
      SpotQueuePattern: { Value: 'bench-spot-{instance-type}' },
    });
    expect(Object.keys(t.Parameters)).toEqual(
      expect.arrayContaining([
        'SubnetIds',
        'SecurityGroupIds',
        'InstanceProfileArn',
        'MaxvCpusPerType',
        'GitHubActionsRoleName',
      ]),
    );
  });

  it('a campaign without Spot gets no Spot environment, queue or output', () => {
    const t = built(FILE.replace(/ {2}spot: .*\n/, ''));
    expect(ofType(t, 'AWS::Batch::ComputeEnvironment').map((e) => e.ComputeResources.Type)).toEqual([
      'EC2',
      'EC2',
      'EC2',
      'EC2',
    ]);
    expect(t.Outputs.SpotQueuePattern).toBeUndefined();
  });

  it('lets the GitHub Actions role submit to exactly these queues, only when its name is given', () => {
    const t = built(FILE);
    const policy = t.Resources.GitHubActionsSubmitToCampaignQueues!;
    expect(policy.Type).toBe('AWS::IAM::Policy');
    expect(policy.Condition).toBe('GrantGitHubActionsRole');
    expect(t.Conditions.GrantGitHubActionsRole).toEqual({
      'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'GitHubActionsRoleName' }, ''] }],
    });
    expect(t.Parameters.GitHubActionsRoleName).toMatchObject({ Type: 'String', Default: '' });
    expect(policy.Properties.Roles).toEqual([{ Ref: 'GitHubActionsRoleName' }]);
    const [statement] = (policy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] })
      .Statement;
    expect(statement).toMatchObject({ Effect: 'Allow', Action: 'batch:SubmitJob' });
    const queueIds = ofType(t, 'AWS::Batch::JobQueue').map((q) => ({ Ref: q.id }));
    expect(statement!.Resource).toEqual(queueIds);
  });

  it('names queues by any placeholder, and refuses patterns that would give two types one queue', () => {
    const t = built(FILE, { queue: 'od_{family}_{size}', spotQueue: '{size}-{family}-spot' });
    expect(ofType(t, 'AWS::Batch::JobQueue').map((q) => q.JobQueueName)).toEqual([
      'od_m7i_large',
      'od_m7i_xlarge',
      'xlarge-m7i-spot',
      'od_c7g_large',
      'od_c7g_xlarge',
      'xlarge-c7g-spot',
    ]);
    const c = campaignOf(FILE);
    expect(campaignQueuesTemplate(c, { queue: 'q-{size}', spotQueue: 's-{instance-type}' })).toEqual({
      problem:
        'queue q-large would be made for m7i.large and for c7g.large: give each instance type its own name, e.g. with {instance-type}',
    });
    expect(
      campaignQueuesTemplate(c, { queue: 'q-{instance-type}', spotQueue: 'q-{instance-type}' }),
    ).toMatchObject({
      problem: expect.stringContaining('queue q-m7i-xlarge would be made for m7i.xlarge and for m7i.xlarge'),
    });
    expect(campaignQueuesTemplate(c, { queue: 'q-{type}', spotQueue: 's-{instance-type}' })).toMatchObject({
      problem: expect.stringContaining('has the placeholder {type}'),
    });
    expect(
      campaignQueuesTemplate(c, {
        queue: 'arn:aws:batch:us-east-1:123456789012:job-queue/q-{instance-type}',
        spotQueue: 's-{instance-type}',
      }),
    ).toMatchObject({ problem: expect.stringContaining('is an ARN') });
  });
});

describe('batchbench campaign queues', () => {
  it('prints the template as YAML after a comment on how to deploy it and what to run with', async () => {
    const cap = captureIo(process.cwd());
    const args = ['campaign', 'queues', 'experiments/weekly-instance-benchmarks.yaml', '--prefix', 'wk'];
    expect(await main(args, cap.io)).toBe(0);
    const out = cap.stdout();
    expect(out).toMatch(
      /^# Generated by: batchbench campaign queues experiments\/weekly-instance-benchmarks.yaml --prefix wk\n/,
    );
    expect(out).toContain('#   aws cloudformation deploy --stack-name weekly-instance-benchmarks-queues');
    expect(out).toContain("--queue 'wk-{instance-type}' --spot-queue 'wk-spot-{instance-type}'");
    const t = parse(out) as CfnTemplate;
    expect(t.AWSTemplateFormatVersion).toBe('2010-09-09');
    expect(ofType(t, 'AWS::Batch::JobQueue')).toHaveLength(12 + 9);
    expect(t.Resources.R7a4xlargeSpotQueue?.Properties.JobQueueName).toBe('wk-spot-r7a-4xlarge');
  });

  it('a bad file or pattern: the problems on stderr, exit 2, nothing on stdout', async () => {
    const missing = captureIo(process.cwd());
    expect(await main(['campaign', 'queues', 'nope.yaml'], missing.io)).toBe(2);
    expect(missing.stderr()).toContain('nope.yaml:1:1: error: no such file');
    expect(missing.stdout()).toBe('');
    const bad = captureIo(process.cwd());
    const args = [
      'campaign',
      'queues',
      'experiments/weekly-instance-benchmarks.yaml',
      '--queue',
      'b-{family}',
    ];
    expect(await main(args, bad.io)).toBe(2);
    expect(bad.stderr()).toContain('queue b-m7i would be made for m7i.large and for m7i.xlarge');
    expect(bad.stdout()).toBe('');
  });

  it('infra/campaign-queues.example.cfn.yaml is what the command prints for experiments/weekly-instance-benchmarks.yaml', async () => {
    const cap = captureIo(process.cwd());
    expect(await main(['campaign', 'queues', 'experiments/weekly-instance-benchmarks.yaml'], cap.io)).toBe(0);
    const committed = await readFile(
      new URL('../../../infra/campaign-queues.example.cfn.yaml', import.meta.url),
      'utf8',
    );
    // Regenerate with: batchbench campaign queues experiments/weekly-instance-benchmarks.yaml > infra/campaign-queues.example.cfn.yaml
    expect(cap.stdout()).toBe(committed);
  });
});
