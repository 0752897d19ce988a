import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ComputeSpec, Experiment, ResourcesSpec } from '../../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';

const GiB = 1024 ** 3;

function load(name: string): Experiment {
  const text = readFileSync(new URL(`../../fixtures/valid/${name}`, import.meta.url), 'utf8');
  const result = validateExperimentText(text, `experiments/${name}`);
  expect(result.problems).toEqual([]);
  return result.value as Experiment;
}

const defaultResources: ResourcesSpec = {
  vcpus: 1,
  memoryBytes: 2 * GiB,
  gpus: 0,
  timeoutSec: 3600,
  retries: 0,
  retryOn: [],
};
const defaultCompute: ComputeSpec = {
  backend: 'local',
  region: 'us-east-1',
  capacity: 'on-demand',
  platform: 'ec2',
  tags: {},
};
const noExtras = {
  budget: {},
  costs: { storage: [], transferOutBytes: 0 },
  compare: [],
};

describe('normalising the experiment file examples', () => {
  it('section 1: a parallel training run with speedup and cost', () => {
    expect(load('beam-steering-es.yaml')).toEqual({
      version: 1,
      kind: 'experiment',
      name: 'beam-steering-es',
      description: 'ES agent, joblib workers, three steering angles',
      file: 'experiments/beam-steering-es.yaml',
      image: { build: { context: 'examples/beam-steering', dockerfile: 'Dockerfile' } },
      matrix: {
        axes: { angle: [0, 90, 180], n_jobs: [1, 10] },
        include: [],
        exclude: [{ angle: 180, n_jobs: 1 }],
      },
      repeats: 3,
      stages: [
        {
          name: 'main',
          needs: [],
          run: {
            command: [
              'python',
              'train.py',
              '--angle',
              '${{ matrix.angle }}',
              '--n-jobs',
              '${{ matrix.n_jobs }}',
              '--iters',
              '5',
            ],
            env: { PYTHONUNBUFFERED: '1' },
          },
          resources: { ...defaultResources, vcpus: 16, memoryBytes: 32 * GiB, timeoutSec: 86_400 },
          compute: {
            ...defaultCompute,
            backend: 'aws-batch',
            region: 'us-west-2',
            queue: 'beam-steering-queue',
            instanceType: 'r5.4xlarge',
            fallbackQueue: 'beam-steering-ondemand',
          },
        },
      ],
      results: {
        store: 's3://beam-steering-results/experiments/',
        metrics: [{ name: 'reward', better: 'higher' }],
      },
      analysis: {
        speedup: { over: 'n_jobs', baseline: { n_jobs: 1 }, target: 3 },
        extrapolate: { factor: 200 },
        targets: [],
        stragglerFactor: 1.5,
        confidence: 0.95,
      },
      budget: { maxUsd: 10, maxVcpus: 64, maxJobs: 200 },
      costs: { storage: [], transferOutBytes: 0 },
      compare: [],
    } satisfies Experiment);
  });

  it('section 2: a multi-stage pipeline with a cost breakdown', () => {
    const stage = (
      name: string,
      needs: string[],
      script: string,
      compute: Partial<ComputeSpec>,
      resources = {},
    ) => ({
      name,
      needs,
      run: { command: ['python', script], env: {} },
      resources: { ...defaultResources, ...resources },
      compute: { ...defaultCompute, ...compute },
    });
    expect(load('train-infer-document.yaml')).toEqual({
      version: 1,
      kind: 'experiment',
      name: 'train-infer-document',
      file: 'experiments/train-infer-document.yaml',
      matrix: { axes: {}, include: [], exclude: [] },
      repeats: 1,
      stages: [
        stage(
          'train',
          [],
          'train.py',
          { instanceType: 'g4dn.xlarge', capacity: 'spot', queue: 'gpu-spot' },
          { gpus: 1 },
        ),
        stage('infer', ['train'], 'infer.py', {
          instanceType: 'g3s.xlarge',
          capacity: 'on-demand',
          queue: 'gpu-ondemand',
        }),
        stage('document', ['infer'], 'make_docs.py', { instanceType: 't3.medium', queue: 'cpu-small' }),
      ],
      results: { metrics: [] },
      analysis: { targets: [], stragglerFactor: 1.5, confidence: 0.95 },
      budget: {},
      costs: {
        storage: [
          { kind: 'fsx-lustre', sizeBytes: 1.2e12, hours: 2 },
          { kind: 's3', sizeBytes: 5e9 },
        ],
        transferOutBytes: 5e9,
      },
      compare: [{ name: 'all-on-demand', override: { 'stages.train.compute.capacity': 'on-demand' } }],
    } satisfies Experiment);
  });

  it('section 3: a scaling study; an axis named backend compares backends', () => {
    expect(load('monte-carlo-scaling.yaml')).toEqual({
      version: 1,
      kind: 'experiment',
      name: 'monte-carlo-scaling',
      file: 'experiments/monte-carlo-scaling.yaml',
      matrix: {
        axes: { workers: [1, 10, 25, 50], backend: ['local', 'aws-batch'] },
        include: [],
        exclude: [],
      },
      repeats: 1,
      stages: [
        {
          name: 'main',
          needs: [],
          run: {
            command: ['Rscript', 'mc.R', '--shard', '${{ shard.index }}', '--shards', '${{ shard.count }}'],
            env: {},
          },
          resources: defaultResources,
          compute: { ...defaultCompute, backend: '${{ matrix.backend }}' },
          fanOut: { items: 50, workers: '${{ matrix.workers }}', oversubscribe: 1.1 },
        },
      ],
      results: { metrics: [] },
      analysis: {
        speedup: { over: 'workers', baseline: { backend: 'local', workers: 10 } },
        targets: [],
        stragglerFactor: 1.5,
        confidence: 0.95,
      },
      ...noExtras,
    } satisfies Experiment);
  });

  it('section 4: every Batch setting; numbers in command and env become strings', () => {
    const e = load('kitchen-sink-single.yaml');
    expect(e.stages).toHaveLength(1);
    const main = e.stages[0];
    expect(main?.run).toEqual({
      command: [
        'python',
        'train.py',
        '--seed',
        '42',
        '--workers',
        '${{ matrix.workers }}',
        '--shard',
        '${{ shard.index }}/${{ shard.count }}',
        '--repeat',
        '${{ repeat }}',
      ],
      env: { SEED: '7', VERBOSE: 'true', MODE: '${{ matrix.mode }}' },
      workdir: 'examples/beam',
    });
    expect(main?.resources).toEqual({
      vcpus: 4,
      memoryBytes: 8 * GiB,
      gpus: 1,
      timeoutSec: 5400,
      retries: 2,
      retryOn: [
        { action: 'retry', onStatusReason: 'Host EC2*' },
        { action: 'exit', onReason: 'CannotPullContainerError*', onExitCode: '137' },
      ],
    });
    expect(main?.compute).toEqual({
      backend: 'aws-batch',
      region: 'eu-west-1',
      queue: 'spot-queue',
      fallbackQueue: 'ondemand-queue',
      instanceType: 'c5.xlarge',
      capacity: 'spot-then-on-demand',
      platform: 'ec2',
      jobDefinition: 'existing-def:3',
      jobRoleArn: 'arn:aws:iam::123456789012:role/batchbench-job',
      tags: { project: 'beam', owner: 'lab' },
      slurm: {
        partition: 'compute',
        account: 'perf',
        qos: 'normal',
        constraint: 'icelake&ib',
        time: '30:00',
        throttle: 8,
        price: { perNodeHour: 2.4 },
      },
    });
    expect(main?.fanOut).toEqual({ items: 100, workers: '${{ matrix.workers }}', oversubscribe: 1.2 });
    expect(e.image).toEqual({ uri: '123456789012.dkr.ecr.us-west-2.amazonaws.com/beam:2f9c1e' });
    expect(e.matrix.include).toEqual([{ mode: 'exact', tolerance: 1e-9 }]);
    expect(e.analysis).toEqual({
      speedup: { over: 'workers', baseline: { workers: 1, mode: 'fast' }, target: 2.5 },
      extrapolate: { factor: 200 },
      targets: [
        { metric: 'reward', min: 0.5, max: 10, cell: { mode: 'fast' } },
        { metric: 'wall-time', max: 3600 },
      ],
      stragglerFactor: 2,
      confidence: 0.99,
      failOn: { regression: 0.1, targetMissed: false, inconclusive: true, failedJobs: false },
    });
    expect(e.costs).toEqual({
      storage: [{ kind: 'ebs-gp3', sizeBytes: 100 * GiB, hours: 3 }],
      transferOutBytes: 5e8,
      instanceTypes: {
        'x9z.large': { vcpus: 2, memoryGiB: 8, gpus: 1, onDemandHourly: 0.2, spotHourly: 0.07 },
      },
    });
    expect(e.budget).toEqual({ maxUsd: 25.5, maxVcpus: 64, maxJobs: 300 });
  });

  it('orders stages by needs, stable in file order, with top-level settings as defaults', () => {
    const e = load('kitchen-sink-stages.yaml');
    expect(e.stages.map((s) => [s.name, s.needs])).toEqual([
      ['train', []],
      ['evaluate', ['train']],
      ['report', ['evaluate', 'train']],
    ]);
    const [train, evaluate, report] = e.stages;
    expect(train?.resources).toEqual({
      ...defaultResources,
      memoryBytes: 4 * GiB,
      timeoutSec: 7200,
      gpus: 1,
      retries: 1,
      retryOn: [{ action: 'retry', onStatusReason: 'Host EC2*' }],
    });
    expect(train?.compute).toEqual({
      ...defaultCompute,
      region: 'us-west-2',
      instanceType: 'g4dn.xlarge',
      capacity: 'spot',
      queue: 'gpu-spot',
      tags: { team: 'ml', stage: 'train' },
      slurm: { price: { perCoreHour: 0.05 } },
    });
    expect(evaluate?.resources).toMatchObject({ vcpus: 0.5, memoryBytes: GiB, timeoutSec: 600 });
    expect(evaluate?.compute).toEqual({
      ...defaultCompute,
      backend: 'aws-batch',
      platform: 'fargate',
      executionRoleArn: 'arn:aws:iam::123456789012:role/batch-execution',
      region: 'us-west-2',
      tags: { team: 'ml' },
      slurm: { price: { perCoreHour: 0.05 } },
    });
    expect(evaluate?.fanOut).toEqual({ items: 10, workers: 5, oversubscribe: 1 });
    expect(report?.run).toEqual({
      command: ['python', 'report.py'],
      env: { SIZE: '${{ matrix.size }}' },
      workdir: 'tools',
    });
    expect(report?.resources).toEqual({ ...defaultResources, memoryBytes: 4 * GiB, timeoutSec: 7200 });
    expect(e.image).toEqual({ build: { context: 'examples/pipeline', dockerfile: 'docker/Dockerfile.gpu' } });
  });

  it('fills every default into a minimal file', () => {
    expect(load('minimal.yaml')).toEqual({
      version: 1,
      kind: 'experiment',
      name: 'minimal',
      file: 'experiments/minimal.yaml',
      matrix: { axes: {}, include: [], exclude: [] },
      repeats: 1,
      stages: [
        {
          name: 'main',
          needs: [],
          run: { command: ['echo', 'hello'], env: {} },
          resources: defaultResources,
          compute: defaultCompute,
        },
      ],
      results: { metrics: [] },
      analysis: { targets: [], stragglerFactor: 1.5, confidence: 0.95 },
      ...noExtras,
    } satisfies Experiment);
  });
});
