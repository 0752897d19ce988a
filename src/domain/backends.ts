/**
 * The one list of backends: where a planned job can run. Everything that names a backend (the
 * file's schema enum, validation, the plan, records and reports, the CLI's flags) takes its names
 * from here; test/domain/backend-registry.test.ts keeps the schema's enum equal to it. A new backend
 * adds one line here and its adapter under src/adapters/<name>/, loaded by src/adapters/backends.ts.
 */
export const BACKENDS = [
  {
    name: 'local',
    summary: 'child processes on this machine (the default)',
    label: 'local processes',
    store: 'folder',
  },
  { name: 'aws-batch', summary: 'AWS Batch array jobs, results in S3', label: 'AWS Batch', store: 's3' },
  {
    name: 'slurm',
    summary: 'Slurm job arrays on a cluster, results on its shared filesystem or in an S3 store',
    label: 'Slurm',
    store: 'folder-or-s3',
    notInActions:
      'run a slurm experiment with npx batchbench run FILE on a self-hosted runner on the login node: docs/slurm.md shows the workflow',
  },
] as const satisfies readonly BackendInfo[];

export interface BackendInfo {
  /** What `compute.backend` says; kebab-case. */
  readonly name: string;
  /** One line for the schema's description and the CLI's help. */
  readonly summary: string;
  /** What a progress line calls it: "12 jobs on AWS Batch". */
  readonly label: string;
  /**
   * Where its runs are kept: `folder`, a runs folder (--runs-dir; for a cluster, one its nodes
   * see), or `s3`, the file's results.store. A run kept in S3 outlives the process that submitted
   * it: the actions submit it in one step and wait for it in another. `folder-or-s3`: in the
   * file's results.store when it names one, else in the runs folder; its jobs pass their files
   * through the runs folder either way.
   */
  readonly store: 'folder' | 's3' | 'folder-or-s3';
  /** Why the root action cannot run it, and where to run it instead; absent: it can. */
  readonly notInActions?: string;
}

export type BackendName = (typeof BACKENDS)[number]['name'];

export const BACKEND_NAMES: readonly BackendName[] = BACKENDS.map((b) => b.name);

/** The list's entry of a backend. */
export function backendInfo(name: BackendName): BackendInfo {
  return BACKENDS.find((b) => b.name === name) as BackendInfo;
}

export function isBackendName(value: unknown): value is BackendName {
  return typeof value === 'string' && (BACKEND_NAMES as readonly string[]).includes(value);
}

/** "local, aws-batch or slurm": the names for a message (the listed ones, or those given). */
export function backendList(conjunction = 'or', among: readonly string[] = BACKEND_NAMES): string {
  const names = [...among];
  const last = names.pop() as string;
  return names.length === 0 ? last : `${names.join(', ')} ${conjunction} ${last}`;
}
