import type { BackendName } from '../domain/backends.js';
import type { Backend, BackendFactory, BackendSetup } from '../ports/backend.js';

/**
 * How each backend of src/domain/backends.ts is made, loaded only when a run uses it (the AWS
 * SDK is most of the bundle). The type makes this list and the domain's one and the same: a
 * name without a loader, or a loader without a name, does not compile.
 */
export const BACKEND_LOADERS: { readonly [N in BackendName]: () => Promise<BackendFactory> } = {
  local: async () => (await import('./local/local-backend.js')).createLocalBackend,
  'aws-batch': async () => (await import('./aws/batch/backend.js')).createBatchBackend,
  slurm: async () => (await import('./slurm/backend.js')).createSlurmBackend,
};

/** The backend named, made from the setup. */
export async function createBackend(name: BackendName, setup: BackendSetup): Promise<Backend> {
  const factory = await BACKEND_LOADERS[name]();
  return factory(setup);
}
