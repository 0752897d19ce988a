import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkExperiment, hasErrors, unreadable, type CheckedExperiment } from '../app/check-experiment.js';
import { costVariants } from '../app/cost-variants.js';
import { reportRun } from '../app/report-run.js';
import { runExperiment } from '../app/run-experiment.js';
import { cancelRun } from '../app/cancel-run.js';
import { collectRun } from '../app/collect-run.js';
import { FsRunStore } from '../adapters/fs-run-store.js';
import { annotation } from '../adapters/github/workflow-commands.js';
import { hostInfo } from '../adapters/host-info.js';
import { LocalExecutor } from '../adapters/local/local-executor.js';
import { loadPrices } from '../adapters/prices.js';
import { TerminalProgress } from '../adapters/terminal/progress.js';
import { runOutcome } from '../domain/analysis/outcome.js';
import { makeRunId } from '../domain/plan/run-id.js';
import type { Plan } from '../domain/plan/plan.js';
import type { Executor } from '../ports/executor.js';
import type { RunStore } from '../ports/run-store.js';
import type { ReportModel } from '../domain/report/model.js';
import { renderHtml } from '../domain/report/html.js';
import { renderJson } from '../domain/report/json.js';
import { renderMarkdown } from '../domain/report/markdown.js';
import { renderTerminal } from '../domain/report/terminal.js';
import { formatProblem } from '../domain/spec/problem.js';
import { isUserError } from '../domain/user-error.js';
import { renderPlan } from './render-plan.js';

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C / SIGTERM. */
  signal: AbortSignal;
}

