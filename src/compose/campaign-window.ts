// Running one window of a campaign, wired the same way for `batchbench campaign run` and the
// campaign action: which window, which backend, the run id, the executor and the history. It
// imports neither the CLI nor @actions/*, and loads the AWS SDK only for an aws-batch window.
import path from 'node:path';
import { FsHistoryStore } from '../adapters/history-store.js';
import { LocalExecutor } from '../adapters/local/local-executor.js';
import {
  runCampaignWindow,
  windowJobs,
  type BatchTarget,
  type CampaignRunDeps,
  type CampaignRunOutcome,
} from '../app/campaign-run.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import type { CampaignPlan } from '../domain/campaign/plan-types.js';
import { queueTemplateProblem } from '../domain/campaign/queue-names.js';
import { DAY_MS, mondayOf, type IsoWeek } from '../domain/campaign/week.js';
import { windowRunId } from '../domain/campaign/window-run-id.js';
import { newRunId } from './local.js';
import { UserError } from '../domain/user-error.js';

/** How the caller spells each setting, so a message names what the user can change. */
export interface SettingNames {
  backend: string;
  window: string;
  day: string;
  queue: string;
  spotQueue: string;
  imageUri: string;
  historyDir: string;
}

export const BACKENDS = ['local', 'aws-batch'] as const;
export type CampaignBackend = (typeof BACKENDS)[number];

export interface BackendChoice {
  backend: CampaignBackend;
  /** aws-batch: where the jobs go (queue templates checked, not yet filled in). */
  batch?: BatchTarget;
  imageUri?: string;
}

/**
 * The backend and, for aws-batch, its queues and image. The campaign file names no queue or
 * image: they come from the workflow (options, or BATCHBENCH_QUEUE / BATCHBENCH_SPOT_QUEUE).
 */
export function chooseBackend(
  given: { backend?: string; queue?: string; spotQueue?: string; imageUri?: string },
  env: NodeJS.ProcessEnv,
  names: SettingNames,
): BackendChoice {
  const backend = given.backend ?? 'local';
  if (!(BACKENDS as readonly string[]).includes(backend))
    throw new UserError(`${names.backend} takes "local" or "aws-batch", not "${backend}"`);
  if (backend === 'local') return { backend: 'local' };
  const queue = given.queue || env.BATCHBENCH_QUEUE || undefined;
  const spotQueue = given.spotQueue || env.BATCHBENCH_SPOT_QUEUE || undefined;
  if (!queue)
    throw new UserError(
      `a campaign on aws-batch needs ${names.queue}: the AWS Batch job queue for on-demand jobs, ` +
        'one per instance type when it holds {instance-type} (e.g. bench-{instance-type})',
    );
  for (const [name, template] of [
    [names.queue, queue],
    [names.spotQueue, spotQueue],
  ] as const) {
    const problem = template === undefined ? undefined : queueTemplateProblem(template);
    if (problem) throw new UserError(`${name}: ${problem}`);
  }
  if (!given.imageUri)
    throw new UserError(`a campaign on aws-batch needs ${names.imageUri}: the image holding the benchmarks`);
  return {
    backend: 'aws-batch',
    batch: { queue, ...(spotQueue ? { spotQueue } : {}) },
    imageUri: given.imageUri,
  };
}

export type PickedWindow = { day: number; window: string } | { closed: string };

/**
 * Which day and window to run: the one open now (`current`), or a named one on the given day or
 * today. No window open now, or today outside the campaign's days, is `closed`: the normal
 * outcome of a scheduled run between windows, not an error.
 */
