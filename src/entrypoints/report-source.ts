import path from 'node:path';
import * as runner from '../adapters/github/runner-io.js';
import { storedReport } from '../app/report-run.js';
import { localRunAt } from '../compose/local.js';
import { pricesAt } from '../compose/prices.js';
import type { ReportModel } from '../domain/report/model.js';
import { UserError } from '../domain/user-error.js';
import type { RunStore } from '../ports/run-store.js';
import { input, workspace } from './action-support.js';
import { collectStoredRun } from './collect-step.js';

export interface RunReport {
  report: ReportModel;
  unfinished: number;
  store: RunStore;
  submitted: boolean;
}

/**
 * The report the report action publishes: a local run folder's saved report (re-priced only
 * when the prices input is given), or a run collected from an S3 store (what finished since).
 */
export async function reportFromInputs(env: NodeJS.ProcessEnv): Promise<RunReport> {
  const cwd = workspace(env);
  const runDir = input('run-dir');
  const pricesFile = input('prices');
  if (runDir) {
    const folder = path.resolve(cwd, runDir.replace(/[/\\]+$/, ''));
    const { store, runId, readSaved } = await localRunAt(folder, `run-dir ${runDir}`);
    const { report, rebuilt } = await storedReport(store, runId, {
      readSaved,
      ...(pricesFile ? { reprice: await pricesAt(pricesFile, cwd) } : {}),
      prices: () => pricesAt(undefined, cwd),
    });
    runner.info(
      rebuilt ? `${runId}: report built from the run's records` : `${runId}: the report saved with the run`,
    );
    return { report, unfinished: 0, store, submitted: false };
  }
  const runId = input('run-id');
  const storeUrl = input('store');
  if (!runId || !storeUrl)
    throw new UserError(
      "give either 'run-dir' (a local run folder) or 'run-id' and 'store' (s3://bucket/prefix/)",
    );
  const experiment = input('experiment');
  const { outcome, store } = await collectStoredRun(
    { storeUrl, runId, ...(experiment ? { experiment } : {}), cwd, env },
    { prices: pricesFile, signal: new AbortController().signal, wait: false },
  );
  return { report: outcome.report, unfinished: outcome.unfinished, store, submitted: true };
}
