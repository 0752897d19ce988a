import type { CampaignRunSummary } from '../domain/campaign/campaign-report.js';
import type { HistoryEntry } from '../domain/campaign/history.js';
import { unpricedWord } from '../domain/campaign/machines.js';
import { compareWeek } from '../domain/campaign/regression.js';
import type { JobRecord } from '../domain/results/job-record.js';
import { placementWarnings, windowJobs } from './campaign-jobs.js';
import {
  estimatedCost,
  misplacedRecords,
  recordHistory,
  windowCost,
  windowEntries,
} from './campaign-outcome.js';
import { WindowRounds, type CampaignRunDeps, type WindowArgs } from './campaign-rounds.js';

// What the CLI and the actions import from here: a campaign's jobs as plans live in campaign-jobs.ts.
export {
  campaignPlan,
  toPlannedJob,
  unpinnedQueues,
  windowJobs,
  type BatchTarget,
  type CampaignTarget,
} from './campaign-jobs.js';
export { attemptRunId, type AttemptRuns, type CampaignRunDeps, type WindowArgs } from './campaign-rounds.js';

export interface CampaignRunOutcome {
  summary: CampaignRunSummary;
  /** The record that decided each job: its success, or its last failure. */
  records: JobRecord[];
  entries: HistoryEntry[];
  /**
   * Every job had finished and its samples were in the history before this process came: a
   * window run again after it was reported (a scheduled re-run), which ran and added nothing.
   */
  alreadyRecorded: boolean;
}

/**
 * Runs one window's share of the week, wave after wave: a wave's failed jobs are retried in
 * rounds, with exponential backoff, up to the campaign's retry limit before the next wave starts.
 * Round k runs as the attempt run `<runId>-a<k>`, so it submits the failed jobs anew, while a
 * process started again for the same round attaches to what it submitted. Progress: counts by
 * status, percentage done, ETA. The deciding record of each job goes into the history (samples
 * of successes only), and this week is compared with the earlier ones.
 */
export async function runCampaignWindow(
  args: WindowArgs,
  deps: CampaignRunDeps,
): Promise<CampaignRunOutcome> {
  const { campaign: c, plan, day, window } = args;
  const jobs = windowJobs(plan, day, window);
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const date = plan.days.find((d) => d.day === day)?.date ?? '';
  const waves = new Set(jobs.map((j) => j.wave)).size;
  deps.progress.log(
    `${c.name} ${plan.week}: ${jobs.length} jobs in window ${window} of day ${day} (${date}), ` +
      `${waves} waves, at most ${c.schedule.maxConcurrent} at once; run ${args.runId}`,
  );
  const warnings = placementWarnings(c, plan, args.target);
  for (const w of warnings) deps.progress.log(`warning: ${w}`);
  const rounds = new WindowRounds(args, deps, jobs);
  await rounds.run();

  const records = [...rounds.decided.values()];
  const { misplaced, warning } = misplacedRecords(records, byId);
  if (warning) {
    warnings.push(warning);
    deps.progress.log(`warning: ${warning}`);
  }
  const entries = windowEntries(jobs, records, misplaced, plan.week, args.runId);
  const history = await recordHistory(deps.history, jobs, entries);
  const succeeded = records.filter((r) => r.status === 'succeeded').length;
  return {
    summary: {
      campaign: c.name,
      week: plan.week,
      window: `${window} on day ${day} (${date})`,
      jobs: jobs.length,
      succeeded,
      failed: jobs.length - succeeded,
      attempts: rounds.tries.length,
      retries: rounds.tries.length - new Set(rounds.tries.map((r) => r.jobId)).size,
      estimatedUsd: estimatedCost(jobs),
      actualUsd: windowCost(c, deps.prices, rounds.tries, byId, args.target),
      ...(unpricedWord(c) ? { unpriced: unpricedWord(c) } : {}),
      comparisons: compareWeek(plan.week, history.all, c),
      ...(warnings.length > 0 ? { warnings } : {}),
    },
    records,
    entries,
    alreadyRecorded: jobs.length > 0 && rounds.executedHere === 0 && history.fresh.length === 0,
  };
}
