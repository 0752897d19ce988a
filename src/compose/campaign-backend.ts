// The backend of a campaign window, made through the registry as a run's is (backend.ts): the
// window's jobs as a plan, the store the backend's entry keeps runs in, the history beside it,
// the window's attempt runs. Nothing here names a backend: a backend plugged in with one
// registry line runs campaign windows too.
import path from 'node:path';
import { backendEntry, createBackend } from '../adapters/backends.js';
import { FsRunStore } from '../adapters/fs-run-store.js';
import { FsHistoryStore } from '../adapters/history-store.js';
import { storedAttemptRuns } from '../app/campaign-attempts.js';
import { campaignPlan, windowJobs, type CampaignTarget } from '../app/campaign-run.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import type { HistoryStore } from '../domain/campaign/history.js';
import type { CampaignPlan } from '../domain/campaign/plan-types.js';
import { windowRunId } from '../domain/campaign/window-run-id.js';
import { withImage } from '../domain/plan/stage-template.js';
import { UserError } from '../domain/user-error.js';
import type { Backend, BackendSetup } from '../ports/backend.js';
import type { RunStore } from '../ports/run-store.js';

export interface CampaignWiring {
  campaign: Campaign;
  plan: CampaignPlan;
  day: number;
  window: string;
  target: CampaignTarget;
  /** The image the jobs run in, for a backend that runs images. */
  imageUri?: string;
  /** A backend that keeps runs in a folder keeps the history in this one; the file's results.store when absent. */
  historyDir?: string;
  /** How the caller spells historyDir, for a message. */
  historyDirName: string;
  /** Where a backend that keeps runs in a folder keeps them, relative to cwd. */
  runsDir: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

interface CampaignStores {
  store: RunStore;
  history: HistoryStore;
  /** The runs folder, or the S3 results store's URL. */
  where: string;
}

/** What tests replace: how a backend is made, and the S3 stores (with their own clients). */
export interface CampaignSeams {
  make?: (name: string, setup: BackendSetup) => Promise<Backend>;
  s3Stores?: (c: Campaign) => Promise<Omit<CampaignStores, 'where'>>;
}

/**
 * The window's backend, run id, stores and attempt runs. The run id is the window's own
 * (windowRunId): a process started again for the window (a runner that died, the next scheduled
 * run) finds each attempt's run and attaches to what it submitted or finished.
 */
export async function campaignBackend(w: CampaignWiring, seams: CampaignSeams = {}) {
  const c = w.campaign;
  const entry = backendEntry(w.target.backend);
  const jobs = windowJobs(w.plan, w.day, w.window);
  const runId = windowRunId(c, w.plan, jobs, w.day, w.window);
  const plan = withImage(campaignPlan(c, w.plan, jobs, w.target), w.imageUri);
  const stores = entry.store === 's3' ? await s3Stores(w, seams) : folderStores(w, entry.name);
  const setup: BackendSetup = {
    plan,
    store: stores.store,
    ...(entry.store === 's3' ? { resultsStore: stores.where } : {}),
    env: w.env,
    log: w.log,
    cwd: w.cwd,
    logDir: path.resolve(w.cwd, w.runsDir, runId, 'logs'),
    concurrency: c.schedule.maxConcurrent,
    maxActive: c.schedule.maxConcurrent,
  };
  const backend = await (seams.make ?? createBackend)(entry.name, setup);
  const runs = storedAttemptRuns(stores.store, stores.where, plan, c, entry.name);
  return { runId, backend, runs, plan, ...stores };
}

function folderStores(w: CampaignWiring, backend: string): CampaignStores {
  const historyDir = w.historyDir ?? w.campaign.results.store;
  if (historyDir.startsWith('s3://'))
    throw new UserError(
      `the ${backend} backend keeps the history in a folder, and results.store of ${w.campaign.file} is ${historyDir}: give ${w.historyDirName}`,
    );
  const where = path.resolve(w.cwd, w.runsDir);
  return {
    store: new FsRunStore(where),
    history: new FsHistoryStore(path.resolve(w.cwd, historyDir)),
    where,
  };
}

async function s3Stores(w: CampaignWiring, seams: CampaignSeams): Promise<CampaignStores> {
  const c = w.campaign;
  if (!c.results.store.startsWith('s3://'))
    throw new UserError(
      `${c.file}: a campaign on ${w.target.backend} keeps its runs and history in results.store, which must be s3://bucket/prefix/, not ${c.results.store}`,
    );
  // Loaded only for a store in S3: the AWS SDK is most of a bundle.
  const stores = seams.s3Stores
    ? await seams.s3Stores(c)
    : (await import('./aws-campaign.js')).s3CampaignStores(c, w.env);
  return { ...stores, where: c.results.store };
}
