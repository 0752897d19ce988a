import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../../../src/domain/report/model.js';
import { recommendationLines } from '../../../src/domain/report/recommendation-section.js';

const rec = (answers: Pick<Recommendation, 'withinBudget' | 'withinDeadline'>): Recommendation => ({
  points: [],
  frontier: [],
  ...answers,
  recommended: 'a',
  why: 'fastest',
  projection: { cellId: 'a', scale: 1, stages: [] },
  advice: [],
  byInstanceType: [],
  unpriced: [],
});

describe('the answers to decide: questions', () => {
  it('name the cell, and say so when its interval crosses the limit', () => {
    const lines = recommendationLines(
      rec({
        withinBudget: { limit: 0.5, cellId: 'b', sure: true },
        withinDeadline: { limit: 600, cellId: 'c', sure: false },
      }),
    );
    expect(lines[0]).toMatch(/^Fastest within \$0\.5\d* a run: b\.$/);
    expect(lines[1]).toMatch(/^Cheapest within .+ a run: c \(its interval reaches past the deadline\)\.$/);
    expect(lines[2]).toBe('Recommended: a, fastest.');
  });

  it('say when no cell answers', () => {
    const lines = recommendationLines(
      rec({ withinBudget: { limit: 0.5, sure: false }, withinDeadline: { limit: 600 } }),
    );
    expect(lines[0]).toMatch(/^Fastest within .+ a run: no measured cell costs that little\.$/);
    expect(lines[1]).toMatch(/^Cheapest within .+ a run: no measured cell is that fast\.$/);
  });

  it('are left out when the file asks none', () => {
    expect(recommendationLines(rec({}))[0]).toBe('Recommended: a, fastest.');
  });

  it('say over the budget when the cost interval crosses it', () => {
    expect(recommendationLines(rec({ withinBudget: { limit: 2, cellId: 'b' } }))[0]).toMatch(
      /: b \(its interval reaches over the budget\)\.$/,
    );
  });
});
