/**
 * `batchbench compare BASE HEAD`: two runs of an experiment, cell by cell, with the same
 * statistics and table as a pull request's comparison with its base branch.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { FsRunStore } from '../../adapters/fs-run-store.js';
import { loadPrices } from '../../adapters/prices.js';
import { comparedRunOf } from '../../app/report-run.js';
import { loadRun as readStoredRun } from '../../app/stored-run.js';
import { compareReports, type ReportComparison } from '../../domain/analysis/compare-reports.js';
import { comparisonOptions, runOutcome } from '../../domain/analysis/outcome.js';
import {
  renderComparisonHtml,
  renderComparisonJson,
  renderComparisonMarkdown,
  renderComparisonTerminal,
} from '../../domain/report/comparison-table.js';
import type { ComparedRun } from '../../domain/analysis/compared-run.js';
import { thresholdBeyondBound } from '../../domain/experiment/units.js';
import { UserError } from '../../domain/user-error.js';
import { parseFlags, pickFlags, usageError } from '../flags.js';
import type { Io } from '../io.js';
import { chooseFormat, emit, REPORT_FORMATS, renderDocument, type Renderers } from '../output.js';

export const help = `batchbench compare BASE HEAD: compare two runs cell by cell

Usage:
  batchbench compare BASE HEAD [options]

BASE and HEAD are run folders (a path, e.g. .batchbench/runs/20261203T101500Z-ab12cd) or run
ids in the runs folder. For each cell's wall time per repeat it shows the change of the mean
with its interval, Welch's t and Mann-Whitney p, Hedges' g and a verdict: regression,
improvement, unchanged, inconclusive (more repeats would tell) or untestable (and why).

Options:
  --format F        terminal | markdown | json | html (default terminal)
  --output FILE     write the comparison to FILE instead of the terminal
  --runs-dir DIR    where run ids are looked up (default .batchbench/runs)
  --test T          welch | mann-whitney: the test that decides (default welch)
  --threshold P     changes within P do not count, e.g. 5% (default: HEAD's analysis.fail-on.regression, else 5%)
  --prices FILE     a newer price table than the shipped one
  -h, --help        this text

Exit status: 0, or 1 when HEAD fails by its analysis.fail-on (a regression beyond the threshold
fails only when fail-on.regression is set); 2 when a run is missing or an option is wrong.

Examples:
  batchbench compare 20261201T090000Z-1a2b3c 20261203T101500Z-ab12cd
  batchbench compare runs/before runs/after --format html --output compare.html
`;

/** The flags compare takes (the router answers --help). */
export const flags = pickFlags('format', 'output', 'runs-dir', 'test', 'threshold', 'prices');

const RENDERERS: Renderers<ReportComparison> = {
  terminal: (c) => renderComparisonTerminal(c),
  markdown: (c) =>
    renderComparisonMarkdown(c, { heading: `${c.experiment}: head against base`, maxRows: Infinity }),
  json: renderComparisonJson,
  html: renderComparisonHtml,
};

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'compare');
  if (positionals.length !== 2)
    throw usageError('compare', `compare takes two runs, not ${positionals.length}`);
  chooseFormat('compare', values, REPORT_FORMATS);
  const test = values.test ?? 'welch';
  if (test !== 'welch' && test !== 'mann-whitney')
    throw usageError('compare', `--test takes welch or mann-whitney, not "${test}"`);
  const threshold = values.threshold === undefined ? undefined : percent(values.threshold);
  const basePlace = placeOf(positionals[0] as string, values['runs-dir'], io);
  const headPlace = placeOf(positionals[1] as string, values['runs-dir'], io);
  const same = await sameRun(basePlace, headPlace);
  if (same !== undefined) throw comparedWithItself(same);
  const prices = await loadPrices(values.prices && path.resolve(io.cwd, values.prices));
  // One after the other: only one run's records are in memory at a time.
  const base = await loadRun(basePlace, prices);
  const head = await loadRun(headPlace, prices);
  comparable(base, head);
  const options = {
    ...comparisonOptions(head),
    ...(threshold !== undefined ? { threshold } : {}),
    test: test as 'welch' | 'mann-whitney',
  };
  const comparison = compareReports(base, head, options);
  await emit(renderDocument('compare', comparison, RENDERERS, values, io), values, io);
  return runOutcome(head, comparison).exitCode;
}

