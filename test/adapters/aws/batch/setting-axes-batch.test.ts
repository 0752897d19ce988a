import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../../../src/adapters/aws/clients.js';
import { runExperiment } from '../../../../src/app/run-experiment.js';
import { validateExperimentText } from '../../../../src/domain/experiment/validate.js';
import { useMoto } from '../../../support/moto-fixture.js';
import { planOf, prices, QUEUE, simulateContainers, STORE_URL, storeFor } from '../batch-env.js';
import { silentProgress } from '../silent-progress.js';

/** Job size and work size as axes, on AWS Batch: each cell's submission asks for its own. */
const SOURCE = `version: 1
name: setting-axes
image: { uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/work:1 }
run: { command: [node, work.mjs, '\${{ shard.index }}'] }
matrix: { cpus: [1, 2], n: [4, 6] }
fan-out: { items: '\${{ matrix.n }}', workers: 2 }
resources: { vcpus: '\${{ matrix.cpus }}', memory: 1GiB, timeout: 5m }
compute: { backend: aws-batch, queue: ${QUEUE} }
results: { store: '${STORE_URL}' }
`;

interface Submitted {
  cell: string;
  vcpus?: string;
  items?: number;
}

describe('resources and fan-out axes on AWS Batch (moto)', () => {
  const aws = useMoto({ batchEnvironment: true });
  let clients: AwsClients;
  const submitted: Submitted[] = [];
  beforeAll(() => {
    clients = aws.clients;
    simulateContainers(clients.batch, clients.s3);
    clients.batch.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'SubmitJobCommand') {
          const input = args.input as {
            tags: Record<string, string>;
            containerOverrides: {
              environment: { name: string; value: string }[];
              resourceRequirements?: { type: string; value: string }[];
            };
          };
          const env = Object.fromEntries(input.containerOverrides.environment.map((e) => [e.name, e.value]));
          submitted.push({
            cell: input.tags['batchbench:cell'] as string,
            ...(input.containerOverrides.resourceRequirements
              ? { vcpus: input.containerOverrides.resourceRequirements.find((r) => r.type === 'VCPU')?.value }
              : {}),
            items: (JSON.parse(env.BATCHBENCH_TASKS as string) as { items?: number }).items,
          });
        }
        return next(args);
      },
      { step: 'initialize', name: 'recordSubmissions' },
    );
  });

  it(
    'overrides the vCPUs of the cells below the largest and gives each its item count',
    { timeout: 60_000 },
    async () => {
      const validated = validateExperimentText(SOURCE, 'axes.yaml', { prices });
      expect(validated.problems).toEqual([]);
      const exp = validated.value!;
      // The job definition is registered for the largest cell; smaller ones say so in their submission.
      expect(exp.stages[0]?.resources.vcpus).toBe(2);
      const plan = planOf(exp);
      const store = storeFor(clients);
      const executor = new BatchExecutor({
        clients,
        store,
        results: store.location,
        plan,
        poll: { minMs: 20, maxMs: 100 },
      });
      const outcome = await runExperiment(
        {
          runId: 'setting-axes-20260101-000000Z-a1b2',
          experiment: exp,
          source: SOURCE,
          plan,
          resume: false,
          signal: new AbortController().signal,
        },
        { store, executor, progress: silentProgress(), prices, host: {}, now: Date.now },
      );
      expect(outcome.report.run.jobsFailed).toBe(0);
      expect(outcome.report.run.jobsSucceeded).toBe(8);
      expect([...submitted].sort((a, b) => a.cell.localeCompare(b.cell))).toEqual([
        { cell: 'cpus-1_n-4', vcpus: '1', items: 4 },
        { cell: 'cpus-1_n-6', vcpus: '1', items: 6 },
        { cell: 'cpus-2_n-4', items: 4 },
        { cell: 'cpus-2_n-6', items: 6 },
      ]);
    },
  );
});