/** Exit codes: 0 done (inconclusive targets too), 1 what analysis.fail-on fails (by default failed jobs, missed targets), 2 bad input, 130 interrupted. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

const USAGE = `batchbench: run a YAML experiment, measure it, report what was learned

Usage:
  batchbench validate FILE...            check experiment files; all problems at once, exit 2 on any
  batchbench plan FILE [--json]          the jobs, estimated time and cost; runs nothing
  batchbench run FILE                    run it (local processes unless the file says otherwise)
  batchbench report RUN                  re-render a finished run (a run folder or a run id)
  batchbench list                        the runs in the runs folder
  batchbench compare BASE HEAD           two runs cell by cell: change, interval, p, verdict (--help for more)
  batchbench collect RUN --store S3URL   gather an AWS Batch run that went on while nobody waited (--wait: until done)
  batchbench cancel RUN --store S3URL    stop every unfinished AWS Batch job of a run
  batchbench campaign plan|run FILE      a weekly benchmark campaign (--week, --window, --day, --history-dir)

Options:
  --repeats N         override the file's repeats (plan, run)
  --concurrency N     local backend: jobs' vCPU slots at once (default: the number of cores)
  --backend local     run every cell on local processes, whatever the file says
  --resume RUN_ID     run only the jobs of RUN_ID that have no result yet
  --runs-dir DIR      where runs are kept (default .batchbench/runs)
  --prices FILE       a newer price table than the shipped one
  --format F          report: terminal | markdown | json | html (default terminal)
  --output FILE       write the plan or report to FILE instead of the terminal
  --dry-run           run: validate and plan, run nothing
  --store S3URL       collect, cancel: the results store (s3://bucket/prefix/) the run was written to
  --wait              collect: keep going until every job finished
  --publish           collect: on GitHub Actions, put the report in the job summary and, once the run
                      is finished, publish it where the workflow that submitted it would have (its PR's
                      sticky comment, its commit's check), once, with GITHUB_TOKEN
  --image-uri URI     run on aws-batch: the image when the file has no image.uri
  --json              plan, validate: machine-readable output
`;

const OPTIONS = {
  repeats: { type: 'string' },
  concurrency: { type: 'string' },
  backend: { type: 'string' },
  resume: { type: 'string' },
  'runs-dir': { type: 'string' },
  prices: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'dry-run': { type: 'boolean' },
  store: { type: 'string' },
  wait: { type: 'boolean' },
  publish: { type: 'boolean' },
  'image-uri': { type: 'string' },
  queue: { type: 'string' },
  'spot-queue': { type: 'string' },
  prefix: { type: 'string' },
  json: { type: 'boolean' },
  week: { type: 'string' },
  window: { type: 'string' },
  day: { type: 'string' },
  'history-dir': { type: 'string' },
  color: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

export class UsageError extends Error {}

export async function main(argv: string[], io: Io): Promise<number> {
  // Commands in src/cli/commands parse their own flags.
  if (argv[0] === 'compare') return commandModule(() => import('./commands/compare.js'), argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`batchbench: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.version) {
    io.stdout.write(`batchbench ${VERSION}\n`);
    return EXIT.ok;
  }
  if (values.help || !command) {
    (command || values.help ? io.stdout : io.stderr).write(USAGE);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  try {
    switch (command) {
      case 'validate':
        return await validateCommand(args, values, io);
      case 'plan':
        return await planCommand(args, values, io);
      case 'run':
        return await runCommand(args, values, io);
      case 'report':
        return await reportCommand(args, values, io);
      case 'list':
        return await listCommand(values, io);
      case 'collect':
        return await collectCommand(args, values, io);
      case 'cancel':
        return await cancelCommand(args, values, io);
      case 'campaign':
        return await (await import('./campaign.js')).campaignCommand(args, values, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`batchbench: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    io.stderr.write(`batchbench: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
}

/** Runs a command module; a UserError is the user's mistake: its message and hint, exit 2. */
async function commandModule(
  load: () => Promise<{ run(argv: string[], io: Io): Promise<number> }>,
  argv: string[],
  io: Io,
): Promise<number> {
  try {
    return await (await load()).run(argv, io);
  } catch (error) {
    if (!isUserError(error)) throw error;
    io.stderr.write(`batchbench: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
    return EXIT.usage;
  }
}

declare const __BATCHBENCH_VERSION__: string | undefined;
const VERSION = typeof __BATCHBENCH_VERSION__ === 'string' ? __BATCHBENCH_VERSION__ : 'dev';

function positiveInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} takes a whole number of at least 1, not "${raw}"`);
  return n;
}

/** The file as named (relative to io.cwd), checked; `text` is what was checked, read once. */
async function check(file: string, values: Values, io: Io): Promise<CheckedExperiment & { text?: string }> {
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    return unreadable(file, error);
  }
  const checked = checkExperiment(file, text, {
    prices: await loadPrices(values.prices),
    repeats: positiveInt('repeats', values.repeats),
    localConcurrency: positiveInt('concurrency', values.concurrency) ?? os.availableParallelism(),
  });
  if (values.backend !== undefined && values.backend !== 'local') {
    throw new UsageError(`--backend only takes "local" (to run a cloud experiment on this machine)`);
  }
  if (values.backend === 'local' && checked.plan) forceLocal(checked.plan);
  return { ...checked, text };
}

/** plan and run take experiments; a campaign file is planned and run by `batchbench campaign`. */
function experimentOnly(checked: CheckedExperiment, command: string): void {
  if (checked.kind === 'campaign') {
    throw new UsageError(`${checked.file} is a campaign: use batchbench campaign ${command} ${checked.file}`);
  }
}

function forceLocal(plan: Plan): void {
  for (const job of plan.jobs) job.compute.backend = 'local';
}

function printProblems(checked: CheckedExperiment, io: Io): void {
  // On a GitHub runner each problem also becomes an annotation on its file, line and column.
  const annotate = io.env.GITHUB_ACTIONS === 'true';
  for (const p of checked.problems) {
    io.stderr.write(`${formatProblem(p)}\n`);
    if (annotate) io.stdout.write(`${annotation(p)}\n`);
  }
}

