import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as runner from '../adapters/github/runner-io.js';
import { appendSummary } from '../adapters/github/step-limits.js';
import type { CampaignRunOutcome } from '../app/campaign-run.js';
import { loadCampaignFile } from '../compose/campaign-file.js';
import type { SettingNames } from '../compose/campaign-window.js';
import { pricesAt } from '../compose/prices.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import { campaignMarkdown } from '../domain/campaign/campaign-report.js';
import { formatP } from '../domain/campaign/regression.js';
import type { IsoWeek } from '../domain/campaign/week.js';
import { escapeMarkdown } from '../domain/report/escape.js';
import { UserError } from '../domain/user-error.js';
import { annotate, workspace } from './action-support.js';

/** How the campaign action spells each setting, for messages. */
export const NAMES: SettingNames = {
  backend: "input 'backend'",
  window: "input 'window'",
  day: "input 'day'",
  queue: "input 'queue' (or BATCHBENCH_QUEUE)",
  spotQueue: "input 'spot-queue' (or BATCHBENCH_SPOT_QUEUE)",
  imageUri: "input 'image-uri'",
  historyDir: "input 'history-dir'",
};

/**
 * How the step ended, as the `conclusion` output says it: what a later step branches on.
 * no-window and already-recorded end green; the rest follow fail-on-regression and
 * fail-on-failed-jobs.
 */
export type CampaignConclusion =
  'success' | 'regression' | 'failed-jobs' | 'cancelled' | 'no-window' | 'already-recorded';

/** `{ key: value }` for an input that was given, `{}` otherwise (exact optional properties). */
export function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** Reads and plans the campaign file once; its problems become annotations at their file, line and column. */
export async function readyCampaign(file: string, week: IsoWeek, env: NodeJS.ProcessEnv) {
  const cwd = workspace(env);
  const checked = await loadCampaignFile(file, week, { cwd, prices: await pricesAt(undefined, cwd) });
  const n = annotate(checked.problems);
  if (!checked.campaign || !checked.plan)
    throw new UserError(`${file}: ${n} problem${n === 1 ? '' : 's'}; nothing was run`);
  return { campaign: checked.campaign, plan: checked.plan, prices: checked.prices };
}

/**
 * On AWS Batch a cancelled step (by hand, or its timeout-minutes) leaves the window's jobs
 * running and ends at once: the next run of the window attaches to them under the same run id,
 * as after a runner that died. Stopping them is `batchbench cancel`'s.
 */
export function leaveJobsRunning(): AbortSignal {
  const stop = (signal: NodeJS.Signals) => {
    runner.warning(
      `${signal}: the window's jobs keep running on AWS Batch; the next run of this window attaches to them ` +
        '(batchbench cancel <run-id>-a<attempt> --store <results.store> stops them)',
    );
    process.exit(1);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new AbortController().signal;
}

/** A scheduled run between windows: green, with why nothing ran. */
export async function noWindow(c: Campaign, week: IsoWeek, closed: string): Promise<void> {
  runner.info(`${c.name}: ${closed}; nothing to run`);
  await appendSummary(
    `## Campaign ${escapeMarkdown(c.name)}, week ${week.label}\n\nNothing ran: ${escapeMarkdown(closed)}.\n`,
  );
  runner.setOutput('conclusion', 'no-window' satisfies CampaignConclusion);
  runner.setOutput('regressions', '0');
  runner.setOutput('failed-jobs', '0');
}

function conclusionOf(outcome: CampaignRunOutcome, aborted: boolean): CampaignConclusion {
  if (aborted) return 'cancelled';
  if (outcome.alreadyRecorded) return 'already-recorded';
  if (outcome.summary.failed > 0) return 'failed-jobs';
  if (outcome.summary.comparisons.some((c) => c.verdict === 'regression')) return 'regression';
  return 'success';
}

export interface WindowResult {
  campaign: Campaign;
  runId: string;
  day: number;
  window: string;
  outcome: CampaignRunOutcome;
  aborted: boolean;
  env: NodeJS.ProcessEnv;
}

/** The window's report in the job summary and a JSON file, its outputs; returns how it ended. */
export async function publishWindow(r: WindowResult): Promise<CampaignConclusion> {
  const s = r.outcome.summary;
  const regressions = s.comparisons.filter((c) => c.verdict === 'regression');
  const conclusion = conclusionOf(r.outcome, r.aborted);
  for (const w of s.warnings ?? []) runner.warning(w, { title: 'batchbench campaign' });
  const again = r.outcome.alreadyRecorded
    ? `> This window ran and was recorded by an earlier run of ${escapeMarkdown(r.runId)}: nothing ran now, ` +
      'and its report is repeated here.\n\n'
    : '';
  await appendSummary(again + campaignMarkdown(s), {
    rest: 'Everything is in the file the `summary-json` output names.',
  });
  const dir = path.join(r.env.RUNNER_TEMP || os.tmpdir(), 'batchbench-campaign');
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, `${r.runId}.json`);
  const { runId, day, window } = r;
  const alreadyRecorded = r.outcome.alreadyRecorded;
  await writeFile(
    json,
    `${JSON.stringify({ runId, day, window, conclusion, alreadyRecorded, summary: s }, null, 2)}\n`,
  );
  runner.setOutput('summary-json', json);
  runner.setOutput('run-id', runId);
  runner.setOutput('window', window);
  runner.setOutput('regressions', String(regressions.length));
  runner.setOutput('failed-jobs', String(s.failed));
  runner.setOutput('conclusion', conclusion);
  return conclusion;
}

/** Failed jobs and regressions are the window's outcome: they fail the step when the inputs say so. */
export function failOnOutcome(
  r: WindowResult,
  conclusion: CampaignConclusion,
  fail: { regression: boolean; failedJobs: boolean },
): void {
  const c = r.campaign;
  const s = r.outcome.summary;
  if (conclusion === 'cancelled') {
    runner.setFailed(
      `cancelled: ${s.succeeded} of ${s.jobs} jobs had succeeded; the unfinished ones were stopped`,
    );
    return;
  }
  if (conclusion === 'already-recorded') {
    runner.notice(`${c.name} ${s.window} was recorded by an earlier run; nothing ran now`);
    return;
  }
  const regressions = s.comparisons.filter((x) => x.verdict === 'regression');
  const reasons: string[] = [];
  if (fail.failedJobs && s.failed > 0) reasons.push(`${s.failed} of ${s.jobs} jobs failed`);
  if (fail.regression && regressions.length > 0)
    reasons.push(
      `${regressions.length} regression${regressions.length === 1 ? '' : 's'}: ` +
        regressions
          .map((x) => `${x.benchmark} on ${x.instanceType} (p ${formatP(x.p as number)})`)
          .join(', '),
    );
  if (reasons.length > 0) runner.setFailed(`${c.name} ${s.week}, ${s.window}: ${reasons.join('; ')}`);
  else
    runner.info(
      `${c.name} ${s.week}, ${s.window}: ${s.succeeded}/${s.jobs} jobs succeeded, no regression failed the step`,
    );
}
