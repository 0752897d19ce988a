import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { registeredBackendList, registeredBackendNames } from '../../adapters/backends.js';
import { TerminalProgress } from '../../adapters/terminal/progress.js';
import { campaignMarkdown, campaignTerminal } from '../../domain/campaign/campaign-report.js';
import { chooseBackend, pickWindow, runWindow, type SettingNames } from '../../compose/campaign-window.js';
import { checkCampaignFile, weekOf } from '../campaign-file.js';
import { parseFlags, pickFlags, single } from '../flags.js';
import { EXIT, type Io } from '../io.js';
import { chooseFormat, OUTPUT_FLAGS } from '../output.js';

export const flags = {
  ...OUTPUT_FLAGS,
  ...pickFlags(
    'window',
    'day',
    'week',
    'backend',
    'queue',
    'spot-queue',
    'image-uri',
    'history-dir',
    'runs-dir',
    'prices',
  ),
} as const;

/** Built when printed, so that --backend lists the backends registered by then, plugged-in ones too. */
export function help(): string {
  return `batchbench campaign run: run one window of a campaign's week and compare with earlier weeks

Usage:
  batchbench campaign run FILE --window current|NAME [--day N] [--week W] [--backend ${registeredBackendNames().join('|')}]

Runs the window's share of the week's plan, appends the results to the history and compares
each benchmark with earlier weeks. Run again for the same window and it carries on with the
jobs already started or submitted.

Flags:
  --window W          current (the window open now; outside every window: says so, exits 0) or a window's name
  --day N             with a named window: the day of the week, 1 (Monday) to 7
  --week W            the ISO week (default: this week)
  --backend B         ${registeredBackendList()} (default local): aws-batch places each job by queue, and a
                      campaign on a cluster's node types goes to that cluster's backend
  --queue Q           aws-batch: the on-demand queue (or BATCHBENCH_QUEUE); {instance-type},
                      {family} and {size} make it one queue per instance type, e.g. bench-{instance-type}
  --spot-queue Q      aws-batch: the Spot queue (or BATCHBENCH_SPOT_QUEUE), falling back to --queue
  --image-uri URI     aws-batch: the image the benchmarks run in
  --history-dir DIR   where the history is kept, for a backend keeping runs in a folder (default:
                      the file's results.store, .batchbench/history); aws-batch keeps runs and
                      history in the file's results.store
  --runs-dir DIR      where the window's runs are kept, for a backend keeping runs in a folder
                      (default .batchbench/runs); on a cluster, a folder every node sees
  --prices FILE       price with this table instead of the shipped one
  --format F          terminal (default), markdown or json
  --json              the window's summary as JSON on stdout (the same as --format json)
  --output FILE       write the summary to FILE instead of stdout
  -h, --help          this help

Exits 0 when every job succeeded and nothing regressed, 1 when a job failed or a benchmark
regressed, 2 on bad input, 130 when interrupted.

Examples:
  batchbench campaign run experiments/weekly-instance-benchmarks.yaml --window current
  batchbench campaign run experiments/weekly-instance-benchmarks.yaml --window morning --day 1 --backend aws-batch --queue 'bench-{instance-type}' --image-uri 123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:latest
`;
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

/** Drops the settings not given, as the wiring's optional fields want. */
function given<T extends Record<string, string | undefined>>(o: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: string;
  };
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'campaign run');
  const file = single(positionals, 'campaign run');
  const format = chooseFormat('campaign run', values, ['terminal', 'markdown', 'json'] as const);
  // A setting the user got wrong is a UserError from the wiring: exit 2, nothing run.
  const choice = chooseBackend(
    given({
      backend: values.backend,
      queue: values.queue,
      spotQueue: values['spot-queue'],
      imageUri: values['image-uri'],
    }),
    io.env,
    NAMES,
  );
  const now = Date.now();
  const week = weekOf(values.week, now, '--week');
  const { campaign, plan, prices } = await checkCampaignFile(file, values.prices, io, week);
  if (!plan || !campaign || !prices) return EXIT.usage;
  const picked = pickWindow(campaign, week, now, given({ window: values.window, day: values.day }), NAMES);
  if ('closed' in picked) {
    io.stderr.write(`batchbench campaign: ${picked.closed}\n`);
    return EXIT.ok;
  }
  const { outcome } = await runWindow(
    {
      campaign,
      plan,
      ...picked,
      choice,
      names: NAMES,
      ...given({ historyDir: values['history-dir'] }),
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
  );
  const s = outcome.summary;
  const text =
    format === 'json'
      ? `${JSON.stringify(s, null, 2)}\n`
      : format === 'markdown'
        ? campaignMarkdown(s)
        : campaignTerminal(s);
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
  if (io.signal.aborted) return EXIT.interrupted;
  const regressed = s.comparisons.some((x) => x.verdict === 'regression');
  return s.failed > 0 || regressed ? EXIT.failed : EXIT.ok;
}
