import { stringify } from 'yaml';
import type { Campaign } from './campaign.js';
import { queuesNotNeeded } from './placement.js';
import { capacityOf } from './plan.js';
import { queueFor, queueTemplateProblem } from './queue-names.js';

/** The --queue and --spot-queue a campaign runs with; each holds {instance-type}, {family} or {size}. */
export interface QueuePatterns {
  queue: string;
  spotQueue: string;
}

export const DEFAULT_QUEUE_PREFIX = 'bench';

export function defaultQueuePatterns(prefix = DEFAULT_QUEUE_PREFIX): QueuePatterns {
  return { queue: `${prefix}-{instance-type}`, spotQueue: `${prefix}-spot-{instance-type}` };
}

export type CfnValue = string | number | boolean | CfnValue[] | { [key: string]: CfnValue };
export interface CfnTemplate {
  AWSTemplateFormatVersion: '2010-09-09';
  Description: string;
  Parameters: Record<string, Record<string, CfnValue>>;
  Conditions: Record<string, CfnValue>;
  Resources: Record<string, { Type: string; Condition?: string; Properties: Record<string, CfnValue> }>;
  Outputs: Record<string, { Description: string; Value: CfnValue }>;
}

/** One instance type of the campaign and the queues the runner sends its jobs to. */
export interface TypeQueues {
  instanceType: string;
  family: string;
  size: string;
  /** The logical id stem of its resources, e.g. M7iLarge. */
  id: string;
  queue: string;
  /** Set when the campaign runs this type's size on Spot (schedule.spot). */
  spotQueue?: string;
}

export type QueuesTemplate = { template: CfnTemplate; types: TypeQueues[] } | { problem: string };

const ref = (name: string) => ({ Ref: name });

/**
 * The CloudFormation template of a campaign's per-type queues: for every instance type an
 * on-demand compute environment allowed that type alone and its queue, and for the types whose
 * size runs on Spot a Spot environment and queue too, named by the same patterns the runner
 * fills in (queueFor), so `--queue`/`--spot-queue` find exactly these queues. It builds on the
 * base stack (infra/batchbench.cfn.yaml): its subnets, security groups, instance profile and,
 * when named, its GitHub Actions role, which is allowed to submit to these queues.
 */
export function campaignQueuesTemplate(c: Campaign, patterns: QueuePatterns): QueuesTemplate {
  const noQueues = queuesNotNeeded(c);
  if (noQueues) return { problem: noQueues };
  const types = typeQueues(c, patterns);
  const anySpot = types.some((t) => t.spotQueue !== undefined);
  const problem = namingProblem(types, anySpot ? [patterns.queue, patterns.spotQueue] : [patterns.queue]);
  if (problem) return { problem };

  const outputs: CfnTemplate['Outputs'] = {
    QueuePattern: {
      Description: '--queue of batchbench campaign run (queue input of the campaign action).',
      Value: patterns.queue,
    },
  };
  if (anySpot)
    outputs.SpotQueuePattern = {
      Description: '--spot-queue of batchbench campaign run (spot-queue input of the campaign action).',
      Value: patterns.spotQueue,
    };

  return {
    types,
    template: {
      AWSTemplateFormatVersion: '2010-09-09',
      Description:
        `AWS Batch queues of the campaign ${oneLine(c.name)}: one queue per instance type on a compute ` +
        'environment allowed that type alone, so each benchmark runs on the type it is named after.',
      Parameters: PARAMETERS,
      Conditions: {
        ExplicitServiceRole: { 'Fn::Not': [{ 'Fn::Equals': [ref('BatchServiceRoleArn'), ''] }] },
        GrantGitHubActionsRole: { 'Fn::Not': [{ 'Fn::Equals': [ref('GitHubActionsRoleName'), ''] }] },
      },
      Resources: queueResources(types),
      Outputs: outputs,
    },
  };
}

