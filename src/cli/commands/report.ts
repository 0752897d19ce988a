import { stat } from 'node:fs/promises';
import path from 'node:path';
import { storedReport } from '../../app/report-run.js';
import { FsRunStore } from '../../adapters/fs-run-store.js';
import { savedReportIn } from '../../compose/local.js';
import { pricesAt } from '../../compose/prices.js';
import { DECIDE_FLAGS, DECIDE_HELP, decideFlags } from '../decide-flags.js';
import { COLOR_FLAGS, parseFlags, pickFlags, single, usageError } from '../flags.js';
import type { Io } from '../io.js';
import { exitCodeOf, inconclusiveNotes } from '../outcome.js';
import { chooseFormat, emit, OUTPUT_FLAGS, REPORT_FORMATS, renderReport } from '../output.js';

export const flags = {
  ...OUTPUT_FLAGS,
  ...pickFlags('runs-dir', 'prices'),
  ...DECIDE_FLAGS,
  ...COLOR_FLAGS,
} as const;

export const help = `batchbench report: the report of a finished (or partial) local run, again

Usage:
  batchbench report RUN [--format terminal|markdown|json|html] [--output FILE]

RUN is a run folder (.batchbench/runs/RUN_ID) or a run id in --runs-dir. The report is the one
saved when the run ended; with --prices, or when none is current, it is rebuilt from the run's
manifest and records, never from the experiment file, which may have changed.

Flags:
  --format F          terminal (default), markdown, json or html
  --json              the report as JSON on stdout (the same as --format json)
  --output FILE       write the report to FILE instead of stdout
  --runs-dir DIR      where to look for a run id (default .batchbench/runs)
  --prices FILE       re-price the run with this table instead of the shipped one
${DECIDE_HELP}
  --color, --no-color colour the terminal report or not (default: on a terminal, unless
                      NO_COLOR is set; FORCE_COLOR forces it)
  -h, --help          this help

Exits like the run did: 0, or 1 when a job failed or a target was missed; 2 on bad input.

Examples:
  batchbench report .batchbench/runs/monte-carlo-scaling-20260720-101500Z-a1b2
  batchbench report monte-carlo-scaling-20260720-101500Z-a1b2 --format html --output report.html
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'report');
  const target = single(positionals, 'report', 'run (a run folder or a run id)');
  chooseFormat('report', values, REPORT_FORMATS);
  const decide = decideFlags('report', values);
  const { runsDir, runId } = await locateRun(target, values['runs-dir'], io);
  // The report saved with the run, unless --prices asks to re-price it.
  const { report } = await storedReport(new FsRunStore(runsDir), runId, {
    readSaved: savedReportIn(path.join(runsDir, runId)),
    ...(values.prices ? { reprice: await pricesAt(values.prices, io.cwd) } : {}),
    prices: () => pricesAt(undefined, io.cwd),
    ...(decide ? { decide } : {}),
  });
  await emit(renderReport('report', report, values, io), values, io);
  for (const note of inconclusiveNotes(report)) io.stderr.write(`${note}\n`);
  return exitCodeOf(report);
}

/** A path names a run folder; anything else is a run id in the runs folder. */
async function locateRun(target: string, runsDirFlag: string | undefined, io: Io) {
  const trimmed = target.replace(/[/\\]+$/, '');
  if (!trimmed.includes('/') && !trimmed.includes(path.sep))
    return { runsDir: path.resolve(io.cwd, runsDirFlag ?? '.batchbench/runs'), runId: trimmed };
  const folder = path.resolve(io.cwd, trimmed);
  const info = await stat(folder).catch(() => undefined);
  if (!info)
    throw usageError('report', `${target}: no such run folder`, 'batchbench list shows the runs kept here');
  if (!info.isDirectory())
    throw usageError(
      'report',
      `${target} is a file, not a run folder`,
      `report takes a run folder such as .batchbench/runs/RUN_ID; to run an experiment file: batchbench run ${target}`,
    );
  return { runsDir: path.dirname(folder), runId: path.basename(folder) };
}
