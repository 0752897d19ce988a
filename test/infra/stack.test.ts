import { readFile } from 'node:fs/promises';
import {
  BatchClient,
  DescribeComputeEnvironmentsCommand,
  DescribeJobQueuesCommand,
  DescribeJobsCommand,
  RegisterJobDefinitionCommand,
  SubmitJobCommand,
  type ComputeEnvironmentDetail,
} from '@aws-sdk/client-batch';
import { CloudFormationClient, ListStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  GetInstanceProfileCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListOpenIDConnectProvidersCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { GetBucketEncryptionCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BATCHBENCH_TEMPLATE_PATH,
  deployBatchbenchStack,
  type BatchbenchStack,
} from '../support/batch-stack.js';
import { useMoto } from '../support/moto-fixture.js';
import { motoClientConfig, type MotoServer } from '../support/moto-server.js';
import { parseCfnYaml, type CfnTemplate } from './cfn-yaml.js';

interface PolicyStatement {
  Sid?: string;
  Effect: string;
  Principal?: Record<string, unknown>;
  Action: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}
interface PolicyDocument {
  Statement: PolicyStatement[];
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const roleName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
// IAM answers policy documents URL-encoded JSON; moto 5.2.1 answers inline policies that its
// CloudFormation created with the Python repr of the document, which is read here too.
const policyJson = (doc: string | undefined) => {
  const text = decodeURIComponent(doc ?? '');
  return JSON.parse(text.startsWith("{'") ? pythonReprToJson(text) : text) as PolicyDocument;
};

describe('infra/batchbench.cfn.yaml deployed on moto', () => {
  const aws = useMoto();
  let moto: MotoServer;
  let stack: BatchbenchStack;
  let batch: BatchClient;
  let iam: IAMClient;

  beforeAll(async () => {
    moto = aws.moto;
    stack = await deployBatchbenchStack(moto, {
      stackName: 'bbtest',
      bucket: 'bbtest-results',
      resultsPrefix: 'runs/',
      githubRepository: 'acme/widgets',
      parameters: { InstanceTypes: 'c5,r5', LogRetentionDays: '14', MaxvCpus: '96' },
    });
    batch = new BatchClient(motoClientConfig(moto.endpoint));
    iam = new IAMClient(motoClientConfig(moto.endpoint));
  }, 60_000);
  afterAll(async () => {
    batch?.destroy();
    iam?.destroy();
  });

  it('creates every resource moto has a CloudFormation model for', async () => {
    const cfn = new CloudFormationClient(motoClientConfig(moto.endpoint));
    const { StackResourceSummaries } = await cfn.send(new ListStackResourcesCommand({ StackName: 'bbtest' }));
    cfn.destroy();
    const created = (StackResourceSummaries ?? [])
      .filter((r) => r.ResourceStatus === 'CREATE_COMPLETE' && r.LogicalResourceId)
      .map((r) => `${r.LogicalResourceId} ${r.ResourceType}`);
    expect(created.sort()).toEqual(
      [
        'EcsInstanceRole AWS::IAM::Role',
        'EcsInstanceProfile AWS::IAM::InstanceProfile',
        'OnDemandComputeEnvironment AWS::Batch::ComputeEnvironment',
        'SpotComputeEnvironment AWS::Batch::ComputeEnvironment',
        'SpotQueue AWS::Batch::JobQueue',
        'OnDemandQueue AWS::Batch::JobQueue',
        'JobRole AWS::IAM::Role',
        'GitHubActionsRole AWS::IAM::Role',
        'ResultsBucket AWS::S3::Bucket',
        'ImageRepository AWS::ECR::Repository',
        'JobLogGroup AWS::Logs::LogGroup',
      ].sort(),
    );
    expect(stack).toMatchObject({
      queue: 'bbtest-spot',
      fallbackQueue: 'bbtest-on-demand',
      bucket: 'bbtest-results',
      resultsStore: 's3://bbtest-results/runs/',
      repositoryUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/bbtest',
      logGroupName: '/aws/batch/job',
    });
  });

  it('makes on-demand and Spot managed compute environments that scale to zero', async () => {
    const { computeEnvironments } = await batch.send(
      new DescribeComputeEnvironmentsCommand({
        computeEnvironments: [stack.spotComputeEnvironmentArn, stack.onDemandComputeEnvironmentArn],
      }),
    );
    const byArn = new Map((computeEnvironments ?? []).map((c) => [c.computeEnvironmentArn, c]));
    const common = (ce: ComputeEnvironmentDetail | undefined) => ({
      type: ce?.type,
      state: ce?.state,
      serviceRole: ce?.serviceRole,
      minvCpus: ce?.computeResources?.minvCpus,
      maxvCpus: ce?.computeResources?.maxvCpus,
      instanceTypes: ce?.computeResources?.instanceTypes,
      instanceRole: ce?.computeResources?.instanceRole,
    });
    const expected = {
      type: 'MANAGED',
      state: 'ENABLED',
      serviceRole: stack.parameters.BatchServiceRoleArn,
      minvCpus: 0,
      maxvCpus: 96,
      instanceTypes: ['c5', 'r5'],
      instanceRole: stack.outputs.InstanceProfileArn,
    };
    const spot = byArn.get(stack.spotComputeEnvironmentArn);
    const onDemand = byArn.get(stack.onDemandComputeEnvironmentArn);
    expect(common(spot)).toEqual(expected);
    expect(common(onDemand)).toEqual(expected);
    expect(spot?.computeResources).toMatchObject({
      type: 'SPOT',
      allocationStrategy: 'SPOT_PRICE_CAPACITY_OPTIMIZED',
    });
    expect(onDemand?.computeResources).toMatchObject({
      type: 'EC2',
      allocationStrategy: 'BEST_FIT_PROGRESSIVE',
    });
    expect(stack.outputs.InstanceProfileArn).toMatch(/:instance-profile\//);
  });

  it('puts the instance role in the instance profile the compute environments use', async () => {
    const name = roleName(stack.outputs.InstanceProfileArn ?? '');
    const { InstanceProfile } = await iam.send(new GetInstanceProfileCommand({ InstanceProfileName: name }));
    const role = InstanceProfile?.Roles?.[0];
    expect(InstanceProfile?.Roles).toHaveLength(1);
    expect(policyJson(role?.AssumeRolePolicyDocument).Statement[0]?.Principal).toEqual({
      Service: 'ec2.amazonaws.com',
    });
  });

  it('orders the Spot queue Spot first, on-demand second, and the fallback queue on-demand only', async () => {
    const { jobQueues } = await batch.send(
      new DescribeJobQueuesCommand({ jobQueues: [stack.queue, stack.fallbackQueue] }),
    );
    const order = (name: string) =>
      jobQueues
        ?.find((q) => q.jobQueueName === name)
        ?.computeEnvironmentOrder?.slice()
        .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
        .map((o) => o.computeEnvironment);
    expect(order('bbtest-spot')).toEqual([
      stack.spotComputeEnvironmentArn,
      stack.onDemandComputeEnvironmentArn,
    ]);
    expect(order('bbtest-on-demand')).toEqual([stack.onDemandComputeEnvironmentArn]);
    expect(jobQueues?.map((q) => [q.jobQueueArn, q.state]).sort()).toEqual(
      [
        [stack.queueArn, 'ENABLED'],
        [stack.fallbackQueueArn, 'ENABLED'],
      ].sort(),
    );
  });

  it('trusts only GitHub OIDC tokens of pull requests and the default branch of the one repository, with the STS audience', async () => {
    const { OpenIDConnectProviderList } = await iam.send(new ListOpenIDConnectProvidersCommand({}));
    const providerArn = OpenIDConnectProviderList?.[0]?.Arn;
    expect(providerArn).toBe('arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com');
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: roleName(stack.githubRoleArn) }));
    expect(Role?.MaxSessionDuration).toBe(21600);
    expect(policyJson(Role?.AssumeRolePolicyDocument).Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { Federated: providerArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub': [
              'repo:acme/widgets:pull_request',
              'repo:acme/widgets:ref:refs/heads/main',
            ],
          },
        },
      },
    ]);
  });

  it('lets the GitHub role do what batchbench does and no more', async () => {
    const statements = await inlineStatements(iam, stack.githubRoleArn);
    const bySid = new Map(statements.map((s) => [s.Sid, s]));
    expect(statements.every((s) => s.Effect === 'Allow')).toBe(true);
    // No wildcard actions anywhere: every permission is named.
    expect(statements.flatMap((s) => list(s.Action)).filter((a) => a.includes('*'))).toEqual([]);
    expect(list(bySid.get('SubmitToOwnQueues')?.Resource)).toEqual([
      stack.queueArn,
      stack.fallbackQueueArn,
      'arn:aws:batch:us-east-1:123456789012:job-definition/*',
    ]);
    expect(bySid.get('PassOnlyTheJobRole')).toMatchObject({
      Action: 'iam:PassRole',
      Resource: stack.jobRoleArn,
    });
    expect(bySid.get('ResultObjects')).toMatchObject({
      Action: ['s3:PutObject', 's3:GetObject'],
      Resource: 'arn:aws:s3:::bbtest-results/runs/*',
    });
    expect(bySid.get('ListResultsPrefix')).toMatchObject({
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::bbtest-results',
      Condition: { StringLike: { 's3:prefix': 'runs/*' } },
    });
    expect(bySid.get('EcrPushOneRepository')?.Resource).toBe(
      'arn:aws:ecr:us-east-1:123456789012:repository/bbtest',
    );
    expect(bySid.get('TagOnCreateOnly')?.Condition).toEqual({
      StringEquals: { 'batch:CreateAction': ['SubmitJob', 'RegisterJobDefinition'] },
    });
    expect(bySid.get('FailedJobLogs')).toMatchObject({
      Action: 'logs:GetLogEvents',
      Resource: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/batch/job:log-stream:*',
    });
    // Only the read-only Batch calls and the ECR login (neither takes a resource) use "*".
    const starred = statements.filter((s) => list(s.Resource).includes('*')).flatMap((s) => list(s.Action));
    expect(starred.sort()).toEqual(
      [
        'batch:DescribeComputeEnvironments',
        'batch:DescribeJobDefinitions',
        'batch:DescribeJobQueues',
        'batch:DescribeJobs',
        'batch:ListJobs',
        'ecr:GetAuthorizationToken',
      ].sort(),
    );
  });

  it('limits the job role to result objects under the prefix and the job log group', async () => {
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: roleName(stack.jobRoleArn) }));
    expect(policyJson(Role?.AssumeRolePolicyDocument).Statement[0]).toMatchObject({
      Principal: { Service: 'ecs-tasks.amazonaws.com' },
      Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } },
    });
    const statements = await inlineStatements(iam, stack.jobRoleArn);
    expect(statements.map((s) => [list(s.Action), list(s.Resource)])).toEqual([
      [['s3:PutObject'], ['arn:aws:s3:::bbtest-results/runs/_jobs/*']],
      [
        ['logs:CreateLogStream', 'logs:PutLogEvents'],
        ['arn:aws:logs:us-east-1:123456789012:log-group:/aws/batch/job:log-stream:*'],
      ],
    ]);
  });

  it('lets a job write its result objects and no manifest, state, record or report of the workflow', async () => {
    const statements = await inlineStatements(iam, stack.jobRoleArn);
    const mayPut = (key: string) =>
      statements.some(
        (s) =>
          s.Effect === 'Allow' &&
          list(s.Action).some((a) => iamMatch(a, 's3:PutObject')) &&
          list(s.Resource).some((r) => iamMatch(r, `arn:aws:s3:::bbtest-results/${key}`)),
      );
    // Where BatchExecutor tells the runner to write (BATCHBENCH_RESULTS).
    expect(mayPut('runs/_jobs/beam/beam-20260101-000000Z-a1b2/main.c.r1/1.json')).toBe(true);
    for (const key of [
      'runs/beam/beam-20260101-000000Z-a1b2/manifest.json',
      'runs/beam/beam-20260101-000000Z-a1b2/records/0001.jsonl',
      'runs/beam/beam-20260101-000000Z-a1b2/report.json',
      'runs/beam/branches/main/latest-report.json',
      'runs/manifest.json',
      'elsewhere/_jobs/x.json',
    ])
      expect(mayPut(key), key).toBe(false);
  });

  it('encrypts the results bucket and keeps job logs for the chosen number of days', async () => {
    const s3 = new S3Client(motoClientConfig(moto.endpoint));
    const logs = new CloudWatchLogsClient(motoClientConfig(moto.endpoint));
    const enc = await s3.send(new GetBucketEncryptionCommand({ Bucket: stack.bucket }));
    expect(
      enc.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm,
    ).toBe('AES256');
    const { logGroups } = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/batch/job' }),
    );
    expect(logGroups?.map((g) => [g.logGroupName, g.retentionInDays])).toEqual([['/aws/batch/job', 14]]);
    s3.destroy();
    logs.destroy();
  });

  it('runs a job with the job role on either queue and stores a result under the results prefix', async () => {
    const { jobDefinitionArn } = await batch.send(
      new RegisterJobDefinitionCommand({
        jobDefinitionName: 'bb-infra-smoke',
        type: 'container',
        containerProperties: {
          image: `${stack.repositoryUri}:test`,
          command: ['true'],
          jobRoleArn: stack.jobRoleArn,
          resourceRequirements: [
            { type: 'VCPU', value: '1' },
            { type: 'MEMORY', value: '512' },
          ],
        },
      }),
    );
    const ids: string[] = [];
    for (const jobQueue of [stack.queue, stack.fallbackQueue]) {
      const out = await batch.send(
        new SubmitJobCommand({ jobName: 'smoke', jobQueue, jobDefinition: jobDefinitionArn }),
      );
      ids.push(out.jobId ?? '');
    }
    let statuses: (string | undefined)[] = [];
    for (let i = 0; i < 100; i++) {
      const { jobs } = await batch.send(new DescribeJobsCommand({ jobs: ids }));
      statuses = (jobs ?? []).map((j) => j.status);
      if (statuses.every((s) => s === 'SUCCEEDED' || s === 'FAILED')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(statuses).toEqual(['SUCCEEDED', 'SUCCEEDED']);

    const s3 = new S3Client(motoClientConfig(moto.endpoint));
    const key = `${stack.resultsStore.replace(`s3://${stack.bucket}/`, '')}_jobs/smoke/run-1/${ids[0]}/1.json`;
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: '{"exitCode":0}' }));
    const got = await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }));
    expect(await got.Body?.transformToString()).toBe('{"exitCode":0}');
    expect(key.startsWith('runs/_jobs/smoke/run-1/')).toBe(true);
    s3.destroy();
  }, 60_000);
});

