/**
 * `batchbench history FILE`: how an experiment (or a campaign) has moved over its stored runs,
 * per cell and metric, with intervals and the regressions the comparison module finds.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { FsHistoryStore } from '../../adapters/history-store.js';
import { FsRunHistoryStore, S3RunHistoryStore } from '../../adapters/run-history-store.js';
import { readSourceFile } from '../../adapters/source-file.js';
import { campaignHistory, experimentHistory } from '../../app/run-history.js';
import { validateCampaignText } from '../../domain/campaign/validate-campaign.js';
import { fileKind } from '../../domain/experiment/file-kind.js';
import { readYamlSource } from '../../domain/experiment/yaml-source.js';
import { TREND_DEFAULTS, type TrendOptions } from '../../domain/history/trend.js';
import { renderHistory, type HistoryFormat } from '../../domain/history/render-history.js';
import type { RunHistoryStore } from '../../domain/history/run-entry.js';
import { useColor } from '../color.js';
import { checkFile, experimentOnly, printProblems } from '../experiment-file.js';
import { COLOR_FLAGS, parseFlags, pickFlags, positiveInt, single, usageError } from '../flags.js';
import { EXIT, type Io } from '../io.js';
import { chooseFormat, emit, OUTPUT_FLAGS } from '../output.js';

export const flags = {
  ...OUTPUT_FLAGS,
  ...pickFlags('history-dir', 'runs-dir', 'limit', 'cell', 'metric'),
  ...COLOR_FLAGS,
} as const;

export const help = `batchbench history: trend charts of an experiment's stored runs, commit by commit

Usage:
  batchbench history FILE [flags]

FILE is an experiment file (its runs on the default branch, and every completed local run, are
kept in the history) or a campaign file (one point per week). Per cell and metric it shows
each commit's mean with its interval, n and median, and marks a regression where the point is
significantly worse than the one before it in the metric's direction (the test batchbench
compare uses, on the per-repeat samples kept); a point that cannot be tested says why.

Flags:
  --history-dir DIR   where the history is kept (default .batchbench/history; with --runs-dir,
                      DIR/history; an experiment whose results.store is s3://... reads it there;
                      a campaign's: its results.store, as campaign run keeps it)
  --runs-dir DIR      the runs folder the history was kept beside (as batchbench run --runs-dir)
  --limit N           the last N commits (default ${TREND_DEFAULTS.limit})
  --cell TEXT         only cells whose name (stage/cell) contains TEXT; several: a,b
  --metric NAME       only these metrics (wall_seconds, or the file's metrics); several: a,b
  --format F          terminal (default: a table with sparklines), markdown (Mermaid charts),
                      html (SVG charts) or json
  --json              the same as --format json
  --output FILE       write to FILE instead of stdout
  --color, --no-color colour the terminal table or not (default: on a terminal, unless NO_COLOR)
  -h, --help          this help

Exits 0, 1 when the newest commit of a trend is a regression, 2 on bad input.

Examples:
  batchbench history experiments/monte-carlo-scaling.yaml
  batchbench history experiments/monte-carlo-scaling.yaml --cell workers=8 --format html --output trend.html
`;

const FORMATS = ['terminal', 'markdown', 'json', 'html'] as const satisfies readonly HistoryFormat[];

function list(raw: string | undefined): string[] | undefined {
  const items = raw
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items && items.length > 0 ? items : undefined;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'history');
  const file = single(positionals, 'history');
  const format = chooseFormat('history', values, FORMATS);
  const options: TrendOptions = {
    limit: positiveInt('history', 'limit', values.limit) ?? TREND_DEFAULTS.limit,
    ...(list(values.cell) ? { cells: list(values.cell) } : {}),
    ...(list(values.metric) ? { metrics: list(values.metric) } : {}),
  };
  await givenFoldersExist(values, io);
  const localDir = path.resolve(
    io.cwd,
    values['history-dir'] ??
      (values['runs-dir'] ? path.join(values['runs-dir'], 'history') : '.batchbench/history'),
  );
  const view = (await isCampaign(file, io))
    ? await campaignView(file, values, io, options)
    : await experimentView(file, values, io, localDir, options);
  await emit(renderHistory(view, format, { color: useColor(values, io.env, io.stdout) }), values, io);
  const newest = view.trends.filter((t) => t.points.at(-1)?.verdict === 'regression');
  for (const t of newest)
    io.stderr.write(`regression: ${t.metric} of ${t.cell} at ${t.points.at(-1)!.label}\n`);
  return newest.length > 0 ? EXIT.failed : EXIT.ok;
}

/** A folder named on the command line that is not there is a typo, not an empty history. */
async function givenFoldersExist(values: { 'history-dir'?: string; 'runs-dir'?: string }, io: Io) {
  for (const flag of ['history-dir', 'runs-dir'] as const) {
    const dir = values[flag];
    if (dir === undefined) continue;
    const isDir = await stat(path.resolve(io.cwd, dir)).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir)
      throw usageError(
        'history',
        `--${flag} ${dir}: no such folder`,
        `give the folder batchbench run or campaign run kept it in`,
      );
  }
}

