/**
 * The one decision of whether a run failed: the CLI's exit code and the pull request check's
 * conclusion both come from here, so they cannot disagree. The file's `analysis.fail-on`
 * decides; without it, failed or missing jobs and missed targets fail, an inconclusive target
 * alone is neutral (exit 0), and a regression against the base run is reported but fails
 * nothing.
 */
import type { ReportModel } from '../report/model.js';
import type { ComparedRun } from './compared-run.js';
import { alphaOf } from '../stats/compare-samples.js';
import type { FailOnSpec } from '../experiment/experiment.js';
import { DEFAULT_FAIL_ON, DEFAULT_FAIL_ON_REGRESSION } from '../experiment/normalise.js';
import type { ReportComparison } from './compare-reports.js';

export type Conclusion = 'success' | 'failure' | 'neutral' | 'cancelled';

export interface RunOutcome {
  conclusion: Conclusion;
  /** 0 for success and neutral, 1 for failure. */
  exitCode: 0 | 1 | 130;
  /** Why, one line each, failures first. */
  reasons: string[];
}

export function failOnOf(report: Pick<ReportModel, 'experiment'>): FailOnSpec {
  return report.experiment.failOn ?? DEFAULT_FAIL_ON;
}

/** `comparison`: the run against its base, when there is one (a pull request, `batchbench compare`). */
export function runOutcome(
  report: Pick<ComparedRun, 'experiment' | 'run' | 'targets'>,
  comparison?: ReportComparison,
): RunOutcome {
  const f = failOnOf(report);
  const failures: string[] = [];
  const undecided: string[] = [];
  const r = report.run;
  const cancelled = r.jobsCancelled ?? 0;
  // Stopped by someone (Ctrl-C, cancel) with nothing failed: interrupted, not failed; the jobs it
  // never started are missing for that reason, and its targets cannot be judged.
  if (r.jobsFailed === 0 && cancelled > 0)
    return {
      conclusion: 'cancelled',
      exitCode: 130,
      reasons: [`${cancelled} job${cancelled === 1 ? ' was' : 's were'} cancelled`],
    };
  if (r.jobsFailed + r.jobsMissing > 0) {
    const line = `${r.jobsFailed} jobs failed and ${r.jobsMissing} are missing of ${r.jobsPlanned}`;
    (f.failedJobs ? failures : undecided).push(line);
  }
  const missed = report.targets.filter((t) => t.status === 'missed').length;
  if (missed > 0 && f.targetMissed) failures.push(`${missed} target${missed === 1 ? '' : 's'} missed`);
  const inconclusive = report.targets.filter((t) => t.status === 'inconclusive').length;
  if (inconclusive > 0)
    (f.inconclusive ? failures : undecided).push(
      `${inconclusive} target${inconclusive === 1 ? '' : 's'} inconclusive`,
    );
  if (comparison && f.regression !== undefined) {
    const { regression, inconclusive: open, untestable } = comparison.counts;
    if (regression > 0)
      failures.push(
        `${regression} cell${regression === 1 ? '' : 's'} significantly slower than the base run by more than ${f.regression * 100}%`,
      );
    if (open + untestable > 0)
      (f.inconclusive ? failures : undecided).push(
        `${open + untestable} cells could not be compared with the base run conclusively`,
      );
  }
  if (failures.length > 0)
    return { conclusion: 'failure', exitCode: 1, reasons: [...failures, ...undecided] };
  if (undecided.length > 0) return { conclusion: 'neutral', exitCode: 0, reasons: undecided };
  return { conclusion: 'success', exitCode: 0, reasons: [] };
}

/** How a run is compared with its base: at the report's confidence, with fail-on's threshold. */
export function comparisonOptions(report: Pick<ComparedRun, 'experiment' | 'confidence'>): {
  alpha: number;
  threshold: number;
} {
  return {
    alpha: alphaOf(report.confidence),
    threshold: failOnOf(report).regression ?? DEFAULT_FAIL_ON_REGRESSION,
  };
}
