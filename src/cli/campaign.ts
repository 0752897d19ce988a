import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { FsHistoryStore } from '../adapters/history-store.js';
import { LocalExecutor } from '../adapters/local/local-executor.js';
import { runCampaignWindow, windowJobs } from '../app/campaign-run.js';
import type { BatchTarget, CampaignRunDeps } from '../app/campaign-run.js';
import { campaignMarkdown, campaignTerminal } from '../domain/campaign/campaign-report.js';
import { renderCampaignPlan } from '../domain/campaign/render-plan.js';
import { windowRunId } from '../domain/campaign/window-run-id.js';
import { DAY_MS, mondayOf } from '../domain/campaign/week.js';
import { makeRunId } from '../domain/plan/run-id.js';
import { loadPrices } from '../adapters/prices.js';
import { TerminalProgress } from '../adapters/terminal/progress.js';
import { planCampaignText } from '../app/campaign-plan.js';
import type { CheckedCampaign } from '../app/campaign-plan.js';
import { isoWeekOf, parseIsoWeek } from '../domain/campaign/week.js';
import type { IsoWeek } from '../domain/campaign/week.js';
import { formatProblem } from '../domain/spec/problem.js';
import { EXIT, UsageError } from './main.js';
import type { Io, Values } from './main.js';

export const CAMPAIGN_USAGE = `Campaigns (kind: campaign files, EXPERIMENT-SPEC.md section 5):
  batchbench campaign plan FILE [--week 2026-W48] [--output plan.json]   the week's jobs; runs nothing
  batchbench campaign run FILE --window current|NAME [--day N] [--week W] [--backend local|aws-batch] [--history-dir DIR]
      aws-batch: on-demand jobs on --queue (or BATCHBENCH_QUEUE), Spot jobs on --spot-queue (or
      BATCHBENCH_SPOT_QUEUE) falling back to --queue, image from --image-uri, runs and history in
      results.store; run again for the same window, it carries on with the jobs already submitted
`;

/** `batchbench campaign plan|run ...`; exit 2 on a bad file or a plan that cannot fit. */
export async function campaignCommand(args: string[], values: Values, io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'plan') return planSub(rest, values, io);
  if (sub === 'run') return runSub(rest, values, io);
  throw new UsageError(
    `campaign takes "plan" or "run", not ${sub === undefined ? 'nothing' : `"${sub}"`}\n\n${CAMPAIGN_USAGE}`,
  );
}

export function weekOption(values: Values, now: number): IsoWeek {
  const raw = values.week;
  if (raw === undefined) return isoWeekOf(now);
  const week = parseIsoWeek(raw);
  if (!week) throw new UsageError(`--week takes an ISO week such as 2026-W48, not "${raw}"`);
  return week;
}

export async function checkCampaignFile(
  file: string,
  values: Values,
  io: Io,
  week: IsoWeek,
): Promise<CheckedCampaign> {
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          message:
            code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? (error as Error).message})`,
          hint: 'give the path of a campaign file, e.g. experiments/weekly-instance-benchmarks.yaml',
        },
      ],
    };
  }
  const checked = planCampaignText(file, text, week, await loadPrices(values.prices));
  for (const p of checked.problems) io.stderr.write(`${formatProblem(p)}\n`);
  return checked;
}

async function planSub(args: string[], values: Values, io: Io): Promise<number> {
  if (args.length !== 1) throw new UsageError('campaign plan takes one file');
  const week = weekOption(values, Date.now());
  const checked = await checkCampaignFile(args[0] as string, values, io, week);
  if (!checked.plan) return EXIT.usage;
  const json = values.json === true || values.output?.endsWith('.json') === true;
  const text = json ? `${JSON.stringify(checked.plan, null, 2)}\n` : renderCampaignPlan(checked.plan);
  if (values.output) {
    await writeFile(path.resolve(io.cwd, values.output), text);
    io.stderr.write(
      `${checked.plan.jobs.length} jobs for ${checked.plan.week} written to ${values.output}\n`,
    );
  } else io.stdout.write(text);
  return EXIT.ok;
}

/** Which day and window to run: the one open now (`current`), or a named one on --day or today. */
function pickWindow(
  values: Values,
  week: IsoWeek,
  windows: readonly { name: string; startMinute: number; endMinute: number }[],
  days: number,
  now: number,
): { day: number; window: string } | string {
  const raw = values;
  const todayIndex = Math.floor((now - mondayOf(week)) / DAY_MS) + 1;
  const day = raw.day === undefined ? todayIndex : Number(raw.day);
  if (!Number.isInteger(day) || day < 1 || day > days)
    return raw.day === undefined
      ? `today is not one of the campaign's ${days} days of ${week.label}; give --day N`
      : `--day takes 1 to ${days}, not "${raw.day}"`;
  const name = raw.window ?? 'current';
  if (name === 'current') {
    const minute = Math.floor((now % DAY_MS) / 60_000);
    const open = windows.find((w) => w.startMinute <= minute && minute < w.endMinute);
    if (!open)
      return `no window is open now (${new Date(now).toISOString().slice(11, 16)} UTC): ${windows.map((w) => w.name).join(', ')}`;
    return { day, window: open.name };
  }
  if (!windows.some((w) => w.name === name))
    return `--window takes current or one of ${windows.map((w) => w.name).join(', ')}, not "${name}"`;
  return { day, window: name };
}

