/**
 * The one list of backends: where a planned job can run. Everything that names a backend (the
 * file's schema enum, validation, the plan, records and reports, the CLI's flags) takes its names
 * from here; test/domain/backend-registry.test.ts keeps the schema's enum equal to it. A new backend
 * adds one line here and its adapter under src/adapters/<name>/, loaded by src/adapters/backends.ts.
 */
export const BACKENDS = [
  { name: 'local', summary: 'child processes on this machine (the default)' },
  { name: 'aws-batch', summary: 'AWS Batch array jobs, results in S3' },
  { name: 'slurm', summary: 'Slurm job arrays on a cluster, results on its shared filesystem' },
] as const satisfies readonly BackendInfo[];

export interface BackendInfo {
  /** What `compute.backend` says; kebab-case. */
  readonly name: string;
  /** One line for the schema's description and the CLI's help. */
  readonly summary: string;
}

export type BackendName = (typeof BACKENDS)[number]['name'];

export const BACKEND_NAMES: readonly BackendName[] = BACKENDS.map((b) => b.name);

export function isBackendName(value: unknown): value is BackendName {
  return typeof value === 'string' && (BACKEND_NAMES as readonly string[]).includes(value);
}

/** "local, aws-batch or slurm": the names for a message. */
export function backendList(conjunction = 'or'): string {
  const names = [...BACKEND_NAMES];
  const last = names.pop() as string;
  return names.length === 0 ? last : `${names.join(', ')} ${conjunction} ${last}`;
}
