import { describe, expect, it } from 'vitest';
import { composeReport } from '../../../src/app/publish-report.js';
import { compareReports } from '../../../src/domain/analysis/compare-reports.js';
import { comparisonOptions, runOutcome } from '../../../src/domain/analysis/outcome.js';
import type { ReportModel, TargetResult } from '../../../src/domain/report/model.js';
import type { FailOnSpec } from '../../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { makeReport } from '../report/fixtures.js';

const target = (status: TargetResult['status']): TargetResult => ({
  description: 'd',
  target: 't',
  actual: 'a',
  status,
});

function report(over: {
  failOn?: FailOnSpec;
  targets?: TargetResult[];
  failed?: number;
  slower?: number;
}): ReportModel {
  const r = makeReport();
  const spread = [-0.01, 0.005, 0, 0.008, -0.004];
  return {
    ...r,
    experiment: { ...r.experiment, ...(over.failOn ? { failOn: over.failOn } : {}) },
    run: { ...r.run, jobsFailed: over.failed ?? 0, jobsMissing: 0 },
    targets: over.targets ?? [],
    cells: r.cells.map((c, i) => ({
      ...c,
      wallSamples: spread.map((d) => c.wall.mean * (i === 0 ? (over.slower ?? 1) : 1) * (1 + d)),
    })),
  };
}

const DEFAULTS: FailOnSpec = { targetMissed: true, inconclusive: false, failedJobs: true };

describe('one outcome for the exit code and the check', () => {
  it('by default: an inconclusive target alone is neutral and exit 0; a missed target or failed job fails', () => {
    expect(runOutcome(report({ targets: [target('inconclusive')] }))).toMatchObject({
      conclusion: 'neutral',
      exitCode: 0,
    });
    expect(runOutcome(report({ targets: [target('missed')] }))).toMatchObject({
      conclusion: 'failure',
      exitCode: 1,
    });
    expect(runOutcome(report({ failed: 1 }))).toMatchObject({ conclusion: 'failure', exitCode: 1 });
    expect(runOutcome(report({}))).toEqual({ conclusion: 'success', exitCode: 0, reasons: [] });
  });

  it('a regression against the base fails only when fail-on.regression says so', () => {
    const base = report({});
    const quiet = report({ slower: 1.3 });
    expect(runOutcome(quiet, compareReports(base, quiet, comparisonOptions(quiet))).conclusion).toBe(
      'success',
    );
    const strict = report({ slower: 1.3, failOn: { ...DEFAULTS, regression: 0.05 } });
    const cmp = compareReports(base, strict, comparisonOptions(strict));
    expect(cmp.counts.regression).toBe(1);
    const outcome = runOutcome(strict, cmp);
    expect(outcome).toMatchObject({ conclusion: 'failure', exitCode: 1 });
    expect(outcome.reasons[0]).toMatch(/1 cell significantly slower than the base run by more than 5%/);
    // A slowdown under the threshold is no regression.
    const small = report({ slower: 1.3, failOn: { ...DEFAULTS, regression: 0.5 } });
    expect(runOutcome(small, compareReports(base, small, comparisonOptions(small))).conclusion).toBe(
      'success',
    );
  });

  it('inconclusive: true fails on an undecided target; failed-jobs: false makes a failed job neutral', () => {
    const f = { ...DEFAULTS, inconclusive: true };
    expect(runOutcome(report({ failOn: f, targets: [target('inconclusive')] })).exitCode).toBe(1);
    const lenient = { ...DEFAULTS, failedJobs: false };
    expect(runOutcome(report({ failOn: lenient, failed: 2 }))).toMatchObject({
      conclusion: 'neutral',
      exitCode: 0,
    });
  });

  it('the check a pull request gets follows the same decision', () => {
    const base = report({});
    const strict = report({ slower: 1.3, failOn: { ...DEFAULTS, regression: 0.05 } });
    expect(composeReport(strict, { baseline: base }).conclusion).toBe('failure');
    expect(composeReport(report({ slower: 1.3 }), { baseline: base }).conclusion).toBe('success');
  });
});

describe('analysis.fail-on in the experiment file', () => {
  const file = (failOn: string) =>
    `version: 1\nname: gate\nrun:\n  command: [echo, hi]\nrepeats: 3\nanalysis:\n  fail-on: ${failOn}\n`;

  it('reads percentages, true as 5%, and fills the defaults', () => {
    const v = validateExperimentText(file('{ regression: 2.5%, inconclusive: true }'), 'gate.yaml');
    expect(v.value?.analysis.failOn).toEqual({
      regression: 0.025,
      targetMissed: true,
      inconclusive: true,
      failedJobs: true,
    });
    expect(
      validateExperimentText(file('{ regression: true }'), 'gate.yaml').value?.analysis.failOn?.regression,
    ).toBe(0.05);
    expect(
      validateExperimentText(file('{ regression: false }'), 'gate.yaml').value?.analysis.failOn?.regression,
    ).toBeUndefined();
  });

  it('refuses a threshold that is not a percentage, at its line and column', () => {
    const v = validateExperimentText(file('{ regression: fast }'), 'gate.yaml');
    const error = v.problems.find((p) => p.severity === 'error');
    expect(error).toMatchObject({ file: 'gate.yaml', line: 7 });
    expect(error?.message).toMatch(/percentage/);
  });
});