function comparedWithItself(runId: string): UserError {
  return new UserError(`both runs are ${runId}: a run compared with itself shows no change`, {
    hint: "give the base run first and the run to check second, e.g. the main branch's latest and yours",
  });
}

/**
 * The run both places name, if they name one (the same run id, or one folder through a link):
 * told from the paths alone, so a run compared with itself is refused before anything is read.
 */
async function sameRun(a: RunPlace, b: RunPlace): Promise<string | undefined> {
  if (a.runId === b.runId) return a.runId;
  const real = (folder: string) => realpath(folder).catch(() => folder);
  const [realA, realB] = await Promise.all([real(a.folder), real(b.folder)]);
  return realA === realB ? path.basename(realA) : undefined;
}

/**
 * A run against itself, or against another experiment's run, compares nothing: refused before
 * any output. The run ids read catch a run folder copied under another name.
 */
function comparable(base: ComparedRun, head: ComparedRun): void {
  if (base.run.id === head.run.id) throw comparedWithItself(base.run.id);
  if (base.experiment.name !== head.experiment.name)
    throw new UserError(
      `the runs are of different experiments (${base.experiment.name}, ${head.experiment.name}): their cells do not correspond`,
      { hint: 'compare two runs of one experiment; batchbench list shows the experiment of each run' },
    );
}

function percent(raw: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw);
  if (!m) throw usageError('compare', `--threshold takes a percentage such as 5% or 2.5%, not "${raw}"`);
  const beyond = thresholdBeyondBound(raw);
  if (beyond) throw usageError('compare', `--threshold ${beyond}`);
  return Number(m[1]) / 100;
}

/** Where a run given on the command line is: the runs folder holding it, its id, its folder. */
interface RunPlace {
  root: string;
  runId: string;
  folder: string;
}

/** A run folder given by path, or a run id in the runs folder. */
function placeOf(target: string, runsDir: string | undefined, io: Io): RunPlace {
  const trimmed = target.replace(/[/\\]+$/, '');
  const looksLikePath = trimmed.includes('/') || trimmed.includes(path.sep) || trimmed.startsWith('.');
  const root = looksLikePath
    ? path.resolve(io.cwd, path.dirname(trimmed))
    : path.resolve(io.cwd, runsDir ?? '.batchbench/runs');
  const runId = looksLikePath ? path.basename(trimmed) : trimmed;
  return { root, runId, folder: path.join(root, runId) };
}

/** What a comparison reads of a run's report. */
async function loadRun(
  { root, runId, folder }: RunPlace,
  prices: Awaited<ReturnType<typeof loadPrices>>,
): Promise<ComparedRun> {
  const kind = await stat(folder).then(
    (s) => (s.isDirectory() ? 'dir' : 'file'),
    () => 'missing',
  );
  if (kind === 'missing')
    throw new UserError(`no run ${runId} in ${root}`, {
      hint: 'give a run folder or a run id listed by batchbench list (with --runs-dir if the runs are elsewhere)',
    });
  const isRun =
    kind === 'dir' &&
    (await stat(path.join(folder, 'manifest.json')).then(
      () => true,
      () => false,
    ));
  if (!isRun)
    throw new UserError(`${folder} is not a run folder (it has no manifest.json)`, {
      hint: 'give the folder batchbench run made, e.g. .batchbench/runs/<run id>',
    });
  return comparedRunOf(await readStoredRun(new FsRunStore(root), runId), prices);
}
