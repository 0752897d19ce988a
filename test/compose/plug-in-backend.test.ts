import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBackend } from '../../src/adapters/backends.js';
import { cancelRun } from '../../src/app/cancel-run.js';
import { collectRun } from '../../src/app/collect-run.js';
import { submitRun } from '../../src/app/submit-run.js';
import { attachRun, backendForRun } from '../../src/compose/backend.js';
import { loadExperimentFile } from '../../src/compose/experiment.js';
import { pricesAt } from '../../src/compose/prices.js';
import type { Plan } from '../../src/domain/plan/plan.js';
import type { Progress } from '../../src/ports/progress.js';
import { createEchoBackend, ECHO } from '../support/echo-backend.js';
import { tempDir } from '../support/temp-dir.js';

// The bar of the backend registry: a backend plugs in with its entry and its factory, and the
// composition root makes it, stores its runs and attaches to them with no line of its own.
const cwd = process.cwd();
const silent: Progress = { update: () => undefined, log: () => undefined, done: () => undefined };
const host = { host: 'test', cpuCount: 1 } as never;

async function echoRun() {
  const prices = await pricesAt(undefined, cwd);
  const checked = await loadExperimentFile('test/fixtures/cli-tiny/tiny.yaml', { cwd, prices });
  const plan = checked.plan as Plan;
  for (const job of plan.jobs) job.compute.backend = ECHO.name as never;
  return { experiment: checked.experiment!, source: checked.source!, plan, prices };
}

describe('a backend plugged in through the registry alone', () => {
  let remove: () => void;
  beforeAll(() => {
    remove = addBackend(ECHO, async () => createEchoBackend);
  });
  afterAll(() => remove());

  it('is submitted, then attached from its manifest and collected, by the composition root', async () => {
    const runsDir = tempDir();
    const { experiment, source, plan, prices } = await echoRun();
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const made = await backendForRun({
      experiment,
      plan,
      runId: 'tiny-1',
      runsDir,
      cwd,
      env: {},
      log,
      deadlineMs: 0,
    });
    expect(made.backend.name).toBe('echo');
    expect(made.kind).toBe('folder');
    expect(made.line).toBe(`2 jobs on Echo, kept in ${runsDir}`);
    const signal = new AbortController().signal;
    await submitRun(
      { runId: 'tiny-1', experiment, source, plan: made.plan, host, signal },
      { store: made.store, executor: made.backend, now: Date.now },
    );
    expect(lines).toEqual(['echo: 2 jobs queued']);
    const queued = JSON.parse(await readFile(path.join(runsDir, 'tiny-1', 'echo-queue.json'), 'utf8'));
    expect(queued).toHaveLength(2);

    // A later process: the run's folder and id only; the manifest says which backend it is.
    const attached = await attachRun({ runId: 'tiny-1', runsDir, cwd, env: {}, log });
    expect(attached.manifest.backend).toBe('echo');
    const outcome = await collectRun(
      'tiny-1',
      { store: attached.store, collector: attached.backend, prices, progress: silent, now: Date.now, signal },
      { wait: false },
    );
    expect(outcome.unfinished).toBe(0);
    expect(outcome.report.run.status).toBe('complete');
    const records = await attached.store.readRecords('tiny-1');
    expect(records.map((r) => [r.backend, r.status])).toEqual([
      ['echo', 'succeeded'],
      ['echo', 'succeeded'],
    ]);
  });

  it('is cancelled through the composition root, from the manifest alone', async () => {
    const runsDir = tempDir();
    const { experiment, source, plan } = await echoRun();
    const log = () => undefined;
    const made = await backendForRun({
      experiment,
      plan,
      runId: 'tiny-2',
      runsDir,
      cwd,
      env: {},
      log,
      deadlineMs: 0,
    });
    await submitRun(
      { runId: 'tiny-2', experiment, source, plan: made.plan, host, signal: new AbortController().signal },
      { store: made.store, executor: made.backend, now: Date.now },
    );
    const attached = await attachRun({ runId: 'tiny-2', runsDir, cwd, env: {}, log });
    const outcome = await cancelRun('tiny-2', {
      store: attached.store,
      canceller: attached.backend,
      now: Date.now,
    });
    expect(outcome).toEqual({ cancelled: 2, terminated: 0 });
    expect((await attached.store.readManifest('tiny-2')).status).toBe('cancelled');
  });

  it('is unknown again once removed: a run of it is refused as a user error naming the backends', async () => {
    const runsDir = tempDir();
    const { experiment, plan } = await echoRun();
    remove();
    try {
      await expect(
        backendForRun({ experiment, plan, runId: 'tiny-3', runsDir, cwd, env: {}, log: () => undefined }),
      ).rejects.toThrow(/no backend is named echo/);
    } finally {
      remove = addBackend(ECHO, async () => createEchoBackend);
    }
  });
});
