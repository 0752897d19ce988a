import {
  DescribeJobDefinitionsCommand,
  RegisterJobDefinitionCommand,
  type BatchClient,
  type EvaluateOnExit,
  type RegisterJobDefinitionCommandInput,
  type ResourceRequirement,
} from '@aws-sdk/client-batch';
import { builtInRetryRules, MAX_RETRY_RULES } from '../../domain/experiment/aws-rules.js';
import type { StageTemplate } from '../../domain/plan/stage-template.js';
import type { Platform, RetryRule } from '../../domain/experiment/experiment.js';
import { batchName, shortHash } from './job-names.js';
import { withRetry, type RetryPolicy } from './retry.js';

/** `attemptDurationSeconds` is at least 60 (AWS Batch documentation). */
export const MIN_ATTEMPT_SECONDS = 60;
/** RetryStrategy attempts are 1..10 and evaluateOnExit holds at most 5 rules (AWS Batch documentation). */
const MAX_ATTEMPTS = 10;
/** Extra attempts for a host that went away (a Spot reclaim) before giving up. */
export const HOST_LOSS_RETRIES = { spot: 2, onDemand: 1 } as const;

export interface JobDefinitionSource {
  experiment: string;
  stage: StageTemplate;
  imageUri: string;
  platform: Platform;
  jobRoleArn?: string;
  /** Fargate pulls the image and writes logs with this role; the job role is used when absent. */
  executionRoleArn?: string;
}

/** The job definition a stage runs with, named after a hash of its content so equal content is reused. */
export function jobDefinitionInput(
  src: JobDefinitionSource,
): RegisterJobDefinitionCommandInput & { jobDefinitionName: string } {
  const { stage } = src;
  const resources: ResourceRequirement[] = [
    { type: 'VCPU', value: String(stage.resources.vcpus) },
    { type: 'MEMORY', value: String(Math.max(1, Math.floor(stage.resources.memoryBytes / 2 ** 20))) },
  ];
  if (stage.resources.gpus > 0) resources.push({ type: 'GPU', value: String(stage.resources.gpus) });
  const fargate = src.platform === 'fargate';
  const executionRoleArn = src.executionRoleArn ?? src.jobRoleArn;
  const content = {
    type: 'container' as const,
    platformCapabilities: [fargate ? ('FARGATE' as const) : ('EC2' as const)],
    containerProperties: {
      image: src.imageUri,
      resourceRequirements: resources,
      ...(src.jobRoleArn ? { jobRoleArn: src.jobRoleArn } : {}),
      ...(fargate && executionRoleArn ? { executionRoleArn } : {}),
      ...(fargate ? { networkConfiguration: { assignPublicIp: 'ENABLED' as const } } : {}),
    },
    timeout: { attemptDurationSeconds: Math.max(MIN_ATTEMPT_SECONDS, Math.ceil(stage.resources.timeoutSec)) },
    retryStrategy: retryStrategy(stage),
    propagateTags: true,
  };
  const jobDefinitionName = batchName(['bb', src.experiment, stage.name, shortHash(JSON.stringify(content))]);
  return { jobDefinitionName, ...content, tags: { 'batchbench:experiment': src.experiment } };
}

/**
 * Host loss (a Spot reclaim shows as "Host EC2 (instance i-...) terminated.") is retried; an
 * application failure exits at once unless the file asked for retries, in which case no rule
 * matches and Batch retries it (AWS Batch documentation). The file's own rules come first.
 */
export function retryStrategy(stage: StageTemplate): { attempts: number; evaluateOnExit: EvaluateOnExit[] } {
  const spot = stage.compute.capacity !== 'on-demand';
  const hostRetries = spot ? HOST_LOSS_RETRIES.spot : HOST_LOSS_RETRIES.onDemand;
  const rules = [...stage.resources.retryOn, ...builtInRetryRules(stage.resources.retries)].map(toBatchRule);
  // Validation refuses a file whose rules do not fit: dropping one silently would change what is retried.
  if (rules.length > MAX_RETRY_RULES) {
    throw new Error(
      `stage ${stage.name}: ${rules.length} retry rules, over the ${MAX_RETRY_RULES} AWS Batch takes`,
    );
  }
  return {
    attempts: Math.min(MAX_ATTEMPTS, 1 + stage.resources.retries + hostRetries),
    evaluateOnExit: rules,
  };
}

function toBatchRule(rule: RetryRule): EvaluateOnExit {
  return {
    action: rule.action === 'retry' ? 'RETRY' : 'EXIT',
    ...(rule.onStatusReason ? { onStatusReason: rule.onStatusReason } : {}),
    ...(rule.onReason ? { onReason: rule.onReason } : {}),
    ...(rule.onExitCode ? { onExitCode: rule.onExitCode } : {}),
  };
}

/** The ARN of an ACTIVE definition of that name (its content is in the name), or a newly registered one. */
export async function ensureJobDefinition(
  batch: BatchClient,
  input: RegisterJobDefinitionCommandInput & { jobDefinitionName: string },
  policy: RetryPolicy,
): Promise<string> {
  const existing = await withRetry(
    () =>
      batch.send(
        new DescribeJobDefinitionsCommand({ jobDefinitionName: input.jobDefinitionName, status: 'ACTIVE' }),
      ),
    policy,
  );
  const active = (existing.jobDefinitions ?? [])
    .filter((d) => d.status === 'ACTIVE' && d.jobDefinitionName === input.jobDefinitionName)
    .sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0))[0];
  if (active?.jobDefinitionArn) return active.jobDefinitionArn;
  // A second registration of the same content only adds a revision, so a plain retry is safe.
  const out = await withRetry(() => batch.send(new RegisterJobDefinitionCommand(input)), policy);
  if (!out.jobDefinitionArn)
    throw new Error(`RegisterJobDefinition of ${input.jobDefinitionName} answered without an ARN`);
  return out.jobDefinitionArn;
}
