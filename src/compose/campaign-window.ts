// Running one window of a campaign, wired the same way for `batchbench campaign run` and the
// campaign action: which window, which backend, the run id, the backend and the history. It
// imports neither the CLI nor @actions/*; the backend is made through the registry
// (campaign-backend.ts), so no line here names one.
import { backendEntry, registeredBackendList } from '../adapters/backends.js';
import {
  runCampaignWindow,
  windowJobs,
  type BatchTarget,
  type CampaignRunDeps,
  type CampaignRunOutcome,
} from '../app/campaign-run.js';
import type { BackendInfo } from '../domain/backends.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import { backendMismatch, placementNeeds } from '../domain/campaign/placement.js';
import type { CampaignPlan } from '../domain/campaign/plan-types.js';
import { queueTemplateProblem } from '../domain/campaign/queue-names.js';
import { DAY_MS, mondayOf, type IsoWeek } from '../domain/campaign/week.js';
import { UserError } from '../domain/user-error.js';
import { campaignBackend, type CampaignSeams } from './campaign-backend.js';

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

export interface BackendChoice {
  /** The backend's registry entry: its name, label, store, and whether the actions can run it. */
  entry: BackendInfo;
  /** A backend placing jobs by queue: where they go (queue templates checked, not yet filled in). */
  batch?: BatchTarget;
  imageUri?: string;
}

/**
 * The backend, and the queues and image it needs when it places jobs by queue. The campaign file
 * names no queue or image: they come from the workflow (options, or BATCHBENCH_QUEUE /
 * BATCHBENCH_SPOT_QUEUE).
 */
export function chooseBackend(
  given: { backend?: string; queue?: string; spotQueue?: string; imageUri?: string },
  env: NodeJS.ProcessEnv,
  names: SettingNames,
): BackendChoice {
  const backend = given.backend ?? 'local';
  let entry: BackendInfo;
  try {
    entry = backendEntry(backend);
  } catch {
    throw new UserError(`${names.backend} takes ${registeredBackendList()}, not "${backend}"`);
  }
  const needs = placementNeeds(backend);
  if (needs.length === 0) return { entry };
  const queue = given.queue || env.BATCHBENCH_QUEUE || undefined;
  const spotQueue = given.spotQueue || env.BATCHBENCH_SPOT_QUEUE || undefined;
  if (needs.includes('queue') && !queue)
    throw new UserError(
      `a campaign on ${backend} needs ${names.queue}: the job queue for on-demand jobs, ` +
        'one per instance type when it holds {instance-type} (e.g. bench-{instance-type})',
    );
  for (const [name, template] of [
    [names.queue, queue],
    [names.spotQueue, spotQueue],
  ] as const) {
    const problem = template === undefined ? undefined : queueTemplateProblem(template);
    if (problem) throw new UserError(`${name}: ${problem}`);
  }
  if (needs.includes('image') && !given.imageUri)
    throw new UserError(`a campaign on ${backend} needs ${names.imageUri}: the image holding the benchmarks`);
  return {
    entry,
    ...(queue ? { batch: { queue, ...(spotQueue ? { spotQueue } : {}) } } : {}),
    ...(given.imageUri ? { imageUri: given.imageUri } : {}),
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
  /** A backend keeping runs in a folder: the history's folder, relative to cwd; the file's results.store when absent. */
  historyDir?: string;
  /** A backend keeping runs in a folder: where the window's runs and logs go, relative to cwd. */
  runsDir: string;
  /** Where batchbench was started: relative commands start here. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The backend's own lines (submissions, waiting jobs). */
  log: (line: string) => void;
}

/**
 * Runs the window under the window's run id, so a process started again for it (a runner that
 * died, the next scheduled run) attaches to what was submitted or finished.
 */
export async function runWindow(
  w: WindowRun,
  deps: Omit<CampaignRunDeps, 'executor' | 'history' | 'runs'>,
  seams: CampaignSeams = {},
): Promise<{ runId: string; outcome: CampaignRunOutcome }> {
  const { campaign: c, plan, day, window, choice } = w;
  const { name: backend, label } = choice.entry;
  const mismatch = backendMismatch(backend, c);
  if (mismatch) throw new UserError(mismatch);
  const batch = choice.batch;
  const spot = windowJobs(plan, day, window).find((j) => j.capacity !== 'on-demand');
  if (batch && spot && !batch.spotQueue)
    throw new UserError(
      `${c.name} runs ${spot.size} and larger on Spot (schedule.spot); give ${w.names.spotQueue}, the job queue for Spot jobs`,
    );
  const target = { backend, label, ...(batch ? { batch } : {}) };
  const made = await campaignBackend(
    {
      campaign: c,
      plan,
      day,
      window,
      target,
      ...(choice.imageUri ? { imageUri: choice.imageUri } : {}),
      ...(w.historyDir ? { historyDir: w.historyDir } : {}),
      historyDirName: w.names.historyDir,
      runsDir: w.runsDir,
      cwd: w.cwd,
      env: w.env,
      log: w.log,
    },
    seams,
  );
  const outcome = await runCampaignWindow(
    { campaign: c, plan, day, window, runId: made.runId, target },
    { executor: made.backend, history: made.history, runs: made.runs, ...deps },
  );
  return { runId: made.runId, outcome };
}
