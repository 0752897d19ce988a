import path from 'node:path';
import type { Plan } from '../../domain/plan/plan.js';
import { HOST_ENV_ALLOWLIST } from '../../domain/plan/workload-env.js';
import type { RunStore } from '../../ports/run-store.js';
import { FsRunStore } from '../fs-run-store.js';
import { countingCommands, execSlurmCommands } from './commands.js';
import { SlurmExecutor } from './slurm-executor.js';

export interface SlurmBackendOptions {
  plan: Plan;
  /** Where runs are kept: a folder every node sees at the same path (a shared filesystem). */
  runsDir: string;
  /** Where batchbench was started: relative commands and workdirs are relative to it. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Where the run is kept: the runs folder's own store when absent, or an S3 results store. */
  store?: RunStore;
}

/**
 * The Slurm backend: the tasks' files in a folder on the shared filesystem (the run kept there
 * too, or in the store given), jobs as arrays on the cluster the Slurm client commands on PATH
 * reach (SLURM_CONF picks another).
 * BATCHBENCH_SLURM_ACCOUNTING=1 says the cluster keeps accounting (sacct is asked too).
 */
export function slurmBackend(options: SlurmBackendOptions) {
  const commands = countingCommands(execSlurmCommands(options.env));
  const runsDir = path.resolve(options.cwd, options.runsDir);
  const store = options.store ?? new FsRunStore(runsDir);
  const executor = new SlurmExecutor({
    plan: options.plan,
    commands,
    runsDir,
    baseDir: options.cwd,
    accounting: options.env.BATCHBENCH_SLURM_ACCOUNTING === '1',
    exportVars: HOST_ENV_ALLOWLIST.filter((name) => options.env[name] !== undefined),
    log: options.log,
    commandsSummary: () => commands.summary(),
    storedRecords: (runId) => store.readRecords(runId),
  });
  return { store, executor, commands };
}
