import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { campaignMarkdown, campaignTerminal } from '../domain/campaign/campaign-report.js';
import {
  campaignQueuesTemplate,
  DEFAULT_QUEUE_PREFIX,
  defaultQueuePatterns,
  renderQueuesTemplate,
} from '../domain/campaign/queues-template.js';
import { renderCampaignPlan } from '../domain/campaign/render-plan.js';
import { loadPrices } from '../adapters/prices.js';
import { readUserFile } from '../adapters/read-user-file.js';
import { TerminalProgress } from '../adapters/terminal/progress.js';
import { planCampaignText } from '../app/campaign-plan.js';
import type { CheckedCampaign } from '../app/campaign-plan.js';
import { isoWeekOf, parseIsoWeek } from '../domain/campaign/week.js';
import type { IsoWeek } from '../domain/campaign/week.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import { formatProblem } from '../domain/spec/problem.js';
import { chooseBackend, pickWindow, runWindow, type SettingNames } from '../entrypoints/campaign-window.js';
import { ConfigurationError } from '../entrypoints/configuration-error.js';
import { EXIT, UsageError } from './main.js';
import type { Io, Values } from './main.js';

export const CAMPAIGN_USAGE = `Campaigns (kind: campaign files, EXPERIMENT-SPEC.md section 5):
  batchbench campaign plan FILE [--week 2026-W48] [--output plan.json]   the week's jobs; runs nothing
  batchbench campaign run FILE --window current|NAME [--day N] [--week W] [--backend local|aws-batch] [--history-dir DIR]
      aws-batch: on-demand jobs on --queue (or BATCHBENCH_QUEUE), Spot jobs on --spot-queue (or
      BATCHBENCH_SPOT_QUEUE) falling back to --queue, image from --image-uri, runs and history in
      results.store; run again for the same window, it carries on with the jobs already submitted.
      Batch cannot pin a job to an instance type: a queue with {instance-type} (or {family},
      {size}) is one queue per type, e.g. --queue bench-{instance-type} -> bench-m7i-large
  batchbench campaign queues FILE [--prefix P] [--queue PATTERN] [--spot-queue PATTERN]
      prints a CloudFormation template (YAML) of those queues, one per instance type of the file
      (on-demand, and Spot for its Spot sizes), to deploy on the outputs of infra/batchbench.cfn.yaml;
      queues default to P-{instance-type} and P-spot-{instance-type}, P to bench
`;

/** `batchbench campaign plan|run ...`; exit 2 on a bad file or a plan that cannot fit. */
export async function campaignCommand(args: string[], values: Values, io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'plan') return planSub(rest, values, io);
  if (sub === 'run') return runSub(rest, values, io);
  if (sub === 'queues') return queuesSub(rest, values, io);
  throw new UsageError(
    `campaign takes "plan", "run" or "queues", not ${sub === undefined ? 'nothing' : `"${sub}"`}\n\n${CAMPAIGN_USAGE}`,
  );
}

export function weekOption(values: Values, now: number): IsoWeek {
  const raw = values.week;
  if (raw === undefined) return isoWeekOf(now);
  const week = parseIsoWeek(raw);
  if (!week) throw new UsageError(`--week takes an ISO week such as 2026-W48, not "${raw}"`);
  return week;
}

/** Reads and plans the campaign file, its problems on stderr; prices is the table it was planned with. */
export async function checkCampaignFile(
  file: string,
  values: Values,
  io: Io,
  week: IsoWeek,
): Promise<CheckedCampaign & { prices?: PriceTable }> {
  const checked = await planCampaignFile(file, values, io, week);
  for (const p of checked.problems) io.stderr.write(`${formatProblem(p)}\n`);
  return checked;
}

async function planCampaignFile(
  file: string,
  values: Values,
  io: Io,
  week: IsoWeek,
): Promise<CheckedCampaign & { prices?: PriceTable }> {
  let text: string;
  try {
    text = await readUserFile(file, { root: io.cwd, allowNamedOutside: true });
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
            typeof (error as { reason?: unknown }).reason === 'string'
              ? (error as { reason: string }).reason
              : code === 'ENOENT'
                ? 'no such file'
                : `cannot read the file (${code ?? (error as Error).message})`,
          hint: 'give the path of a campaign file, e.g. experiments/weekly-instance-benchmarks.yaml',
        },
      ],
    };
  }
  const prices = await loadPrices(values.prices);
  return { ...planCampaignText(file, text, week, prices), prices };
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