async function validateCommand(files: string[], values: Values, io: Io): Promise<number> {
  if (files.length === 0) throw new UsageError('validate needs at least one file');
  const results = [];
  for (const file of files) results.push(await check(file, values, io));
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify(
        results.map((r) => ({
          file: r.file,
          valid: !hasErrors(r.problems),
          jobs: r.plan?.totals.jobs,
          problems: r.problems,
        })),
        null,
        2,
      )}\n`,
    );
  } else {
    for (const r of results) {
      printProblems(r, io);
      const errors = r.problems.filter((p) => p.severity === 'error').length;
      io.stdout.write(
        errors === 0
          ? r.kind === 'campaign'
            ? `${r.file}: valid campaign (batchbench campaign plan ${r.file} shows its week)\n`
            : `${r.file}: valid, ${r.plan?.totals.jobs ?? 0} jobs in ${r.plan?.cells.length ?? 0} cells\n`
          : `${r.file}: ${errors} problem${errors === 1 ? '' : 's'}\n`,
      );
    }
  }
  return results.some((r) => hasErrors(r.problems)) ? EXIT.usage : EXIT.ok;
}

async function planCommand(args: string[], values: Values, io: Io): Promise<number> {
  const file = single(args, 'plan');
  const checked = await check(file, values, io);
  experimentOnly(checked, 'plan');
  printProblems(checked, io);
  if (hasErrors(checked.problems) || !checked.plan) return EXIT.usage;
  const text =
    values.json || values.output?.endsWith('.json')
      ? `${JSON.stringify(checked.plan, null, 2)}\n`
      : renderPlan(checked.plan);
  await emit(text, values, io);
  return EXIT.ok;
}

async function runCommand(args: string[], values: Values, io: Io): Promise<number> {
  const file = single(args, 'run');
  const checked = await check(file, values, io);
  experimentOnly(checked, 'run');
  printProblems(checked, io);
  if (hasErrors(checked.problems) || !checked.plan || !checked.experiment) return EXIT.usage;
  const plan = checked.plan;
  const cloud = plan.jobs.filter((j) => j.compute.backend !== 'local');
  if (cloud.length > 0 && cloud.length < plan.jobs.length) {
    io.stderr.write(
      `batchbench: ${file} mixes local and aws-batch cells, which one run cannot do yet; ` +
        'run it on this machine with --backend local\n',
    );
    return EXIT.usage;
  }
  if (values['dry-run']) {
    io.stdout.write(renderPlan(plan));
    return EXIT.ok;
  }
  const prices = await loadPrices(values.prices);
  // What was validated and planned is what the run records, even if the file changes meanwhile.
  const source = checked.text as string;
  const runsDir = path.resolve(io.cwd, values['runs-dir'] ?? '.batchbench/runs');
  const runId =
    values.resume ?? makeRunId(checked.experiment.name, new Date(), randomBytes(2).toString('hex'));
  const host = await hostInfo(io.cwd);
  let store: RunStore;
  let executor: Executor;
  if (cloud.length > 0) {
    ({ store, executor } = (await import('./aws-backend.js')).awsBatch(
      checked.experiment,
      plan,
      values,
      io,
      host.gitCommit,
    ));
    io.stderr.write(
      `run ${runId}: ${plan.jobs.length} jobs on AWS Batch, results in ${checked.experiment.results.store}\n`,
    );
  } else {
    store = new FsRunStore(runsDir);
    const concurrency = positiveInt('concurrency', values.concurrency) ?? os.availableParallelism();
    // Cells compared for speedup each get the machine to themselves, so they are measured alike.
    const exclusive = checked.experiment.analysis.speedup !== undefined;
    executor = new LocalExecutor({
      concurrency,
      logDir: path.join(runsDir, runId, 'logs'),
      baseDir: io.cwd,
      exclusiveGroups: exclusive,
    });
    io.stderr.write(
      `run ${runId}: ${plan.jobs.length} jobs on ${concurrency} vCPU slots` +
        `${exclusive ? ', one cell and repeat at a time (speedup is measured)' : ''}\n`,
    );
  }
  const outcome = await runExperiment(
    {
      runId,
      experiment: checked.experiment,
      source,
      plan,
      resume: values.resume !== undefined,
      signal: io.signal,
      variants: costVariants(source, checked.experiment, {
        prices,
        repeats: positiveInt('repeats', values.repeats),
      }),
    },
    {
      store,
      executor,
      progress: new TerminalProgress(io.stderr),
      prices,
      host,
      now: Date.now,
    },
  );
  await emit(render(outcome.report, values, io), values, io);
  io.stderr.write(
    `\nreport: ${outcome.artifacts['report.md']}\n        ${outcome.artifacts['report.html']}\n`,
  );
  if (outcome.cancelled) {
    io.stderr.write(
      `interrupted: what finished is kept; continue with: batchbench run ${file} --resume ${runId}\n`,
    );
    return EXIT.interrupted;
  }
  return verdict(outcome.report);
}

async function collectCommand(args: string[], values: Values, io: Io): Promise<number> {
  if (values.publish && !io.env.GITHUB_TOKEN)
    throw new UsageError(
      'collect --publish needs GITHUB_TOKEN (the workflow token, to comment and create checks)',
    );
  const { runId, store, executor } = await (
    await import('./aws-backend.js')
  ).storedRun(args, values, io, 'collect');
  const outcome = await collectRun(
    runId,
    {
      store,
      collector: executor,
      prices: await loadPrices(values.prices),
      progress: new TerminalProgress(io.stderr),
      now: Date.now,
      signal: io.signal,
    },
    { wait: values.wait === true },
  );
  await emit(render(outcome.report, values, io), values, io);
  if (values.publish) await (await import('./publish-collected.js')).publishToGitHub(outcome, store, io);
  if (outcome.unfinished > 0) {
    io.stderr.write(`${outcome.unfinished} jobs still running; collect again later\n`);
    return EXIT.failed;
  }
  return verdict(outcome.report);
}

async function cancelCommand(args: string[], values: Values, io: Io): Promise<number> {
  const { runId, store, executor } = await (
    await import('./aws-backend.js')
  ).storedRun(args, values, io, 'cancel');
  const { cancelled, terminated } = await cancelRun(runId, { store, canceller: executor, now: Date.now });
  io.stderr.write(`run ${runId}: cancelled ${cancelled} waiting and terminated ${terminated} running jobs\n`);
  return EXIT.ok;
}

async function reportCommand(args: string[], values: Values, io: Io): Promise<number> {
  const target = single(args, 'report');
  const looksLikePath = target.includes('/') || target.includes(path.sep);
  const runsDir = looksLikePath
    ? path.resolve(io.cwd, path.dirname(target.replace(/[/\\]+$/, '')))
    : path.resolve(io.cwd, values['runs-dir'] ?? '.batchbench/runs');
  const runId = looksLikePath ? path.basename(target.replace(/[/\\]+$/, '')) : target;
  const report = await reportRun(runId, {
    store: new FsRunStore(runsDir),
    prices: await loadPrices(values.prices),
  });
  await emit(render(report, values, io), values, io);
  return verdict(report);
}

async function listCommand(values: Values, io: Io): Promise<number> {
  const store = new FsRunStore(path.resolve(io.cwd, values['runs-dir'] ?? '.batchbench/runs'));
  for (const id of await store.list()) io.stdout.write(`${id}\n`);
  return EXIT.ok;
}

function render(report: ReportModel, values: Values, io: Io): string {
  switch (values.format ?? 'terminal') {
    case 'terminal':
      return renderTerminal(report, {
        color: values.color ?? (values.output === undefined && io.stdout.isTTY === true),
      });
    case 'markdown':
      return renderMarkdown(report);
    case 'json':
      return renderJson(report);
    case 'html':
      return renderHtml(report);
    default:
      throw new UsageError(`--format takes terminal, markdown, json or html, not "${values.format}"`);
  }
}

/** The exit code, by the same decision as the pull request check: the file's analysis.fail-on. */
function verdict(report: ReportModel): number {
  return runOutcome(report).exitCode;
}

async function emit(text: string, values: Values, io: Io): Promise<void> {
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
  else io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function single(args: string[], command: string): string {
  if (args.length !== 1) throw new UsageError(`${command} takes one file`);
  return args[0] as string;
}
