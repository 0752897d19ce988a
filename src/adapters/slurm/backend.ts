import { UserError } from '../../domain/user-error.js';
import type { BackendFactory } from '../../ports/backend.js';
import { FsRunStore } from '../fs-run-store.js';
import { slurmBackend } from './slurm-backend.js';

/**
 * The Slurm backend from the registry's setup (src/adapters/backends.ts). Its tasks write their
 * records into the runs folder, which the nodes must see at the same path: the run is kept in
 * a folder, never in an S3 store.
 */
export const createSlurmBackend: BackendFactory = (setup) => {
  if (!(setup.store instanceof FsRunStore))
    throw new UserError('a slurm run is kept in a runs folder on the shared filesystem, not in an S3 store', {
      hint: 'leave results.store out and give --runs-dir a folder every node sees at the same path',
    });
  return slurmBackend({
    plan: setup.plan,
    runsDir: setup.store.root,
    cwd: setup.cwd,
    env: setup.env,
    log: setup.log,
  }).executor;
};
