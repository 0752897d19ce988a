import {
  campaignQueuesTemplate,
  DEFAULT_QUEUE_PREFIX,
  defaultQueuePatterns,
  renderQueuesTemplate,
} from '../../domain/campaign/queues-template.js';
import { checkCampaignFile, weekOf } from '../campaign-file.js';
import { parseFlags, pickFlags, single, usageError } from '../flags.js';
import { EXIT, type Io } from '../io.js';

export const flags = pickFlags('prefix', 'queue', 'spot-queue', 'prices');

export const help = `batchbench campaign queues: a CloudFormation template of a campaign's Batch queues

Usage:
  batchbench campaign queues FILE [--prefix P] [--queue PATTERN] [--spot-queue PATTERN]

Batch cannot pin a job to an instance type, so a campaign runs each type on its own queue.
This prints (YAML, on stdout) one on-demand queue per instance type of the file, and a Spot
queue for its Spot sizes, to deploy on the outputs of infra/batchbench.cfn.yaml
(docs/aws-setup.md). A pattern's {instance-type}, {family} and {size} are filled in per type.

Flags:
  --prefix P          the queues' name prefix (default ${DEFAULT_QUEUE_PREFIX}): P-{instance-type}, P-spot-{instance-type}
  --queue PATTERN     the on-demand queue names instead, e.g. bench-{instance-type}
  --spot-queue PATTERN the Spot queue names instead, e.g. bench-spot-{instance-type}
  --prices FILE       check the file with this price table instead of the shipped one
  -h, --help          this help

Examples:
  batchbench campaign queues experiments/weekly-instance-benchmarks.yaml > queues.cfn.yaml
  batchbench campaign queues experiments/weekly-instance-benchmarks.yaml --prefix nightly
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'campaign queues');
  const file = single(positionals, 'campaign queues');
  const prefix = values.prefix ?? DEFAULT_QUEUE_PREFIX;
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(prefix))
    throw usageError('campaign queues', `--prefix takes letters, digits, '-' and '_', not "${prefix}"`);
  const defaults = defaultQueuePatterns(prefix);
  const patterns = {
    queue: values.queue ?? defaults.queue,
    spotQueue: values['spot-queue'] ?? defaults.spotQueue,
  };
  const checked = await checkCampaignFile(file, values.prices, io, weekOf(undefined, Date.now(), '--week'));
  if (!checked.plan || !checked.campaign) return EXIT.usage;
  const built = campaignQueuesTemplate(checked.campaign, patterns);
  if ('problem' in built) throw usageError('campaign queues', built.problem);
  const given = [
    ...(values.prefix !== undefined ? [`--prefix ${values.prefix}`] : []),
    ...(values.queue !== undefined ? [`--queue '${values.queue}'`] : []),
    ...(values['spot-queue'] !== undefined ? [`--spot-queue '${values['spot-queue']}'`] : []),
  ];
  const command = ['batchbench campaign queues', file, ...given].join(' ');
  io.stdout.write(renderQueuesTemplate(checked.campaign, patterns, built, command));
  return EXIT.ok;
}
