import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePriceTable } from '../../../src/domain/cost/price-table.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import { stageTemplate, withImage, withTemplates } from '../../../src/domain/plan/stage-template.js';
import { makeExperiment, makeStage } from '../../helpers/experiment.js';

const prices = parsePriceTable(
  JSON.parse(readFileSync('data/aws-prices.json', 'utf8')),
  'data/aws-prices.json',
);

const exp = makeExperiment({
  name: 'templated',
  image: { uri: 'registry.example/bench:1' },
  matrix: { axes: { n: [1, 2] }, include: [], exclude: [] },
  stages: [
    makeStage({
      name: 'prepare',
      run: { command: ['prep', '${{ matrix.n }}'], env: { N: '${{ matrix.n }}' } },
    }),
    makeStage({
      name: 'solve',
      needs: ['prepare'],
      run: { command: ['solve', '${{ shard.index }}'], env: {} },
    }),
  ],
});

describe('a plan carries what a backend needs besides its jobs', () => {
  it('has every stage as written, templates unfilled, and the image of the file', () => {
    const { plan } = buildPlan(exp, { prices });
    expect(plan.stageTemplates?.map((s) => s.name)).toEqual(['prepare', 'solve']);
    expect(stageTemplate(plan, 'prepare').run).toEqual({
      command: ['prep', '${{ matrix.n }}'],
      env: { N: '${{ matrix.n }}' },
    });
    expect(stageTemplate(plan, 'solve')).not.toHaveProperty('needs');
    expect(plan.jobs.find((j) => j.stage === 'prepare')?.command).toEqual(['prep', '1']);
    expect(plan.image).toBe('registry.example/bench:1');
    // Survives being stored as JSON in a manifest.
    expect(JSON.parse(JSON.stringify(plan)).stageTemplates).toEqual(plan.stageTemplates);
  });

  it('takes an image given to the run only when the file names none', () => {
    const { plan } = buildPlan(exp, { prices });
    expect(withImage(plan, 'other:2').image).toBe('registry.example/bench:1');
    const { plan: bare } = buildPlan({ ...exp, image: undefined }, { prices });
    expect(bare.image).toBeUndefined();
    expect(withImage(bare, 'built:3').image).toBe('built:3');
    expect(withImage(bare, undefined)).toBe(bare);
  });

  it('completes a plan stored before plans carried their stages from the stored experiment', () => {
    const { plan } = buildPlan(exp, { prices });
    const { stageTemplates: _t, image: _i, ...old } = plan;
    expect(() => stageTemplate(old, 'solve')).toThrow(/older batchbench/);
    const completed = withTemplates(old, exp);
    expect(completed.stageTemplates).toEqual(plan.stageTemplates);
    expect(completed.image).toBe(plan.image);
    expect(withTemplates(plan, undefined)).toBe(plan);
    expect(() => stageTemplate(plan, 'nope')).toThrow(/no stage nope/);
  });
});
