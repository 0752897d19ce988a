import { cancelRun } from '../../app/cancel-run.js';
import { storedRun } from '../stored-run.js';
import { parseFlags, pickFlags } from '../flags.js';
import { EXIT, type Io } from '../io.js';
import { emitJson } from '../output.js';

export const flags = pickFlags('store', 'runs-dir', 'json');

export const help = `batchbench cancel: stop every unfinished job of a run that outlives its process

Usage:
  batchbench cancel RUN_ID --store s3://bucket/prefix/ [--json]
  batchbench cancel RUN_ID --runs-dir DIR [--json]      (a run kept in a folder)

The run's manifest says which backend it ran on; a local run ends with the batchbench that
runs it. Waiting jobs are cancelled and running ones terminated; what finished stays in the store, and
batchbench collect still reports it.

Flags:
  --store S3URL       the results store the run was written to (or BATCHBENCH_STORE)
  --runs-dir DIR      a run kept in a folder: the runs folder it is in (instead of --store)
  --json              print {"runId", "cancelled", "terminated"} on stdout
  -h, --help          this help

Examples:
  batchbench cancel monte-carlo-cloud-20260720-101500Z-a1b2 --store s3://my-bench/runs/
  BATCHBENCH_STORE=s3://my-bench/runs/ batchbench cancel monte-carlo-cloud-20260720-101500Z-a1b2 --json
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'cancel');
  const { runId, store, backend } = await storedRun(positionals, values, io, 'cancel');
  const { cancelled, terminated } = await cancelRun(runId, { store, canceller: backend, now: Date.now });
  if (values.json) emitJson({ runId, cancelled, terminated }, io);
  else
    io.stderr.write(
      `run ${runId}: cancelled ${cancelled} waiting and terminated ${terminated} running jobs\n`,
    );
  return EXIT.ok;
}
