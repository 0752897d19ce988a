import { BACKENDS, backendList, type BackendInfo, type BackendName } from '../domain/backends.js';
import { UserError } from '../domain/user-error.js';
import type { Backend, BackendFactory, BackendSetup } from '../ports/backend.js';

type Loader = () => Promise<BackendFactory>;

/**
 * How each backend of src/domain/backends.ts is made, loaded only when a run uses it (the AWS
 * SDK is most of the bundle). The type makes this list and the domain's one and the same: a
 * name without a loader, or a loader without a name, does not compile.
 */
export const BACKEND_LOADERS: { readonly [N in BackendName]: Loader } = {
  local: async () => (await import('./local/local-backend.js')).createLocalBackend,
  'aws-batch': async () => (await import('./aws/batch/backend.js')).createBatchBackend,
  slurm: async () => (await import('./slurm/backend.js')).createSlurmBackend,
};

const registered = new Map<string, { info: BackendInfo; load: Loader }>(
  BACKENDS.map((info) => [info.name, { info, load: BACKEND_LOADERS[info.name] }]),
);

/**
 * Adds a backend beside the listed ones, made and attached exactly as they are: how a test
 * plugs in a backend of its own (a file's schema knows only the listed names, so a run of it
 * starts from a plan, not a file). Returns what removes it again.
 */
export function addBackend(info: BackendInfo, load: Loader): () => void {
  if (registered.has(info.name)) throw new Error(`a backend named ${info.name} exists already`);
  registered.set(info.name, { info, load });
  return () => registered.delete(info.name);
}

/** The names of the backends there are now, plugged-in ones too. */
export function registeredBackendNames(): string[] {
  return [...registered.keys()];
}

/** The backends there are now, plugged-in ones too, as backendList words them for a message. */
export function registeredBackendList(conjunction = 'or'): string {
  return backendList(conjunction, registeredBackendNames());
}

/** The entry of a backend by name: what it is called and where its runs are kept. */
export function backendEntry(name: string): BackendInfo {
  const found = registered.get(name);
  if (!found)
    throw new UserError(`no backend is named ${name}`, {
      hint: `this batchbench knows ${registeredBackendNames().join(', ')}: a newer one may know it`,
    });
  return found.info;
}

/** The backend named, made from the setup. */
export async function createBackend(name: string, setup: BackendSetup): Promise<Backend> {
  backendEntry(name);
  const factory = await (registered.get(name) as { load: Loader }).load();
  return factory(setup);
}