/** A pattern that is no queue name, or two types that would share a queue or a logical id. */
function namingProblem(types: readonly TypeQueues[], patterns: readonly string[]): string | undefined {
  for (const pattern of patterns) {
    const problem = queueTemplateProblem(pattern);
    if (problem) return problem;
    if (pattern.startsWith('arn:'))
      return `"${pattern}" is an ARN: give the queue name pattern, the stack makes the ARNs`;
  }
  const names = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const t of types) {
    for (const name of [t.queue, ...(t.spotQueue === undefined ? [] : [t.spotQueue])]) {
      const other = names.get(name);
      if (other !== undefined)
        return `queue ${name} would be made for ${other} and for ${t.instanceType}: give each instance type its own name, e.g. with {instance-type}`;
      names.set(name, t.instanceType);
    }
    const other = ids.get(t.id);
    if (other !== undefined)
      return `${other} and ${t.instanceType} give the same CloudFormation logical id ${t.id}`;
    ids.set(t.id, t.instanceType);
  }
  return undefined;
}

/** Per type an environment and a queue (and their Spot twins), and the submit policy on them all. */
function queueResources(types: readonly TypeQueues[]): CfnTemplate['Resources'] {
  const resources: CfnTemplate['Resources'] = {};
  for (const t of types) {
    resources[`${t.id}ComputeEnvironment`] = computeEnvironment(t, 'on-demand');
    resources[`${t.id}Queue`] = jobQueue(t.queue, `${t.id}ComputeEnvironment`);
    if (t.spotQueue !== undefined) {
      resources[`${t.id}SpotComputeEnvironment`] = computeEnvironment(t, 'spot');
      resources[`${t.id}SpotQueue`] = jobQueue(t.spotQueue, `${t.id}SpotComputeEnvironment`);
    }
  }
  resources.GitHubActionsSubmitToCampaignQueues = {
    Type: 'AWS::IAM::Policy',
    Condition: 'GrantGitHubActionsRole',
    Properties: {
      PolicyName: { 'Fn::Sub': '${AWS::StackName}-submit' },
      Roles: [ref('GitHubActionsRoleName')],
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            // The base stack's role already allows SubmitJob on the job definitions.
            Sid: 'SubmitToCampaignQueues',
            Effect: 'Allow',
            Action: 'batch:SubmitJob',
            Resource: types.flatMap((t) => [
              ref(`${t.id}Queue`),
              ...(t.spotQueue === undefined ? [] : [ref(`${t.id}SpotQueue`)]),
            ]),
          },
        ],
      },
    },
  };
  return resources;
}

/** The base stack's outputs the queues build on. */
const PARAMETERS: CfnTemplate['Parameters'] = {
  SubnetIds: {
    Type: 'List<AWS::EC2::Subnet::Id>',
    Description: 'The SubnetIds the base stack (infra/batchbench.cfn.yaml) was deployed with.',
  },
  SecurityGroupIds: {
    Type: 'List<AWS::EC2::SecurityGroup::Id>',
    Description: 'The SecurityGroupIds the base stack was deployed with.',
  },
  InstanceProfileArn: {
    Type: 'String',
    AllowedPattern: '^arn:aws[a-z-]*:iam::[0-9]{12}:instance-profile/.+$',
    Description: 'The InstanceProfileArn output of the base stack.',
  },
  MaxvCpusPerType: {
    Type: 'Number',
    Default: 256,
    MinValue: 1,
    Description: 'Upper bound of vCPUs of each compute environment (the cost ceiling of one instance type).',
  },
  BatchServiceRoleArn: {
    Type: 'String',
    Default: '',
    AllowedPattern: '^$|^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$',
    Description:
      'Empty for the AWSServiceRoleForBatch service-linked role; the BatchServiceRoleArn of the base stack when it names one.',
  },
  GitHubActionsRoleName: {
    Type: 'String',
    Default: '',
    AllowedPattern: '^$|^[A-Za-z0-9+=,.@_-]{1,64}$',
    Description:
      "The name of the base stack's GitHub Actions role (the last part of its GitHubActionsRoleArn output), allowed to submit to these queues; empty for none.",
  },
};

/** Every instance type of the campaign, in file order, with the queue names the runner will use. */
export function typeQueues(c: Campaign, patterns: QueuePatterns): TypeQueues[] {
  return c.families.flatMap((family) =>
    c.sizes.map((size) => {
      const t = { instanceType: `${family}.${size}`, family, size };
      return {
        ...t,
        id: logicalId(t.instanceType),
        queue: queueFor(patterns.queue, t),
        ...(capacityOf(size, c) === 'on-demand' ? {} : { spotQueue: queueFor(patterns.spotQueue, t) }),
      };
    }),
  );
}

