import { describe, expect, it } from 'vitest';
import { newRunManifest } from '../../src/app/new-run.js';
import { RUN_FORMAT_VERSION } from '../../src/app/stored-run.js';
import type { Experiment } from '../../src/domain/experiment/experiment.js';
import type { Plan } from '../../src/domain/plan/plan.js';

const experiment = { name: 'demo', file: 'experiments/demo.yaml' } as Experiment;
const plan = { jobs: [] } as unknown as Plan;
const base = {
  runId: 'demo-1',
  experiment,
  source: 'name: demo\n',
  backend: 'local',
  plan,
  host: { host: 'h', cpuModel: 'cpu', cpuCount: 2 },
  at: '2026-12-03T10:00:00.000Z',
};

describe('newRunManifest', () => {
  it('is a running run of this format, created and updated now, with the file text and host', () => {
    expect(newRunManifest(base)).toEqual({
      formatVersion: RUN_FORMAT_VERSION,
      runId: 'demo-1',
      experiment: 'demo',
      experimentFile: 'experiments/demo.yaml',
      experimentSource: 'name: demo\n',
      backend: 'local',
      createdAt: base.at,
      updatedAt: base.at,
      status: 'running',
      host: 'h',
      cpuModel: 'cpu',
      cpuCount: 2,
      plan,
    });
  });

  it('names the workflow that submitted the run only when there is one', () => {
    const origin = {
      repository: 'o/r',
      event: 'push',
      experimentFile: 'experiments/demo.yaml',
      commentKey: 'demo',
      checkName: 'batchbench: demo',
    };
    expect(newRunManifest({ ...base, origin }).origin).toEqual(origin);
    expect('origin' in newRunManifest(base)).toBe(false);
  });
});