async function queuesSub(args: string[], values: Values, io: Io): Promise<number> {
  if (args.length !== 1) throw new UsageError('campaign queues takes one file');
  const prefix = values.prefix ?? DEFAULT_QUEUE_PREFIX;
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(prefix))
    throw new UsageError(`--prefix takes letters, digits, '-' and '_', not "${prefix}"`);
  const defaults = defaultQueuePatterns(prefix);
  const patterns = {
    queue: values.queue ?? defaults.queue,
    spotQueue: values['spot-queue'] ?? defaults.spotQueue,
  };
  const checked = await checkCampaignFile(args[0] as string, values, io, weekOption(values, Date.now()));
  if (!checked.plan || !checked.campaign) return EXIT.usage;
  const built = campaignQueuesTemplate(checked.campaign, patterns);
  if ('problem' in built) throw new UsageError(built.problem);
  const given = [
    ...(values.prefix !== undefined ? [`--prefix ${values.prefix}`] : []),
    ...(values.queue !== undefined ? [`--queue '${values.queue}'`] : []),
    ...(values['spot-queue'] !== undefined ? [`--spot-queue '${values['spot-queue']}'`] : []),
  ];
  const command = ['batchbench campaign queues', args[0] as string, ...given].join(' ');
  io.stdout.write(renderQueuesTemplate(checked.campaign, patterns, built, command));
  return EXIT.ok;
}

/** How the command line spells each setting, for messages. */
const NAMES: SettingNames = {
  backend: 'campaign run: --backend',
  window: '--window',
  day: '--day',
  queue: '--queue (or BATCHBENCH_QUEUE)',
  spotQueue: '--spot-queue (or BATCHBENCH_SPOT_QUEUE)',
  imageUri: '--image-uri',
  historyDir: '--history-dir',
};

/** A setting the user got wrong is a usage error here: exit 2, nothing run. */
async function asUsage<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ConfigurationError) throw new UsageError(error.message);
    throw error;
  }
}

async function runSub(args: string[], values: Values, io: Io): Promise<number> {
  if (args.length !== 1) throw new UsageError('campaign run takes one file');
  const choice = await asUsage(() =>
    chooseBackend(
      {
        ...(values.backend !== undefined ? { backend: values.backend } : {}),
        ...(values.queue !== undefined ? { queue: values.queue } : {}),
        ...(values['spot-queue'] !== undefined ? { spotQueue: values['spot-queue'] } : {}),
        ...(values['image-uri'] !== undefined ? { imageUri: values['image-uri'] } : {}),
      },
      io.env,
      NAMES,
    ),
  );
  const now = Date.now();
  const week = weekOption(values, now);
  const checked = await checkCampaignFile(args[0] as string, values, io, week);
  const { campaign: c, plan, prices } = checked;
  if (!plan || !c || !prices) return EXIT.usage;
  const picked = await asUsage(() =>
    pickWindow(
      c,
      week,
      now,
      {
        ...(values.window !== undefined ? { window: values.window } : {}),
        ...(values.day !== undefined ? { day: values.day } : {}),
      },
      NAMES,
    ),
  );
  if ('closed' in picked) {
    io.stderr.write(`batchbench campaign: ${picked.closed}\n`);
    return EXIT.ok;
  }
  const { outcome } = await asUsage(() =>
    runWindow(
      {
        campaign: c,
        plan,
        ...picked,
        choice,
        names: NAMES,
        ...(values['history-dir'] !== undefined ? { historyDir: values['history-dir'] } : {}),
        runsDir: values['runs-dir'] ?? '.batchbench/runs',
        cwd: io.cwd,
        env: io.env,
        log: (line) => io.stderr.write(`${line}\n`),
      },
      {
        prices,
        progress: new TerminalProgress(io.stderr),
        now: Date.now,
        sleep: (ms) => delay(ms, undefined, { signal: io.signal }).catch(() => undefined),
        signal: io.signal,
      },
    ),
  );
  const text =
    values.format === 'markdown' ? campaignMarkdown(outcome.summary) : campaignTerminal(outcome.summary);
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
  if (io.signal.aborted) return EXIT.interrupted;
  const regressed = outcome.summary.comparisons.some((x) => x.verdict === 'regression');
  return outcome.summary.failed > 0 || regressed ? EXIT.failed : EXIT.ok;
}
