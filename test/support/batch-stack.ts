import { readFile } from 'node:fs/promises';
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type Parameter,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import {
  CreateOpenIDConnectProviderCommand,
  CreateServiceLinkedRoleCommand,
  IAMClient,
  ListOpenIDConnectProvidersCommand,
  ListRolesCommand,
} from '@aws-sdk/client-iam';
import { motoClientConfig, type MotoServer } from './moto-server.js';

export const BATCHBENCH_TEMPLATE_PATH = new URL('../../infra/batchbench.cfn.yaml', import.meta.url);

/** The resources an experiment needs, as the stack's outputs name them. */
export interface BatchbenchStack {
  stackName: string;
  /** compute.queue: the Spot queue that spills onto on-demand. */
  queue: string;
  /** compute.fallback-queue: the on-demand queue. */
  fallbackQueue: string;
  queueArn: string;
  fallbackQueueArn: string;
  spotComputeEnvironmentArn: string;
  onDemandComputeEnvironmentArn: string;
  bucket: string;
  /** results.store: s3://<bucket>/<prefix>. */
  resultsStore: string;
  jobRoleArn: string;
  githubRoleArn: string;
  repositoryUri: string;
  logGroupName: string;
  /** Every output of the stack, by output key. */
  outputs: Record<string, string>;
  /** The parameters the stack was created with. */
  parameters: Record<string, string>;
}

export interface DeployOptions {
  stackName?: string;
  resourcePrefix?: string;
  bucket?: string;
  resultsPrefix?: string;
  githubRepository?: string;
  /** Overrides or adds template parameters (after the defaults above). */
  parameters?: Record<string, string>;
  /** The template text; the shipped infra/batchbench.cfn.yaml when absent. */
  templateBody?: string;
}

/**
 * Deploys infra/batchbench.cfn.yaml as is on a moto server and answers with its outputs, so
 * Batch backend tests can run experiments against the queues, bucket and roles it created.
 *
 * Three things the template expects to exist already are made first, as in a real account:
 * a VPC with a subnet and a security group (a small network stack), the AWS Batch
 * service-linked role (moto requires a ServiceRole on compute environments, so its ARN is
 * passed as BatchServiceRoleArn), and the GitHub OIDC provider (moto 5.2.1's CloudFormation
 * has no AWS::IAM::OIDCProvider model, so CreateGitHubOidcProvider is "false").
 */
export async function deployBatchbenchStack(
  moto: Pick<MotoServer, 'endpoint'>,
  options: DeployOptions = {},
): Promise<BatchbenchStack> {
  const config = motoClientConfig(moto.endpoint);
  const cfn = new CloudFormationClient(config);
  const iam = new IAMClient(config);
  try {
    const stackName = options.stackName ?? 'batchbench';
    const network = await createStack(cfn, `${stackName}-network`, NETWORK_TEMPLATE, {});
    const serviceRoleArn = await batchServiceLinkedRole(iam);
    await githubOidcProvider(iam);

    const parameters: Record<string, string> = {
      ResourcePrefix: options.resourcePrefix ?? stackName,
      SubnetIds: output(network, 'SubnetId'),
      SecurityGroupIds: output(network, 'SecurityGroupId'),
      MaxvCpus: '64',
      // moto keeps a CommaDelimitedList default as one string; a passed value it splits.
      InstanceTypes: 'optimal',
      GitHubRepository: options.githubRepository ?? 'octo-org/batchbench-demo',
      CreateGitHubOidcProvider: 'false',
      BatchServiceRoleArn: serviceRoleArn,
      ResultsBucketName: options.bucket ?? `${stackName}-results`,
      ResultsPrefix: options.resultsPrefix ?? 'experiments/',
      ...options.parameters,
    };
    const templateBody = options.templateBody ?? (await readFile(BATCHBENCH_TEMPLATE_PATH, 'utf8'));
    const stack = await createStack(cfn, stackName, templateBody, parameters);
    const outputs = outputsOf(stack);
    const need = (key: string) => output(stack, key);
    return {
      stackName,
      queue: need('SpotQueueName'),
      fallbackQueue: need('OnDemandQueueName'),
      queueArn: need('SpotQueueArn'),
      fallbackQueueArn: need('OnDemandQueueArn'),
      spotComputeEnvironmentArn: need('SpotComputeEnvironmentArn'),
      onDemandComputeEnvironmentArn: need('OnDemandComputeEnvironmentArn'),
      bucket: need('ResultsBucketName'),
      resultsStore: need('ResultsStore'),
      jobRoleArn: need('JobRoleArn'),
      githubRoleArn: need('GitHubActionsRoleArn'),
      repositoryUri: need('ImageRepositoryUri'),
      logGroupName: need('JobLogGroupName'),
      outputs,
      parameters,
    };
  } finally {
    cfn.destroy();
    iam.destroy();
  }
}

