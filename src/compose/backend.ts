// Every backend is made here, through the registry (src/adapters/backends.ts), for the CLI and
// the actions alike: a new run from its plan, or a stored run from its manifest. Nothing here
// names a backend; what differs between them is in their entry of src/domain/backends.ts (where
// their runs are kept) and in the setup fields each reads or ignores.
import path from 'node:path';
import { backendEntry, createBackend } from '../adapters/backends.js';
import { FsRunStore } from '../adapters/fs-run-store.js';
import { backendOf } from './experiment.js';
import type { BackendInfo } from '../domain/backends.js';
import type { Experiment } from '../domain/experiment/experiment.js';
import { validateExperimentText } from '../domain/experiment/validate.js';
import type { Plan } from '../domain/plan/plan.js';
import { withImage, withTemplates } from '../domain/plan/stage-template.js';
import { UserError } from '../domain/user-error.js';
import type { RunManifest, RunStore } from '../ports/run-store.js';

/** What any backend may need; each reads what it needs and ignores the rest. */
export interface BackendSettings {
  /** The folder runs kept in a folder go to, relative to cwd (default .batchbench/runs). */
  runsDir?: string;
  /** The results store of a backend that keeps runs in S3; the file's results.store when absent. */
  storeUrl?: string;
  /** Where batchbench was started: relative commands, workdirs and runsDir start here. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Stop waiting after this long (0: submit, look once, return); the jobs of a remote backend go on. */
  deadlineMs?: number;
}

export interface RunSettings extends BackendSettings {
  experiment: Experiment;
  /** One backend's jobs (backendOf). */
  plan: Plan;
  runId: string;
  /** The image the jobs run in when the file names none. */
  imageUri?: string;
  gitCommit?: string;
  /** Local slots; the machine's cores when absent. */
  concurrency?: number;
}

/** A store, and where it is: the runs folder, or the S3 results store's URL. */
interface OpenedStore {
  store: RunStore;
  kind: 'folder' | 's3';
  where: string;
}

/**
 * A new run's store and backend, made from the plan's backend: the store where that backend
 * keeps its runs, and the plan the run records (with the image given to the run, so a later
 * collect submits with it too).
 */
export async function backendForRun(s: RunSettings) {
  const info = planBackend(s.plan);
  const name = info.name;
  const opened = await openStore(info.store, s, { experiment: s.experiment, plan: s.plan });
  const plan = withImage(s.plan, s.imageUri);
  // Cells compared for speedup each get the machine to themselves, so they are measured alike.
  const exclusive = s.experiment.analysis.speedup !== undefined;
  const budget = s.experiment.budget.maxVcpus;
  const backend = await createBackend(name, {
    ...common(s, opened),
    plan,
    logDir: path.join(runsFolder(s), s.runId, 'logs'),
    ...(exclusive ? { exclusiveGroups: true } : {}),
    ...(budget !== undefined ? { maxVcpus: budget } : {}),
    ...(s.concurrency !== undefined ? { concurrency: s.concurrency } : {}),
    ...(s.gitCommit ? { gitCommit: s.gitCommit } : {}),
  });
  const line = `${plan.jobs.length} jobs on ${info.label}${exclusive ? ', one cell and repeat at a time (speedup is measured)' : ''}, kept in ${opened.where}`;
  return { store: opened.store, kind: opened.kind, backend, plan, line, where: opened.where };
}

/** The entry of the backend a plan's jobs run on (src/domain/backends.ts); one run drives one backend. */
export function planBackend(plan: Plan): BackendInfo {
  const name = backendOf(plan);
  if (name === 'mixed') throw new UserError(`${plan.file} mixes backends, which one run cannot do yet`);
  return backendEntry(name);
}

export interface AttachSettings extends BackendSettings {
  runId: string;
  /** The run's experiment name, which finds it in an S3 store faster. */
  experiment?: string;
  /** The run's experiment when this step validated it already (submitted it just now). */
  validated?: Experiment;
}

/**
 * A stored run, attached from its manifest alone (the file may have changed since): its store,
 * manifest and the backend its manifest names, to collect, wait for or cancel its jobs. The run
 * is in the S3 store given, or else in the runs folder.
 */
export async function attachRun(s: AttachSettings) {
  const opened = await openStore(s.storeUrl ? 's3' : 'folder', s, {
    ...(s.experiment ? { name: s.experiment } : {}),
  });
  const manifest = await opened.store.readManifest(s.runId);
  const backend = await createBackend(manifest.backend, {
    ...common(s, opened),
    plan: storedPlan(manifest, s.validated),
    logDir: path.join(runsFolder(s), s.runId, 'logs'),
  });
  return { store: opened.store, backend, manifest };
}

/**
 * The plan a stored run's jobs were submitted from. A run stored before plans carried their
 * stages gets them from the file it was stored with; only then is that file validated again.
 */
function storedPlan(manifest: RunManifest, validated: Experiment | undefined): Plan {
  if (manifest.plan.stageTemplates) return manifest.plan;
  const experiment =
    validated ?? validateExperimentText(manifest.experimentSource, manifest.experimentFile).value;
  return withTemplates(manifest.plan, experiment);
}

function runsFolder(s: BackendSettings): string {
  return path.resolve(s.cwd, s.runsDir ?? '.batchbench/runs');
}

function common(s: BackendSettings, opened: OpenedStore) {
  return {
    store: opened.store,
    ...(opened.kind === 's3' ? { resultsStore: opened.where } : {}),
    runsDir: runsFolder(s),
    env: s.env,
    log: s.log,
    cwd: s.cwd,
    ...(s.deadlineMs !== undefined ? { deadlineMs: s.deadlineMs } : {}),
  };
}

/** The store a backend keeps its runs in, as its entry says: a runs folder, or an S3 results store. */
async function openStore(
  kind: BackendInfo['store'],
  s: BackendSettings,
  run: { experiment?: Experiment; plan?: Plan; name?: string },
): Promise<OpenedStore> {
  const url = s.storeUrl ?? run.experiment?.results.store;
  if (kind === 'folder' || (kind === 'folder-or-s3' && !url)) {
    const where = runsFolder(s);
    return { store: new FsRunStore(where), kind: 'folder', where };
  }
  if (!url) {
    const backend = run.plan?.jobs[0]?.compute.backend;
    const file = run.experiment?.file ?? '';
    throw new UserError(
      `${file}: ${backend} keeps its runs in results.store (s3://bucket/prefix/), which is missing`,
      {
        file,
        hint: 'add results.store to the file (or give the store input of the action)',
      },
    );
  }
  // Loaded only for a run kept in S3: the AWS SDK is most of a bundle.
  const { s3Store } = await import('./aws.js');
  const name = run.experiment?.name ?? run.name;
  const { store } = s3Store(url, s.env, name, run.plan?.jobs[0]?.compute.region);
  return { store, kind: 's3', where: url };
}