/**
 * A campaign's history, validated like every file a command reads: kept in its results.store
 * (where campaign run keeps it) unless --history-dir says otherwise.
 */
async function campaignView(
  file: string,
  values: { 'history-dir'?: string; 'runs-dir'?: string },
  io: Io,
  options: TrendOptions,
) {
  const text = await readSourceFile(file, { root: io.cwd, allowNamedOutside: true });
  const validation = validateCampaignText(text, file);
  if (!validation.value) {
    printProblems({ file, kind: 'campaign', problems: validation.problems }, io);
    throw usageError('history', `${file} is not a valid campaign file: fix the problems above`);
  }
  const store = validation.value.results.store;
  const given = values['history-dir'];
  if (given === undefined && store.startsWith('s3://'))
    throw usageError(
      'history',
      `the history of ${validation.value.name} is in ${store}, and history reads a campaign's from a folder`,
      'copy it to a folder and give --history-dir DIR',
    );
  const dir = path.resolve(io.cwd, given ?? store);
  return campaignHistory(validation.value.name, new FsHistoryStore(dir), options);
}

async function isCampaign(file: string, io: Io): Promise<boolean> {
  try {
    const text = await readSourceFile(file, { root: io.cwd, allowNamedOutside: true });
    return fileKind(readYamlSource(text, file)) === 'campaign';
  } catch {
    // Unreadable or not YAML: checkFile below says so, located, with what to do.
    return false;
  }
}

async function experimentView(
  file: string,
  values: { 'history-dir'?: string; 'runs-dir'?: string },
  io: Io,
  localDir: string,
  options: TrendOptions,
) {
  const checked = await checkFile('history', file, {}, io);
  experimentOnly(checked, 'history');
  if (!checked.experiment) {
    printProblems(checked, io);
    throw usageError('history', `${file} is not a valid experiment file: fix the problems above`);
  }
  const exp = checked.experiment;
  const s3 = exp.results.store?.startsWith('s3://') && !values['history-dir'] && !values['runs-dir'];
  const store: RunHistoryStore = s3
    ? await s3Store(exp.results.store!, exp.stages[0]?.compute.region, io)
    : new FsRunHistoryStore(localDir);
  const better = Object.fromEntries(exp.results.metrics.map((m) => [m.name, m.better]));
  return experimentHistory(exp.name, store, { ...options, better });
}

/** The history under an s3:// results store; the AWS SDK loads only for this. */
async function s3Store(url: string, region: string | undefined, io: Io): Promise<RunHistoryStore> {
  const [{ createAwsClients }, { S3Io }, { retryPolicy }, { parseS3Url }] = await Promise.all([
    import('../../adapters/aws/clients.js'),
    import('../../adapters/aws/s3-io.js'),
    import('../../adapters/aws/retry.js'),
    import('../../adapters/aws/s3-location.js'),
  ]);
  const location = parseS3Url(url);
  const clients = createAwsClients({ env: io.env, ...(region ? { region } : {}) });
  return new S3RunHistoryStore(new S3Io(clients.s3, location.bucket, retryPolicy()), location.prefix);
}
