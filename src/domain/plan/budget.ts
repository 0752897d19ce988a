import type { Experiment } from '../experiment/experiment.js';
import type { PlanProblem } from './plan-problem.js';
import type { CellEstimate, Plan, PlannedJob } from './plan.js';

/**
 * The limits a researcher set in `budget`, checked before anything runs: a plan over one of them
 * is refused (exit 2) before a job starts or a cloud call is made. budget.max-vcpus is not a
 * limit on the plan but on how many vCPUs run at once, which the backends hold to; only a job
 * that could never start under it is refused. `allowOverBudget` (--allow-over-budget) turns a
 * cost over budget.max-usd into a warning.
 */
export function checkBudget(exp: Experiment, plan: Plan, opts: { allowOverBudget: boolean }): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const { maxJobs, maxVcpus, maxUsd } = exp.budget;
  if (maxJobs !== undefined && plan.totals.jobs > maxJobs) {
    problems.push({
      path: ['budget', 'max-jobs'],
      message: `the plan has ${plan.totals.jobs} jobs, over the budget of ${maxJobs}`,
      hint: 'lower repeats, remove matrix values, or raise budget.max-jobs',
      severity: 'error',
    });
  }
  if (maxVcpus !== undefined) {
    const biggest = plan.jobs.reduce<PlannedJob | undefined>(
      (a, j) => (a === undefined || j.resources.vcpus > a.resources.vcpus ? j : a),
      undefined,
    );
    if (biggest && biggest.resources.vcpus > maxVcpus) {
      problems.push({
        path: ['budget', 'max-vcpus'],
        message: `job ${biggest.id} asks for ${biggest.resources.vcpus} vCPUs, over the budget of ${maxVcpus} vCPUs at once: it could never start`,
        hint: 'lower resources.vcpus or raise budget.max-vcpus',
        severity: 'error',
      });
    }
  }
  if (maxUsd !== undefined) {
    const problem = checkMaxUsd(plan, maxUsd, opts.allowOverBudget);
    if (problem) problems.push(problem);
  }
  return problems;
}

function checkMaxUsd(plan: Plan, maxUsd: number, allow: boolean): PlanProblem | undefined {
  const t = plan.totals;
  const override = allow ? ' (going ahead: --allow-over-budget)' : '';
  const severity = allow ? 'warning' : 'error';
  if (t.usd === null) {
    return {
      path: ['budget', 'max-usd'],
      message:
        `budget.max-usd of $${maxUsd} cannot be held: the cost is unknown ` +
        `(${(t.unpriced ?? []).join('; ')})${override}`,
      hint:
        'price it (an instance type under costs.instance-types, a Slurm partition with compute.slurm.price), ' +
        'or run with --allow-over-budget',
      severity,
    };
  }
  if (t.usd <= maxUsd) return undefined;
  return {
    path: ['budget', 'max-usd'],
    message: `the estimated cost $${t.usd.toFixed(2)} is over the budget of $${maxUsd}; ${basisOf(plan.estimates)}${override}`,
    hint: plan.estimates.some((e) => e.basis === 'timeout')
      ? 'lower resources.timeout to bound the estimate, use fewer repeats or cells, raise budget.max-usd, or run with --allow-over-budget'
      : 'use spot capacity, fewer repeats or cells, raise budget.max-usd, or run with --allow-over-budget',
    severity,
  };
}

/** What the estimate rests on, in words, so a refusal can be judged. */
export function basisOf(estimates: readonly CellEstimate[]): string {
  const measured = estimates.filter((e) => e.basis === 'history');
  const runs = Math.max(0, ...measured.map((e) => e.historyRuns ?? 1));
  if (measured.length === estimates.length && estimates.length > 0) {
    return `basis: the median of ${runs} earlier run${runs === 1 ? '' : 's'} of this file`;
  }
  if (measured.length === 0) return 'basis: every job running to its timeout (no earlier run measured it)';
  return (
    `basis: the median of earlier runs for ${measured.length} of ${estimates.length} cells, ` +
    'every job running to its timeout for the rest'
  );
}
