import type { Experiment, StageSpec } from '../../src/domain/experiment/experiment.js';

/** A normalised experiment with sensible defaults, for tests that do not start from YAML. */
export function makeExperiment(
  overrides: Partial<Experiment> = {},
  stage: Partial<StageSpec> = {},
): Experiment {
  return {
    version: 1,
    kind: 'experiment',
    name: 'test',
    file: 'experiments/test.yaml',
    matrix: { axes: {}, include: [], exclude: [] },
    repeats: 1,
    stages: [makeStage(stage)],
    results: { metrics: [] },
    analysis: { targets: [], stragglerFactor: 1.5, confidence: 0.95 },
    budget: {},
    costs: { storage: [], transferOutBytes: 0 },
    compare: [],
    ...overrides,
  };
}

export function makeStage(overrides: Partial<StageSpec> = {}): StageSpec {
  return {
    name: 'main',
    needs: [],
    run: { command: ['node', 'work.mjs'], env: {} },
    resources: { vcpus: 1, memoryBytes: 2 * 1024 ** 3, gpus: 0, timeoutSec: 3600, retries: 0, retryOn: [] },
    compute: { backend: 'local', region: 'us-east-1', capacity: 'on-demand', platform: 'ec2', tags: {} },
    ...overrides,
  };
}
