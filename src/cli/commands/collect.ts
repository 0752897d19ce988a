import { collectRun } from '../../app/collect-run.js';
import { pricesAt } from '../../compose/prices.js';
import { RunBusyError } from '../../domain/run-busy.js';
import { escapeTerminal } from '../../domain/terminal-text.js';
import { TerminalProgress } from '../../adapters/terminal/progress.js';
import { storedRun } from '../stored-run.js';
import { COLOR_FLAGS, parseFlags, pickFlags, usageError } from '../flags.js';
import { EXIT, type Io } from '../io.js';
import { exitCodeOf, inconclusiveNotes } from '../outcome.js';
import { chooseFormat, emit, OUTPUT_FLAGS, REPORT_FORMATS, renderReport } from '../output.js';

export const flags = {
  ...OUTPUT_FLAGS,
  ...pickFlags('store', 'runs-dir', 'wait', 'publish', 'prices'),
  ...COLOR_FLAGS,
} as const;

export const help = `batchbench collect: gather a run that went on while nobody waited

Usage:
  batchbench collect RUN_ID --store s3://bucket/prefix/ [--wait] [--publish] [--format F]
  batchbench collect RUN_ID --runs-dir DIR [--wait] [--format F]      (a run kept in a folder)

Reads the run's manifest and results from the store, asks the backend the manifest names about
the jobs still running and prints the report. For an S3 store, credentials and region come from
the standard AWS chain.

Flags:
  --store S3URL       the results store the run was written to (or BATCHBENCH_STORE)
  --runs-dir DIR      a run kept in a folder: the runs folder it is in (instead of --store)
  --wait              keep going until every job finished
  --publish           on GitHub Actions: the report in the job summary and, once the run is
                      finished, where the workflow that submitted it would have put it (its PR's
                      sticky comment, its commit's check), once, with GITHUB_TOKEN
  --prices FILE       price the run with this table instead of the shipped one
  --format F          terminal (default), markdown, json or html
  --json              the report as JSON on stdout (the same as --format json)
  --output FILE       write the report to FILE instead of stdout
  --color, --no-color colour the terminal report or not (default: on a terminal, unless
                      NO_COLOR is set; FORCE_COLOR forces it)
  -h, --help          this help

One process collects a run at a time: a run another process holds (a collector, or the wait
step of the workflow that submitted it) is left alone with its holder named, or with --wait,
waited for.

Exits 0 when the run finished with every job succeeded and no target missed, 1 when jobs are
still running or another process holds the run (collect again later), a job failed or a target
was missed, 2 on bad input.

Examples:
  batchbench collect monte-carlo-cloud-20260720-101500Z-a1b2 --store s3://my-bench/runs/ --wait
  BATCHBENCH_STORE=s3://my-bench/runs/ batchbench collect monte-carlo-cloud-20260720-101500Z-a1b2 --json
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'collect');
  chooseFormat('collect', values, REPORT_FORMATS);
  if (values.publish && !io.env.GITHUB_TOKEN)
    throw usageError(
      'collect',
      'collect --publish needs GITHUB_TOKEN (the workflow token, to comment and create checks)',
    );
  const { runId, store, backend } = await storedRun(positionals, values, io, 'collect');
  const outcome = await collectRun(
    runId,
    {
      store,
      collector: backend,
      prices: await pricesAt(values.prices, io.cwd),
      progress: new TerminalProgress(io.stderr),
      now: Date.now,
      signal: io.signal,
    },
    {
      wait: values.wait === true,
      ...(values.publish
        ? { publish: async (o) => (await import('../publish-collected.js')).publishToGitHub(o, store, io) }
        : {}),
    },
  ).catch((error: unknown) => {
    // Another collector (or the submitting workflow's wait step) has the run: not a mistake.
    if (!(error instanceof RunBusyError)) throw error;
    io.stderr.write(`${escapeTerminal(error.message)}\ncollect again later, or give --wait to wait for it\n`);
    return undefined;
  });
  if (!outcome) return EXIT.failed;
  await emit(renderReport('collect', outcome.report, values, io), values, io);
  if (outcome.unfinished > 0) {
    io.stderr.write(`${outcome.unfinished} jobs still running; collect again later\n`);
    return EXIT.failed;
  }
  for (const note of inconclusiveNotes(outcome.report)) io.stderr.write(`${note}\n`);
  return exitCodeOf(outcome.report);
}
