import type { CampaignJob } from './plan-types.js';

/**
 * What a queue name may hold to give each instance type its own queue: AWS Batch runs a job on
 * whatever its queue's compute environments launch and cannot pin an instance type per job, so
 * a campaign across instance types needs one queue per type (each with a compute environment
 * restricted to that type), named e.g. `bench-{instance-type}`.
 */
export const QUEUE_PLACEHOLDERS = ['instance-type', 'family', 'size'] as const;
const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * A queue template filled in for one job's instance type. Queue names allow only letters,
 * digits, '-' and '_', so anything else in a value (the dot of m7i.large) becomes '-'.
 */
export function queueFor(
  template: string,
  job: Pick<CampaignJob, 'instanceType' | 'family' | 'size'>,
): string {
  const values: Record<string, string> = {
    'instance-type': job.instanceType,
    family: job.family,
    size: job.size,
  };
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    values[name] === undefined ? whole : values[name].replace(/[^A-Za-z0-9_-]/g, '-'),
  );
}

/** Why a queue template cannot name AWS Batch queues, or undefined when it can. */
export function queueTemplateProblem(template: string): string | undefined {
  const unknown = [...template.matchAll(PLACEHOLDER)]
    .map((m) => m[1] as string)
    .find((name) => !(QUEUE_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown !== undefined)
    return `"${template}" has the placeholder {${unknown}}; a queue takes ${QUEUE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`;
  const filled = queueFor(template, { instanceType: 'm7i.large', family: 'm7i', size: 'large' });
  // A queue is named, or given by its ARN (arn:aws:batch:<region>:<account>:job-queue/<name>).
  const name = /^arn:[^:]+:batch:[^:]*:\d*:job-queue\//.test(filled)
    ? filled.slice(filled.lastIndexOf('/') + 1)
    : filled;
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(name))
    return `"${template}" is not an AWS Batch job queue: a name of up to 128 letters, digits, '-' and '_', or the queue's ARN`;
  return undefined;
}
