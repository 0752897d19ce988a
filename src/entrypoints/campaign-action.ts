import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import * as runner from '../adapters/github/runner-io.js';
import { appendSummary } from '../adapters/github/step-limits.js';
import { loadPrices } from '../adapters/prices.js';
import { TerminalProgress } from '../adapters/terminal/progress.js';
import { planCampaignText } from '../app/campaign-plan.js';
import type { CampaignRunOutcome } from '../app/campaign-run.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import { campaignMarkdown } from '../domain/campaign/campaign-report.js';
import type { CampaignPlan } from '../domain/campaign/plan-types.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import { formatP } from '../domain/campaign/regression.js';
import { isoWeekOf, parseIsoWeek, type IsoWeek } from '../domain/campaign/week.js';
import { escapeMarkdown } from '../domain/report/escape.js';
import { annotate, booleanInput, input, readWorkspaceFile, runAction, workspace } from './action-support.js';
import { chooseBackend, pickWindow, runWindow, type SettingNames } from './campaign-window.js';
import { cancelSignal } from './cancel-signal.js';
import { ConfigurationError } from './configuration-error.js';

const NAMES: SettingNames = {
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
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function weekInput(now: number): IsoWeek {
  const raw = input('week');
  if (raw === undefined) return isoWeekOf(now);
  const week = parseIsoWeek(raw);
  if (!week) throw new ConfigurationError(`input 'week' takes an ISO week such as 2026-W48, not '${raw}'`);
  return week;
}

/** Reads and plans the campaign file; its problems become annotations at their file, line and column. */
async function readyCampaign(
  file: string,
  week: IsoWeek,
  env: NodeJS.ProcessEnv,
): Promise<{ campaign: Campaign; plan: CampaignPlan; prices: PriceTable }> {
  const text = await readWorkspaceFile(file, env);
  const prices = await loadPrices();
  const checked = planCampaignText(file, text, week, prices);
  const n = annotate(checked.problems);
  if (!checked.campaign || !checked.plan) {
    throw new ConfigurationError(`${file}: ${n} problem${n === 1 ? '' : 's'}; nothing was run`);
  }
  return { campaign: checked.campaign, plan: checked.plan, prices };
}

function regressionsOf(outcome: CampaignRunOutcome) {
  return outcome.summary.comparisons.filter((c) => c.verdict === 'regression');
}

function conclusionOf(outcome: CampaignRunOutcome, aborted: boolean): CampaignConclusion {
  if (aborted) return 'cancelled';
  if (outcome.alreadyRecorded) return 'already-recorded';
  if (outcome.summary.failed > 0) return 'failed-jobs';
  if (regressionsOf(outcome).length > 0) return 'regression';
  return 'success';
}

/**
 * On AWS Batch a cancelled step (by hand, or its timeout-minutes) leaves the window's jobs
 * running and ends at once: the next run of the window attaches to them under the same run id,
 * as after a runner that died. Stopping them is `batchbench cancel`'s.
 */
function leaveJobsRunning(): AbortSignal {
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

/**
 * The campaign action: runs the window of a `kind: campaign` file that is open now (or the one
 * named), on AWS Batch or on the runner, puts the campaign report in the job summary, and fails
 * the step on a regression or on failed jobs. A scheduled run between windows ends green.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('campaign', async () => {
    const file = input('campaign', { required: true }) as string;
    const choice = chooseBackend(
      {
        backend: input('backend') ?? 'aws-batch',
        ...optional('queue', input('queue')),
        ...optional('spotQueue', input('spot-queue')),
        ...optional('imageUri', input('image-uri')),
      },
      env,
      NAMES,
    );
    const failOnRegression = booleanInput('fail-on-regression', true);
    const failOnFailedJobs = booleanInput('fail-on-failed-jobs', true);
    const now = Date.now();
    const week = weekInput(now);
    const { campaign: c, plan, prices } = await readyCampaign(file, week, env);
    const picked = pickWindow(
      c,
      week,
      now,
      { ...optional('window', input('window')), ...optional('day', input('day')) },
      NAMES,
    );
    if ('closed' in picked) {
      runner.info(`${c.name}: ${picked.closed}; nothing to run`);
      await appendSummary(
        `## Campaign ${escapeMarkdown(c.name)}, week ${week.label}\n\nNothing ran: ${escapeMarkdown(picked.closed)}.\n`,
      );
      runner.setOutput('conclusion', 'no-window' satisfies CampaignConclusion);
      runner.setOutput('regressions', '0');
      runner.setOutput('failed-jobs', '0');
      return;
    }

    const signal = choice.backend === 'aws-batch' ? leaveJobsRunning() : cancelSignal();
    const cwd = workspace(env);
    const { runId, outcome } = await runWindow(
      {
        campaign: c,
        plan,
        ...picked,
        choice,
        names: NAMES,
        ...optional('historyDir', input('history-dir')),
        runsDir: path.join(env.RUNNER_TEMP || os.tmpdir(), 'batchbench-runs'),
        cwd,
        env,
        log: (line) => runner.info(line),
      },
      {
        prices,
        // A runner's log is not a terminal: a line each tenth of the jobs, and the end.
        progress: new TerminalProgress(process.stdout),
        now: Date.now,
        sleep: (ms) => delay(ms, undefined, { signal }).catch(() => undefined),
        signal,
      },
    );

    const s = outcome.summary;
    const regressions = regressionsOf(outcome);
    const conclusion = conclusionOf(outcome, signal.aborted);
    for (const w of s.warnings ?? []) runner.warning(w, { title: 'batchbench campaign' });
    const again = outcome.alreadyRecorded
      ? `> This window ran and was recorded by an earlier run of ${escapeMarkdown(runId)}: nothing ran now, ` +
        'and its report is repeated here.\n\n'
      : '';
    await appendSummary(again + campaignMarkdown(s), {
      rest: 'Everything is in the file the `summary-json` output names.',
    });

    const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'batchbench-campaign');
    await mkdir(dir, { recursive: true });
    const json = path.join(dir, `${runId}.json`);
    await writeFile(
      json,
      `${JSON.stringify({ runId, day: picked.day, window: picked.window, conclusion, alreadyRecorded: outcome.alreadyRecorded, summary: s }, null, 2)}\n`,
    );
    runner.setOutput('summary-json', json);
    runner.setOutput('run-id', runId);
    runner.setOutput('window', picked.window);
    runner.setOutput('regressions', String(regressions.length));
    runner.setOutput('failed-jobs', String(s.failed));
    runner.setOutput('conclusion', conclusion);

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
    const reasons: string[] = [];
    if (failOnFailedJobs && s.failed > 0) reasons.push(`${s.failed} of ${s.jobs} jobs failed`);
    if (failOnRegression && regressions.length > 0)
      reasons.push(
        `${regressions.length} regression${regressions.length === 1 ? '' : 's'}: ` +
          regressions
            .map((r) => `${r.benchmark} on ${r.instanceType} (p ${formatP(r.p as number)})`)
            .join(', '),
      );
    if (reasons.length > 0) runner.setFailed(`${c.name} ${s.week}, ${s.window}: ${reasons.join('; ')}`);
    else
      runner.info(
        `${c.name} ${s.week}, ${s.window}: ${s.succeeded}/${s.jobs} jobs succeeded, no regression failed the step`,
      );
  });
}