async function runSub(args: string[], values: Values, io: Io): Promise<number> {
  if (args.length !== 1) throw new UsageError('campaign run takes one file');
  const backend = values.backend ?? 'local';
  if (backend !== 'local' && backend !== 'aws-batch')
    throw new UsageError(`campaign run: --backend takes "local" or "aws-batch", not "${backend}"`);
  // The campaign file names no queue or image: they come from the workflow's environment.
  const queue = values.queue ?? io.env.BATCHBENCH_QUEUE;
  const spotQueue = values['spot-queue'] ?? io.env.BATCHBENCH_SPOT_QUEUE;
  if (backend === 'aws-batch' && !queue)
    throw new UsageError(
      'campaign run --backend aws-batch needs --queue (or BATCHBENCH_QUEUE): the AWS Batch job queue for on-demand jobs',
    );
  if (backend === 'aws-batch' && !values['image-uri'])
    throw new UsageError(
      'campaign run --backend aws-batch needs --image-uri: the image holding the benchmarks',
    );
  const now = Date.now();
  const week = weekOption(values, now);
  const checked = await checkCampaignFile(args[0] as string, values, io, week);
  if (!checked.plan || !checked.campaign) return EXIT.usage;
  const c = checked.campaign;
  const picked = pickWindow(values, week, c.schedule.windows, c.schedule.days, now);
  if (typeof picked === 'string') {
    io.stderr.write(`batchbench campaign: ${picked}\n`);
    // No window open now is a normal outcome for a scheduled workflow, not an error.
    return (values.window ?? 'current') === 'current' ? EXIT.ok : EXIT.usage;
  }
  const jobs = windowJobs(checked.plan, picked.day, picked.window);
  const window: Parameters<typeof runCampaignWindow>[0] = {
    campaign: c,
    plan: checked.plan,
    day: picked.day,
    window: picked.window,
    // On AWS Batch the jobs outlive this process: run again, it attaches to them.
    runId:
      backend === 'aws-batch'
        ? windowRunId(c, checked.plan, jobs, picked.day, picked.window)
        : makeRunId(c.name, new Date(now), randomBytes(2).toString('hex')),
  };
  let backendDeps: Pick<CampaignRunDeps, 'executor' | 'history' | 'runs'>;
  if (backend === 'aws-batch') {
    const spot = jobs.find((j) => j.capacity !== 'on-demand');
    if (spot && !spotQueue)
      throw new UsageError(
        `campaign run: ${c.name} runs ${spot.size} and larger on Spot (schedule.spot); give --spot-queue (or BATCHBENCH_SPOT_QUEUE), the AWS Batch job queue for Spot jobs`,
      );
    const batch: BatchTarget = { queue: queue as string, ...(spotQueue ? { spotQueue } : {}) };
    // Loaded only here: the AWS SDK is most of the CLI and a local run should not load it.
    const { awsCampaign } = await import('./aws-backend.js');
    backendDeps = await awsCampaign({ ...window, batch, imageUri: values['image-uri'] as string }, io);
    window.batch = batch;
  } else {
    const historyDir = path.resolve(io.cwd, values['history-dir'] ?? c.results.store);
    const runsDir = path.resolve(io.cwd, values['runs-dir'] ?? '.batchbench/runs');
    backendDeps = {
      executor: new LocalExecutor({
        concurrency: c.schedule.maxConcurrent,
        logDir: path.join(runsDir, window.runId, 'logs'),
        baseDir: io.cwd,
      }),
      history: new FsHistoryStore(historyDir),
    };
  }
  const outcome = await runCampaignWindow(window, {
    ...backendDeps,
    prices: await loadPrices(values.prices),
    progress: new TerminalProgress(io.stderr),
    now: Date.now,
    sleep: (ms) => delay(ms, undefined, { signal: io.signal }).catch(() => undefined),
    signal: io.signal,
  });
  const text =
    values.format === 'markdown' ? campaignMarkdown(outcome.summary) : campaignTerminal(outcome.summary);
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
  if (io.signal.aborted) return EXIT.interrupted;
  const regressed = outcome.summary.comparisons.some((x) => x.verdict === 'regression');
  return outcome.summary.failed > 0 || regressed ? EXIT.failed : EXIT.ok;
}
