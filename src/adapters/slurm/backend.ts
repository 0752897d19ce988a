import { UserError } from '../../domain/user-error.js';
import type { BackendFactory } from '../../ports/backend.js';
import { FsRunStore } from '../fs-run-store.js';
import { slurmBackend } from './slurm-backend.js';

/**
 * The Slurm backend from the registry's setup (src/adapters/backends.ts). Its tasks write their
 * records into the runs folder, which the nodes must see at the same path. The run (manifest,
 * records, report) is kept there too, or in the S3 results store when the file names one: then
 * batchbench, on the login node, uploads each record as it collects it. The nodes never talk to
 * S3: compute nodes often have no route to the internet and no credentials, and the login node
 * that submits has both (it is where a user's `aws` works).
 */
export const createSlurmBackend: BackendFactory = (setup) => {
  const runsDir = setup.store instanceof FsRunStore ? setup.store.root : setup.runsDir;
  if (!runsDir)
    throw new UserError('a slurm run needs a runs folder on the shared filesystem, even with an S3 store', {
      hint: 'give --runs-dir a folder every node sees at the same path',
    });
  return slurmBackend({
    plan: setup.plan,
    runsDir,
    store: setup.store,
    cwd: setup.cwd,
    env: setup.env,
    log: setup.log,
  }).executor;
};
