import type { PlannedJob } from '../../domain/plan/plan.js';
import { UserError } from '../../domain/user-error.js';
import type {
  Backend,
  BackendFactory,
  CancelOutcome,
  CollectOptions,
  ExecuteOptions,
} from '../../ports/backend.js';
import type { RunManifest } from '../../ports/run-store.js';
import { LocalExecutor, type LocalExecutorOptions } from './executor.js';

/**
 * The local backend as the backend port: local processes end with the process that runs them,
 * so there is nothing to collect or cancel from another one. A run cut short is continued with
 * `batchbench run FILE --resume RUN_ID`, which runs what it lacks.
 */
export class LocalBackend implements Backend {
  readonly name = 'local' as const;
  private readonly executor: LocalExecutor;

  constructor(options: LocalExecutorOptions) {
    this.executor = new LocalExecutor(options);
  }

  execute(jobs: readonly PlannedJob[], options: ExecuteOptions): Promise<void> {
    return this.executor.execute(jobs, options);
  }

  async collect(manifest: RunManifest, _options: CollectOptions): Promise<{ unfinished: number }> {
    throw notAttachable(manifest, 'collect');
  }

  async cancel(manifest: RunManifest): Promise<CancelOutcome> {
    throw notAttachable(manifest, 'cancel');
  }
}

function notAttachable(manifest: RunManifest, what: 'collect' | 'cancel'): UserError {
  return new UserError(
    `run ${manifest.runId} ran on local processes, which end with the batchbench that started them: there is nothing to ${what}`,
    {
      hint:
        what === 'collect'
          ? `run what it lacks with: batchbench run ${manifest.experimentFile} --resume ${manifest.runId}`
          : 'stop a local run with Ctrl-C in the terminal that runs it',
    },
  );
}

/** The local backend from the registry's setup (src/adapters/backends.ts). */
export const createLocalBackend: BackendFactory = (setup) =>
  new LocalBackend({
    logDir: setup.logDir,
    baseDir: setup.cwd,
    plan: setup.plan,
    ...(setup.concurrency !== undefined ? { concurrency: setup.concurrency } : {}),
    ...(setup.exclusiveGroups ? { exclusiveGroups: true } : {}),
    ...(setup.maxVcpus !== undefined ? { maxVcpus: setup.maxVcpus } : {}),
  });
