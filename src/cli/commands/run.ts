import os from 'node:os';
import path from 'node:path';
import { hasErrors } from '../../app/check-experiment.js';
import { runExperiment } from '../../app/run-experiment.js';
import { TerminalProgress } from '../../adapters/terminal/progress.js';
import { backendOf } from '../../compose/experiment.js';
import { backendForRun } from '../../compose/backend.js';
import { hostOf, newRunId } from '../../compose/local.js';
import type { Plan } from '../../domain/plan/plan.js';
import { gitBranch } from '../../adapters/git-branch.js';
import { FsRunHistoryStore } from '../../adapters/run-history-store.js';
import { recordRun } from '../../app/run-history.js';
import type { ReportModel } from '../../domain/report/model.js';
import { withDecide } from '../../domain/experiment/decide.js';
import { withImage } from '../../domain/plan/stage-template.js';
import type { Experiment } from '../../domain/experiment/experiment.js';
import { escapeTerminal } from '../../domain/terminal-text.js';
import type { Backend } from '../../ports/backend.js';
import type { HostInfo } from '../../ports/host-info.js';
import type { RunStore } from '../../ports/run-store.js';
import { CHECK_FLAGS, checkFile, experimentOnly, printProblems } from '../experiment-file.js';
import { DECIDE_FLAGS, DECIDE_HELP, decideFlags } from '../decide-flags.js';
import { COLOR_FLAGS, parseFlags, pickFlags, positiveInt, single, usageError } from '../flags.js';
import { EXIT, type Io } from '../io.js';
import { exitCodeOf, inconclusiveNotes } from '../outcome.js';
import { chooseFormat, emit, OUTPUT_FLAGS, REPORT_FORMATS, renderReport } from '../output.js';
import { renderPlan } from '../render-plan.js';

export const flags = {
  ...CHECK_FLAGS,
  ...OUTPUT_FLAGS,
  ...pickFlags('resume', 'history-dir', 'dry-run', 'image-uri'),
  ...DECIDE_FLAGS,
  ...COLOR_FLAGS,
} as const;