/** Stands in for the account's existing VPC: one subnet and one security group. */
const NETWORK_TEMPLATE = JSON.stringify({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.42.0.0/16' } },
    Subnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.42.1.0/24' } },
    SecurityGroup: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { GroupDescription: 'batchbench test instances', VpcId: { Ref: 'Vpc' } },
    },
  },
  Outputs: {
    SubnetId: { Value: { Ref: 'Subnet' } },
    SecurityGroupId: { Value: { 'Fn::GetAtt': ['SecurityGroup', 'GroupId'] } },
  },
});

async function createStack(
  cfn: CloudFormationClient,
  stackName: string,
  templateBody: string,
  parameters: Record<string, string>,
): Promise<Stack> {
  const Parameters: Parameter[] = Object.entries(parameters).map(([ParameterKey, ParameterValue]) => ({
    ParameterKey,
    ParameterValue,
  }));
  await cfn.send(
    new CreateStackCommand({
      StackName: stackName,
      TemplateBody: templateBody,
      Parameters,
      Capabilities: ['CAPABILITY_IAM'],
    }),
  );
  // moto creates resources inside CreateStack; the loop also serves a slower CloudFormation.
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
    const stack = Stacks?.[0];
    const status = stack?.StackStatus ?? 'MISSING';
    if (stack && status === 'CREATE_COMPLETE') return stack;
    if (!status.endsWith('_IN_PROGRESS')) {
      const { StackEvents } = await cfn.send(new DescribeStackEventsCommand({ StackName: stackName }));
      const reasons = (StackEvents ?? [])
        .filter((e) => e.ResourceStatusReason)
        .map((e) => `${e.LogicalResourceId}: ${e.ResourceStatusReason}`);
      throw new Error(`stack ${stackName} is ${status}: ${reasons.join('; ') || stack?.StackStatusReason}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`stack ${stackName} did not reach CREATE_COMPLETE`);
}

/** The AWS Batch service-linked role, made once per account as AWS Batch itself would. */
async function batchServiceLinkedRole(iam: IAMClient): Promise<string> {
  const path = '/aws-service-role/batch.amazonaws.com/';
  const existing = await iam.send(new ListRolesCommand({ PathPrefix: path }));
  const found = existing.Roles?.[0]?.Arn;
  if (found) return found;
  const created = await iam.send(
    new CreateServiceLinkedRoleCommand({ AWSServiceName: 'batch.amazonaws.com' }),
  );
  const arn = created.Role?.Arn;
  if (!arn) throw new Error('CreateServiceLinkedRole answered without a role ARN');
  return arn;
}

async function githubOidcProvider(iam: IAMClient): Promise<void> {
  const { OpenIDConnectProviderList } = await iam.send(new ListOpenIDConnectProvidersCommand({}));
  if ((OpenIDConnectProviderList ?? []).some((p) => p.Arn?.endsWith('/token.actions.githubusercontent.com')))
    return;
  await iam.send(
    new CreateOpenIDConnectProviderCommand({
      Url: 'https://token.actions.githubusercontent.com',
      ClientIDList: ['sts.amazonaws.com'],
    }),
  );
}

function outputsOf(stack: Stack): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of stack.Outputs ?? [])
    if (o.OutputKey && o.OutputValue !== undefined) out[o.OutputKey] = o.OutputValue;
  return out;
}

function output(stack: Stack, key: string): string {
  const value = outputsOf(stack)[key];
  if (value === undefined || value === '') throw new Error(`stack ${stack.StackName} has no output ${key}`);
  return value;
}
