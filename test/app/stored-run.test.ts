import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsRunStore } from '../../src/adapters/fs-run-store.js';
import { LocalExecutor } from '../../src/adapters/local/executor.js';
import { storedReport } from '../../src/app/report-run.js';
import { runExperiment } from '../../src/app/run-experiment.js';
import { loadRun, RUN_FORMAT_VERSION } from '../../src/app/stored-run.js';
import { savedReportIn } from '../../src/compose/local.js';
import { buildPlan } from '../../src/domain/plan/build-plan.js';
import { renderJson } from '../../src/domain/report/json.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';
import { isUserError } from '../../src/domain/user-error.js';
import type { RunManifest } from '../../src/ports/run-store.js';
import { prices } from './records.js';

const SOURCE = `version: 1
name: stored
repeats: 2
run: { command: [node, -e, ''] }
compute: { backend: local }
`;

const root = mkdtempSync(join(tmpdir(), 'bb-stored-run-'));
const store = new FsRunStore(join(root, 'runs'));
const manifestOf = (runId: string) => join(root, 'runs', runId, 'manifest.json');
const noPrices = () => Promise.reject(new Error('the saved report needs no price table'));

beforeAll(async () => {
  const experiment = validateExperimentText(SOURCE, 'experiments/stored.yaml').value!;
  const { plan } = buildPlan(experiment, { prices });
  let clock = Date.parse('2026-12-01T10:00:00Z');
  await runExperiment(
    { runId: 'r1', experiment, source: SOURCE, plan, resume: false, signal: new AbortController().signal },
    {
      store,
      executor: new LocalExecutor({ concurrency: 2, logDir: join(root, 'logs'), baseDir: root }),
      progress: { update: () => {}, log: () => {}, done: () => {} },
      prices,
      host: { host: 'test-host' },
      now: () => (clock += 1000),
    },
  );
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function rewriteManifest(runId: string, change: (m: RunManifest) => RunManifest): void {
  const m = JSON.parse(readFileSync(manifestOf(runId), 'utf8')) as RunManifest;
  writeFileSync(manifestOf(runId), JSON.stringify(change(m)));
}

describe('a stored run', () => {
  it('records the format it was stored in', async () => {
    const run = await loadRun(store, 'r1');
    expect(run.manifest.formatVersion).toBe(RUN_FORMAT_VERSION);
    expect(run.experiment.name).toBe('stored');
    expect(run.records.length).toBe(2);
  });

  it('keeps its jobs as a table of rows, and gives them back as planned', async () => {
    const stored = JSON.parse(readFileSync(manifestOf('r1'), 'utf8')) as { plan: Record<string, unknown> };
    expect(stored.plan.jobs).toBeUndefined();
    expect(stored.plan.jobTable).toMatchObject({ rows: [expect.any(Array), expect.any(Array)] });
    const experiment = validateExperimentText(SOURCE, 'experiments/stored.yaml').value!;
    const run = await loadRun(store, 'r1');
    expect(run.manifest.plan.jobs).toEqual(buildPlan(experiment, { prices }).plan.jobs);
  });

  it('from a newer batchbench is refused by name, as a user error', async () => {
    rewriteManifest('r1', (m) => ({ ...m, formatVersion: RUN_FORMAT_VERSION + 1 }));
    try {
      const error = await loadRun(store, 'r1').catch((e: unknown) => e);
      expect(isUserError(error)).toBe(true);
      expect((error as Error).message).toContain(`stored in format ${RUN_FORMAT_VERSION + 1}`);
    } finally {
      rewriteManifest('r1', (m) => ({ ...m, formatVersion: RUN_FORMAT_VERSION }));
    }
  });
});

// A run stored by batchbench before format 3 (its jobs listed one by one), as that version wrote it.
const OLD_RUN = 'old-format-20261203-155326Z-f9f8';
const OLD_RUNS = join(import.meta.dirname, '../fixtures/stored-run-v2');

describe('a run stored in an older format', () => {
  function oldRuns(change: (m: RunManifest) => RunManifest = (m) => m): FsRunStore {
    const runs = join(root, `old-${Math.random().toString(36).slice(2)}`);
    cpSync(OLD_RUNS, runs, { recursive: true });
    const file = join(runs, OLD_RUN, 'manifest.json');
    writeFileSync(file, JSON.stringify(change(JSON.parse(readFileSync(file, 'utf8')) as RunManifest)));
    return new FsRunStore(runs);
  }
  const listed = (JSON.parse(readFileSync(join(OLD_RUNS, OLD_RUN, 'manifest.json'), 'utf8')) as RunManifest)
    .plan.jobs;

  it('format 2 reads as it was stored, and its report is rebuilt from it', async () => {
    const old = oldRuns();
    const run = await loadRun(old, OLD_RUN);
    expect(run.manifest.formatVersion).toBe(2);
    expect(run.manifest.plan.jobs).toEqual(listed);
    expect(run.manifest.plan.jobs.some((j) => j.needs.length > 0 && j.itemEnd !== undefined)).toBe(true);
    expect(run.records).toHaveLength(12);
    const { report } = await storedReport(old, OLD_RUN, {
      readSaved: () => Promise.resolve(undefined),
      prices: () => Promise.resolve(prices),
    });
    expect(report.run.jobsSucceeded).toBe(12);
  });

  it('format 1 (no formatVersion) reads the same', async () => {
    const run = await loadRun(
      oldRuns(({ formatVersion: _drop, ...m }) => m),
      OLD_RUN,
    );
    expect(run.manifest.formatVersion).toBeUndefined();
    expect(run.manifest.plan.jobs).toEqual(listed);
  });

  it('stays in its format when its state is updated (a collect or cancel of it)', async () => {
    const old = oldRuns();
    await old.updateManifest(OLD_RUN, { status: 'cancelled', formatVersion: 3 });
    const raw = JSON.parse(readFileSync(join(old.root, OLD_RUN, 'manifest.json'), 'utf8')) as RunManifest;
    expect(raw.formatVersion).toBe(2);
    expect(raw.status).toBe('cancelled');
    expect(raw.plan.jobs).toEqual(listed);
  });
});

describe('the report of a stored run', () => {
  it('is the one saved when the run ended, read as it is (no price table loaded)', async () => {
    const saved = readFileSync(join(root, 'runs', 'r1', 'report.json'), 'utf8');
    const { report, rebuilt } = await storedReport(store, 'r1', {
      readSaved: savedReportIn(join(root, 'runs', 'r1')),
      prices: noPrices,
    });
    expect(rebuilt).toBe(false);
    expect(renderJson(report)).toBe(saved);
  });

  it('is rebuilt with the table given to re-price it', async () => {
    const { rebuilt } = await storedReport(store, 'r1', {
      readSaved: savedReportIn(join(root, 'runs', 'r1')),
      reprice: prices,
      prices: noPrices,
    });
    expect(rebuilt).toBe(true);
  });

  it('is rebuilt when what was saved is not the run as it stands (a resume after it)', async () => {
    rewriteManifest('r1', (m) => ({ ...m, updatedAt: '2026-12-02T00:00:00.000Z' }));
    let loaded = 0;
    const { report, rebuilt } = await storedReport(store, 'r1', {
      readSaved: savedReportIn(join(root, 'runs', 'r1')),
      prices: () => {
        loaded++;
        return Promise.resolve(prices);
      },
    });
    expect(rebuilt).toBe(true);
    expect(loaded).toBe(1);
    expect(report.run.finishedAt).toBe('2026-12-02T00:00:00.000Z');
  });
});
