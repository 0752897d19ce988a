import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/adapters/prices.js';
import { checkExperiment } from '../../src/app/check-experiment.js';
import { schemaUrl } from '../../src/domain/project.js';

const root = path.resolve(import.meta.dirname, '../..');

async function check(name: string) {
  const file = `experiments/${name}`;
  const text = await readFile(path.join(root, file), 'utf8');
  return { text, checked: checkExperiment(file, text, { prices: await loadPrices(), localConcurrency: 2 }) };
}

describe('the example experiment files', () => {
  it('are all here', async () => {
    const files = (await readdir(path.join(root, 'experiments'))).filter((f) => f.endsWith('.yaml')).sort();
    expect(files).toEqual([
      'beam-steering.yaml',
      'instance-types.yaml',
      'monte-carlo-cloud.yaml',
      'monte-carlo-scaling.yaml',
      'retrodiction-batch.yaml',
      'train-infer-document.yaml',
      'weekly-cluster-benchmarks.yaml',
      'weekly-instance-benchmarks.yaml',
    ]);
  });

  it.each([
    'beam-steering.yaml',
    'instance-types.yaml',
    'monte-carlo-cloud.yaml',
    'monte-carlo-scaling.yaml',
    'retrodiction-batch.yaml',
    'train-infer-document.yaml',
  ])('%s points at the schema and validates and plans without problems', async (name) => {
    const { text, checked } = await check(name);
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaUrl('experiment')}`);
    expect(checked.problems).toEqual([]);
    expect(checked.plan?.jobs.length).toBeGreaterThan(0);
  });

  it('plan the job counts the examples promise, with the shard and matrix values in each command', async () => {
    const counts: Record<string, number> = {};
    for (const name of [
      'beam-steering',
      'monte-carlo-scaling',
      'train-infer-document',
      'retrodiction-batch',
    ]) {
      counts[name] = (await check(`${name}.yaml`)).checked.plan?.jobs.length ?? 0;
    }
    // 3 angles x 2 n_jobs x 3; (1 + 2 shards) x 3; 3 stages x 3; 2 batch sizes x 3.
    expect(counts).toEqual({
      'beam-steering': 18,
      'monte-carlo-scaling': 9,
      'train-infer-document': 9,
      'retrodiction-batch': 6,
    });
    const mc = (await check('monte-carlo-scaling.yaml')).checked.plan!;
    const shard = mc.jobs.find((j) => j.shardCount === 2 && j.shardIndex === 1)!;
    expect(shard.command).toEqual([
      'node',
      'examples/monte-carlo/mc.mjs',
      '--items',
      '40',
      '--shard',
      '1',
      '--shards',
      '2',
    ]);
    const beam = (await check('beam-steering.yaml')).checked.plan!;
    expect(beam.jobs.every((j) => j.resources.vcpus === 2 && j.compute.instanceType === 'r5.4xlarge')).toBe(
      true,
    );
    const pipeline = (await check('train-infer-document.yaml')).checked.plan!;
    const infer = pipeline.jobs.find((j) => j.stage === 'infer' && j.repeat === 2)!;
    expect(infer.needs).toEqual([pipeline.jobs.find((j) => j.stage === 'train' && j.repeat === 2)!.id]);
  });

  it('keep the cloud scaling study to planning: its cells ask for aws-batch', async () => {
    const plan = (await check('monte-carlo-cloud.yaml')).checked.plan!;
    const backends = new Set(plan.jobs.map((j) => j.compute.backend));
    expect(backends).toEqual(new Set(['local', 'aws-batch']));
  });
});