/**
 * What moto 5.2.1's CloudFormation creates but does not apply (bucket lifecycle and public
 * access block, ECR scan-on-push and lifecycle policy, queue RUNNABLE limits) or has no model
 * for (the OIDC provider, the bucket policy) is checked in the template itself.
 */
describe('infra/batchbench.cfn.yaml content moto does not apply', () => {
  let template: CfnTemplate;
  beforeAll(async () => {
    template = parseCfnYaml(await readFile(BATCHBENCH_TEMPLATE_PATH, 'utf8'));
  });
  const props = (id: string) => template.Resources[id]?.Properties ?? {};

  it('expires results after the chosen days and aborts incomplete uploads', () => {
    expect(props('ResultsBucket').LifecycleConfiguration).toEqual({
      Rules: [
        {
          Id: 'expire-results',
          Status: 'Enabled',
          Prefix: { Ref: 'ResultsPrefix' },
          ExpirationInDays: { Ref: 'ResultsExpirationDays' },
        },
        {
          Id: 'abort-incomplete-uploads',
          Status: 'Enabled',
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
        },
      ],
    });
    expect(props('ResultsBucket').PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(template.Resources.ResultsBucket?.DeletionPolicy).toBe('Retain');
    const tls = (props('ResultsBucketTlsOnly').PolicyDocument as PolicyDocument).Statement[0];
    expect(tls).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  });

  it('cancels jobs RUNNABLE past the limit on both queues, within the 600..86,400 s Batch allows', () => {
    const action = {
      State: 'RUNNABLE',
      Action: 'CANCEL',
      MaxTimeSeconds: { Ref: 'RunnableTimeLimitSeconds' },
      Reason: 'batchbench-runnable-time-limit',
    };
    expect(props('SpotQueue').JobStateTimeLimitActions).toEqual([action]);
    expect(props('OnDemandQueue').JobStateTimeLimitActions).toEqual([action]);
    expect(template.Parameters.RunnableTimeLimitSeconds).toMatchObject({ MinValue: 600, MaxValue: 86400 });
  });

  it('scans images on push and keeps the chosen number of images', () => {
    const repo = props('ImageRepository');
    expect(repo.ImageScanningConfiguration).toEqual({ ScanOnPush: true });
    const text = (repo.LifecyclePolicy as { LifecyclePolicyText: { 'Fn::Sub': string } }).LifecyclePolicyText[
      'Fn::Sub'
    ];
    const policy = JSON.parse(text.replaceAll('${ImagesToKeep}', '7')) as {
      rules: { selection: { countType: string; countNumber: number }; action: { type: string } }[];
    };
    expect(policy.rules).toHaveLength(1);
    expect(policy.rules[0]?.selection).toMatchObject({ countType: 'imageCountMoreThan', countNumber: 7 });
    expect(policy.rules[0]?.action.type).toBe('expire');
  });

  it('creates the GitHub OIDC provider only when asked, for the STS audience', () => {
    expect(template.Resources.GitHubOidcProvider).toEqual({
      Type: 'AWS::IAM::OIDCProvider',
      Condition: 'CreateOidcProvider',
      Properties: { Url: 'https://token.actions.githubusercontent.com', ClientIdList: ['sts.amazonaws.com'] },
    });
    expect(template.Conditions.CreateOidcProvider).toEqual({
      'Fn::Equals': [{ Ref: 'CreateGitHubOidcProvider' }, 'true'],
    });
  });

  it('uses the Batch service-linked role unless a role is named', () => {
    for (const id of ['SpotComputeEnvironment', 'OnDemandComputeEnvironment']) {
      expect(props(id).ServiceRole).toEqual({
        'Fn::If': ['ExplicitServiceRole', { Ref: 'BatchServiceRoleArn' }, { Ref: 'AWS::NoValue' }],
      });
    }
    expect(template.Parameters.BatchServiceRoleArn?.Default).toBe('');
  });

  it('accepts and rejects parameter values as CloudFormation will', () => {
    const accepts = (name: string, value: string) =>
      new RegExp(String(template.Parameters[name]?.AllowedPattern)).test(value);
    expect(accepts('GitHubRepository', 'acme/widgets')).toBe(true);
    expect(accepts('GitHubRepository', 'acme/*')).toBe(false);
    expect(accepts('GitHubRepository', 'acme')).toBe(false);
    expect(accepts('ResultsPrefix', 'experiments/')).toBe(true);
    expect(accepts('ResultsPrefix', 'a/b/')).toBe(true);
    // An empty prefix would widen both roles to the whole bucket.
    expect(accepts('ResultsPrefix', '')).toBe(false);
    expect(accepts('ResultsPrefix', 'experiments')).toBe(false);
    expect(accepts('BatchServiceRoleArn', '')).toBe(true);
    expect(
      accepts(
        'BatchServiceRoleArn',
        'arn:aws:iam::123456789012:role/aws-service-role/batch.amazonaws.com/AWSServiceRoleForBatch',
      ),
    ).toBe(true);
    expect(accepts('BatchServiceRoleArn', 'AWSServiceRoleForBatch')).toBe(false);
    expect(accepts('ResultsBucketName', 'my-org-batchbench-results')).toBe(true);
    expect(accepts('ResultsBucketName', 'My_Bucket')).toBe(false);
  });
});

async function inlineStatements(iam: IAMClient, roleArn: string): Promise<PolicyStatement[]> {
  const RoleName = roleName(roleArn);
  const { PolicyNames } = await iam.send(new ListRolePoliciesCommand({ RoleName }));
  expect(PolicyNames).toHaveLength(1);
  const { PolicyDocument } = await iam.send(
    new GetRolePolicyCommand({ RoleName, PolicyName: PolicyNames?.[0] }),
  );
  return policyJson(PolicyDocument).Statement;
}

/** JSON from the repr of a Python dict of strings, lists and dicts (single-quoted strings). */
function pythonReprToJson(repr: string): string {
  let out = '';
  for (let i = 0; i < repr.length; i++) {
    const c = repr[i];
    if (c !== "'") {
      out += c;
      continue;
    }
    let value = '';
    for (i++; i < repr.length && repr[i] !== "'"; i++) value += repr[i] === '\\' ? repr[++i] : repr[i];
    out += JSON.stringify(value);
  }
  return out;
}

/** IAM's wildcard match of an action or resource: `*` any run of characters, `?` one; case-sensitive. */
function iamMatch(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`).test(value);
}
