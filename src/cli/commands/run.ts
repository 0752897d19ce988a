import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { hasErrors } from '../../app/check-experiment.js';
import { costVariants } from '../../app/cost-variants.js';
import { runExperiment } from '../../app/run-experiment.js';
import { FsRunStore } from '../../adapters/fs-run-store.js';
import { hostInfo } from '../../adapters/host-info.js';
import { LocalExecutor } from '../../adapters/local/local-executor.js';
import { loadPrices } from '../../adapters/prices.js';
import { TerminalProgress } from '../../adapters/terminal/progress.js';
import { makeRunId } from '../../domain/plan/run-id.js';
import type { Plan } from '../../domain/plan/plan.js';
import type { Experiment } from '../../domain/spec/experiment.js';
import type { Executor } from '../../ports/executor.js';
import type { RunStore } from '../../ports/run-store.js';
import { checkFile, experimentOnly, printProblems } from '../experiment-file.js';
import { COLOR_FLAGS, parseFlags, positiveInt, single, usageError } from '../flags.js';
import { EXIT, type Io } from '../io.js';
import { exitCodeOf, inconclusiveNotes } from '../outcome.js';
import { chooseFormat, emit, REPORT_FORMATS, renderReport } from '../output.js';
import { renderPlan } from '../render-plan.js';
import { escapeTerminal } from '../../domain/terminal-text.js';

export const flags = {
  repeats: { type: 'string' },
  concurrency: { type: 'string' },
  backend: { type: 'string' },
  resume: { type: 'string' },
  'runs-dir': { type: 'string' },
  prices: { type: 'string' },
  format: { type: 'string' },
  json: { type: 'boolean' },
  output: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'image-uri': { type: 'string' },
  ...COLOR_FLAGS,
} as const;

export const help = `batchbench run: run an experiment, measure it and print its report

Usage:
  batchbench run FILE [flags]

Runs on local processes unless the file says compute.backend: aws-batch or slurm. Progress goes to
stderr, the report to stdout; the run is kept in a folder (--runs-dir) or in results.store.

Flags:
  --repeats N         run N repeats instead of the file's
  --concurrency N     local backend: N vCPU slots at once (default: the number of cores)
  --backend local     run every cell on local processes, whatever the file says
  --resume RUN_ID     run only the jobs of RUN_ID that have no result yet
  --runs-dir DIR      where local and slurm runs are kept (default .batchbench/runs; for
                      slurm, a folder the nodes see at the same path)
  --prices FILE       price the run with this table instead of the shipped one
  --format F          the report as terminal (default), markdown, json or html
  --json              the report as JSON on stdout (the same as --format json)
  --output FILE       write the report to FILE instead of stdout
  --dry-run           validate and plan, run nothing (with --json: the plan as JSON)
  --image-uri URI     aws-batch: the image to run when the file has no image.uri
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
  const prices = await loadPrices(values.prices && path.resolve(io.cwd, values.prices));
  const checked = await checkFile('run', file, values, io, prices);
  experimentOnly(checked, 'run');
  printProblems(checked, io, json);
  if (hasErrors(checked.problems) || !checked.plan || !checked.experiment) return EXIT.usage;
  const { plan, experiment } = checked;
  const cloud = plan.jobs.filter((j) => j.compute.backend !== 'local');
  const backends = new Set(plan.jobs.map((j) => j.compute.backend));
  if (backends.size > 1)
    throw usageError(
      'run',
      `${file} mixes ${[...backends].join(' and ')} cells, which one run cannot do yet`,
      'run it on this machine with --backend local',
    );
  if (values['dry-run']) {
    await emit(json ? `${JSON.stringify(plan, null, 2)}\n` : renderPlan(plan), values, io);
    return EXIT.ok;
  }
  // What was validated and planned is what the run records, even if the file changes meanwhile.
  const source = checked.text as string;
  const runId = values.resume ?? makeRunId(experiment.name, new Date(), randomBytes(2).toString('hex'));
  const host = await hostInfo(io.cwd);
  const { store, executor } = await backendFor(cloud.length > 0, {
    experiment,
    plan,
    runId,
    values,
    io,
    host,
  });
  const repeats = positiveInt('run', 'repeats', values.repeats);
  const outcome = await runExperiment(
    {
      runId,
      experiment,
      source,
      plan,
      resume: values.resume !== undefined,
      signal: io.signal,
      variants: costVariants(source, experiment, { prices, repeats }),
    },
    { store, executor, progress: new TerminalProgress(io.stderr), prices, host, now: Date.now },
  );
  await emit(renderReport('run', outcome.report, values, io), values, io);
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

/** Where the jobs run: AWS Batch when the file says so, else local processes. */
async function backendFor(
  cloud: boolean,
  args: {
    experiment: Experiment;
    plan: Plan;
    runId: string;
    values: { 'runs-dir'?: string; concurrency?: string; 'image-uri'?: string };
    io: Io;
    host: { gitCommit?: string };
  },
): Promise<{ store: RunStore; executor: Executor }> {
  const { experiment, plan, runId, values, io } = args;
  if (plan.jobs.some((j) => j.compute.backend === 'slurm')) {
    const { slurmBackend } = await import('../../adapters/slurm/slurm-backend.js');
    const runsDir = values['runs-dir'] ?? '.batchbench/runs';
    io.stderr.write(`run ${runId}: ${plan.jobs.length} jobs on Slurm, runs in ${runsDir}\n`);
    const log = (line: string) => io.stderr.write(`${escapeTerminal(line)}\n`);
    return slurmBackend({ plan, runsDir, cwd: io.cwd, env: io.env, log });
  }
  if (cloud) {
    // Loaded only for a cloud run: the AWS SDK is most of the bundle and a local run needs none of it.
    const { awsBatch } = await import('../aws-backend.js');
    const backend = awsBatch(experiment, plan, { imageUri: values['image-uri'] }, io, args.host.gitCommit);
    io.stderr.write(
      `run ${runId}: ${plan.jobs.length} jobs on AWS Batch, results in ${experiment.results.store}\n`,
    );
    return backend;
  }
  const runsDir = path.resolve(io.cwd, values['runs-dir'] ?? '.batchbench/runs');
  const concurrency = positiveInt('run', 'concurrency', values.concurrency) ?? os.availableParallelism();
  // Cells compared for speedup each get the machine to themselves, so they are measured alike.
  const exclusive = experiment.analysis.speedup !== undefined;
  const executor = new LocalExecutor({
    concurrency,
    logDir: path.join(runsDir, runId, 'logs'),
    baseDir: io.cwd,
    exclusiveGroups: exclusive,
  });
  io.stderr.write(
    `run ${runId}: ${plan.jobs.length} jobs on ${concurrency} vCPU slots` +
      `${exclusive ? ', one cell and repeat at a time (speedup is measured)' : ''}\n`,
  );
  return { store: new FsRunStore(runsDir), executor };
}