export const help = `batchbench run: run an experiment, measure it and print its report

Usage:
  batchbench run FILE [flags]

Runs on local processes unless the file names another compute.backend. Progress goes to stderr,
the report to stdout; the run is kept in a folder (--runs-dir) or in results.store, as its
backend does.

Flags:
  --repeats N         run N repeats instead of the file's
  --concurrency N     local backend: N vCPU slots at once (default: the number of cores)
  --backend local     run every cell on local processes, whatever the file says
  --resume RUN_ID     run only the jobs of RUN_ID that have no result yet
  --runs-dir DIR      where runs kept in a folder go (default .batchbench/runs; on a
                      cluster, a folder its nodes see at the same path)
  --history-dir DIR   where a complete run kept in a folder adds its entry to the experiment's history
                      (default .batchbench/history; with --runs-dir, DIR/history)
  --prices FILE       price the run with this table instead of the shipped one
  --format F          the report as terminal (default), markdown, json or html
  --json              the report as JSON on stdout (the same as --format json)
  --output FILE       write the report to FILE instead of stdout
  --dry-run           validate and plan, run nothing (with --json: the plan as JSON)
  --image-uri URI     aws-batch: the image to run when the file has no image.uri
  --allow-over-budget run even when the estimate is over budget.max-usd (or unknown)
${DECIDE_HELP}
  --color, --no-color colour the terminal report or not (default: on a terminal, unless
                      NO_COLOR is set; FORCE_COLOR forces it)
  -h, --help          this help

Exits 0 when every job succeeded and no target was missed (an inconclusive target is said so
and exits 0), 1 when a job failed or a target was missed, 2 on bad input (nothing ran),
130 when interrupted (what finished is kept; --resume continues).

Examples:
  batchbench run experiments/monte-carlo-scaling.yaml
  batchbench run experiments/monte-carlo-cloud.yaml --backend local --repeats 5 --json > report.json
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'run');
  const file = single(positionals, 'run');
  const json = chooseFormat('run', values, REPORT_FORMATS) === 'json';
  // Git is asked now and answers while the file is checked: only the run needs its answers.
  const git = { host: hostOf(io.cwd, io.env), branch: gitBranch(io.cwd) };
  // Read, validated, planned and priced once: what was checked is what the run records.
  const checked = await checkFile('run', file, values, io);
  experimentOnly(checked, 'run');
  printProblems(checked, io, json);
  if (hasErrors(checked.problems) || !checked.plan || !checked.experiment || checked.source === undefined)
    return EXIT.usage;
  const { source, prices } = checked;
  // An image given to the run is part of its plan, so a later collect submits with it too.
  const plan = withImage(checked.plan, values['image-uri']);
  const experiment = withDecide(checked.experiment, decideFlags('run', values));
  const where = backendOf(plan);
  if (where === 'mixed')
    throw usageError(
      'run',
      `${file} mixes ${[...new Set(plan.jobs.map((j) => j.compute.backend))].join(' and ')} cells, which one run cannot do yet`,
      'run it on this machine with --backend local',
    );
  if (values['dry-run']) {
    await emit(json ? `${JSON.stringify(plan, null, 2)}\n` : renderPlan(plan), values, io);
    return EXIT.ok;
  }
  const runId = values.resume ?? newRunId(experiment.name);
  const host = await git.host;
  const { store, backend, kind } = await backendFor({
    experiment,
    plan,
    runId,
    values,
    io,
    host,
  });
  const outcome = await runExperiment(
    {
      runId,
      experiment,
      source,
      plan,
      resume: values.resume !== undefined,
      signal: io.signal,
      ...(checked.variants ? { variants: checked.variants } : {}),
    },
    { store, executor: backend, progress: new TerminalProgress(io.stderr), prices, host, now: Date.now },
  );
  await emit(renderReport('run', outcome.report, values, io), values, io);
  // A run kept in a runs folder keeps its history beside it; one in S3 has the actions' history.
  if (kind === 'folder' && !outcome.cancelled)
    await keepHistory(outcome.report, experiment, await git.branch, values, io);
  io.stderr.write(
    `\nreport: ${outcome.artifacts['report.md']}\n        ${outcome.artifacts['report.html']}\n`,
  );
  if (outcome.cancelled) {
    io.stderr.write(
      `interrupted: what finished is kept; continue with: batchbench run ${file} --resume ${runId}\n`,
    );
    return EXIT.interrupted;
  }
  for (const note of inconclusiveNotes(outcome.report)) io.stderr.write(`${note}\n`);
  return exitCodeOf(outcome.report);
}

/** A complete local run adds its entry to the history (batchbench history draws it). */
async function keepHistory(
  report: ReportModel,
  experiment: Experiment,
  ref: string | undefined,
  values: { 'runs-dir'?: string; 'history-dir'?: string },
  io: Io,
): Promise<void> {
  const dir =
    values['history-dir'] ??
    (values['runs-dir'] ? path.join(values['runs-dir'], 'history') : '.batchbench/history');
  const where = await recordRun(report, new FsRunHistoryStore(path.resolve(io.cwd, dir)), {
    ...(ref ? { ref } : {}),
    metrics: experiment.results.metrics,
  });
  if (where) io.stderr.write(`history: ${where}\n`);
}

/** Where the jobs run: the backend the plan names, built by the composition root. */
async function backendFor(args: {
  experiment: Experiment;
  plan: Plan;
  runId: string;
  values: { 'runs-dir'?: string; concurrency?: string };
  io: Io;
  host: HostInfo;
}): Promise<{ store: RunStore; backend: Backend; kind: 'folder' | 's3' }> {
  const { values, io } = args;
  const made = await backendForRun({
    experiment: args.experiment,
    plan: args.plan,
    runId: args.runId,
    ...(values['runs-dir'] ? { runsDir: values['runs-dir'] } : {}),
    concurrency: positiveInt('run', 'concurrency', values.concurrency) ?? os.availableParallelism(),
    ...(args.host.gitCommit ? { gitCommit: args.host.gitCommit } : {}),
    cwd: io.cwd,
    env: io.env,
    log: (line) => io.stderr.write(`${escapeTerminal(line)}\n`),
  });
  io.stderr.write(`run ${args.runId}: ${escapeTerminal(made.line)}\n`);
  return made;
}