/** m7i.large -> M7iLarge: CloudFormation logical ids are letters and digits only. */
function logicalId(instanceType: string): string {
  return instanceType
    .split(/[^A-Za-z0-9]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

// Compute environments are unnamed so CloudFormation can replace them on changes; the queues
// keep the names the runner fills in.
function computeEnvironment(t: TypeQueues, capacity: 'on-demand' | 'spot') {
  return {
    Type: 'AWS::Batch::ComputeEnvironment',
    Properties: {
      Type: 'MANAGED',
      State: 'ENABLED',
      ServiceRole: { 'Fn::If': ['ExplicitServiceRole', ref('BatchServiceRoleArn'), ref('AWS::NoValue')] },
      ComputeResources: {
        ...(capacity === 'spot'
          ? // Capacity-optimised pools of one type lower the chance of a reclaim mid-benchmark.
            { Type: 'SPOT', AllocationStrategy: 'SPOT_CAPACITY_OPTIMIZED' }
          : { Type: 'EC2', AllocationStrategy: 'BEST_FIT_PROGRESSIVE' }),
        // Zero when idle: no instance runs between the campaign's windows.
        MinvCpus: 0,
        MaxvCpus: ref('MaxvCpusPerType'),
        // The one type this environment may launch: what pins the queue's jobs to it.
        InstanceTypes: [t.instanceType],
        Subnets: ref('SubnetIds'),
        SecurityGroupIds: ref('SecurityGroupIds'),
        InstanceRole: ref('InstanceProfileArn'),
        Tags: {
          Name: capacity === 'spot' ? (t.spotQueue as string) : t.queue,
          'batchbench:capacity': capacity,
          'batchbench:instance-type': t.instanceType,
        },
      },
    },
  };
}

function jobQueue(name: string, environment: string) {
  return {
    Type: 'AWS::Batch::JobQueue',
    Properties: {
      JobQueueName: name,
      State: 'ENABLED',
      Priority: 1,
      ComputeEnvironmentOrder: [{ Order: 1, ComputeEnvironment: ref(environment) }],
    },
  };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The template as YAML, after a comment saying how to deploy it on the base stack's outputs and
 * which --queue/--spot-queue to run the campaign with. `command` is how it was generated.
 */
export function renderQueuesTemplate(
  c: Campaign,
  patterns: QueuePatterns,
  built: { template: CfnTemplate; types: TypeQueues[] },
  command: string,
): string {
  const anySpot = built.types.some((t) => t.spotQueue !== undefined);
  const stack = `${c.name.replace(/[^A-Za-z0-9-]/g, '-').replace(/^[^A-Za-z]+/, '')}-queues`;
  const run = `--queue '${patterns.queue}'${anySpot ? ` --spot-queue '${patterns.spotQueue}'` : ''}`;
  const header = [
    `Generated by: ${oneLine(command)}`,
    `${built.types.length} instance types, ${built.types.filter((t) => t.spotQueue !== undefined).length} of them also on Spot. Deploy it on the outputs of the base stack`,
    '(infra/batchbench.cfn.yaml) with:',
    `  aws cloudformation deploy --stack-name ${stack} --template-file <this file> \\`,
    '    --capabilities CAPABILITY_IAM --parameter-overrides \\',
    '    SubnetIds=<subnet-a,subnet-b> SecurityGroupIds=<sg-1> \\',
    '    InstanceProfileArn=<InstanceProfileArn output of the base stack> \\',
    '    GitHubActionsRoleName=<last part of its GitHubActionsRoleArn output>',
    'then run the campaign with',
    `  batchbench campaign run ${oneLine(c.file)} ${run} ...`,
    '(the queue and spot-queue inputs of the campaign action).',
  ]
    .map((line) => `# ${line}`)
    .join('\n');
  // YAML 1.1 quotes what a YAML 1.1 reader such as CloudFormation would take for a date or a boolean.
  return `${header}\n${stringify(built.template, { version: '1.1', lineWidth: 0, singleQuote: true })}`;
}