export function pickWindow(
  c: Pick<Campaign, 'schedule'>,
  week: IsoWeek,
  now: number,
  given: { window?: string; day?: string },
  names: Pick<SettingNames, 'window' | 'day'>,
): PickedWindow {
  const { windows, days } = c.schedule;
  const name = given.window ?? 'current';
  if (name !== 'current' && !windows.some((w) => w.name === name))
    throw new UserError(
      `${names.window} takes current or one of ${windows.map((w) => w.name).join(', ')}, not "${name}"`,
    );
  let day: number;
  if (given.day !== undefined) {
    day = Number(given.day);
    if (!Number.isInteger(day) || day < 1 || day > days)
      throw new UserError(`${names.day} takes 1 to ${days}, not "${given.day}"`);
  } else {
    day = Math.floor((now - mondayOf(week)) / DAY_MS) + 1;
    if (day < 1 || day > days) {
      const why = `today is not one of the campaign's ${days} days of ${week.label}`;
      if (name !== 'current') throw new UserError(`${why}; give ${names.day}`);
      return { closed: why };
    }
  }
  if (name !== 'current') return { day, window: name };
  const minute = Math.floor((now % DAY_MS) / 60_000);
  const open = windows.find((w) => w.startMinute <= minute && minute < w.endMinute);
  if (!open) {
    const at = new Date(now).toISOString().slice(11, 16);
    const list = windows.map((w) => `${w.name} ${clock(w.startMinute)}-${clock(w.endMinute)}`).join(', ');
    return { closed: `no window is open now (${at} UTC): ${list} UTC` };
  }
  return { day, window: open.name };
}

function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export interface WindowRun {
  campaign: Campaign;
  plan: CampaignPlan;
  day: number;
  window: string;
  choice: BackendChoice;
  names: SettingNames;
  /** Local backend: the history's folder, relative to cwd; the file's results.store when absent. */
  historyDir?: string;
  /** Local backend: where the jobs' logs go, relative to cwd. */
  runsDir: string;
  /** The folder the local jobs run in. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** AWS Batch executor lines (submissions, RUNNABLE warnings). */
  log: (line: string) => void;
}

/**
 * Runs the window: on AWS Batch under the window's run id, so a process started again for it
 * (a runner that died, the next scheduled run) attaches to what was submitted; locally under a
 * new one.
 */
export async function runWindow(
  w: WindowRun,
  deps: Omit<CampaignRunDeps, 'executor' | 'history' | 'runs'>,
): Promise<{ runId: string; outcome: CampaignRunOutcome }> {
  const { campaign: c, plan, day, window, choice } = w;
  const jobs = windowJobs(plan, day, window);
  let backend: Pick<CampaignRunDeps, 'executor' | 'history' | 'runs'>;
  let runId: string;
  if (choice.backend === 'aws-batch') {
    const batch = choice.batch as BatchTarget;
    const spot = jobs.find((j) => j.capacity !== 'on-demand');
    if (spot && !batch.spotQueue)
      throw new UserError(
        `${c.name} runs ${spot.size} and larger on Spot (schedule.spot); give ${w.names.spotQueue}, the AWS Batch job queue for Spot jobs`,
      );
    runId = windowRunId(c, plan, jobs, day, window);
    const { awsCampaign } = await import('./aws-campaign.js');
    backend = await awsCampaign(
      { campaign: c, plan, day, window, batch, ...(choice.imageUri ? { imageUri: choice.imageUri } : {}) },
      { env: w.env, stderr: { write: (text: string) => w.log(text.replace(/\n$/, '')) } },
    );
  } else {
    const historyDir = w.historyDir ?? c.results.store;
    if (historyDir.startsWith('s3://'))
      throw new UserError(
        `the local backend keeps the history in a folder, and results.store of ${c.file} is ${historyDir}: give ${w.names.historyDir}`,
      );
    runId = newRunId(c.name, deps.now());
    backend = {
      executor: new LocalExecutor({
        concurrency: c.schedule.maxConcurrent,
        logDir: path.resolve(w.cwd, w.runsDir, runId, 'logs'),
        baseDir: w.cwd,
      }),
      history: new FsHistoryStore(path.resolve(w.cwd, historyDir)),
    };
  }
  const outcome = await runCampaignWindow(
    { campaign: c, plan, day, window, runId, ...(choice.batch ? { batch: choice.batch } : {}) },
    { ...backend, ...deps },
  );
  return { runId, outcome };
}
