/**
 * planHistory finds earlier runs of a file through the runs folder's index: runs of other
 * experiments are never read, however many the folder holds. Reads are counted through the store.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FsRunStore } from '../../src/adapters/fs-run-store.js';
import { planHistory } from '../../src/app/plan-history.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';
import { buildPlan } from '../../src/domain/plan/build-plan.js';
import type { RunManifest } from '../../src/ports/run-store.js';
import { tempDir } from '../support/temp-dir.js';
import { prices, record } from './records.js';

const source = (name: string) => `version: 1
name: ${name}
repeats: 1
run: { command: [node, -e, ''] }
compute: { backend: local }
`;
const MINE = source('mine');
const OTHER = source('other');

function manifest(runId: string, text: string): RunManifest {
  const experiment = validateExperimentText(text, 'e.yaml').value;
  if (!experiment) throw new Error('the test file does not validate');
  return {
    runId,
    experiment: experiment.name,
    experimentFile: 'e.yaml',
    experimentSource: text,
    backend: 'local',
    createdAt: '2026-12-03T10:00:00.000Z',
    updatedAt: '2026-12-03T10:01:00.000Z',
    status: 'complete',
    plan: buildPlan(experiment, { prices }).plan,
  };
}

/** A complete run of `text`: its one job took `seconds`. */
async function addRun(store: FsRunStore, runId: string, text: string, seconds: number): Promise<void> {
  const m = manifest(runId, text);
  await store.create(m);
  await store.appendRecord(runId, record(m.plan.jobs[0]!, { queued: 0, started: 0, stopped: seconds }));
}

function counted(store: FsRunStore) {
  return {
    manifests: vi.spyOn(store, 'readManifest'),
    records: vi.spyOn(store, 'readRecords'),
  };
}

const readIds = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((c) => c[0] as string).sort();

describe('planHistory', () => {
  it('reads none of the manifests of another experiment’s runs', async () => {
    const store = new FsRunStore(path.join(tempDir('bb-plan-history-'), 'runs'));
    for (let i = 0; i < 40; i++)
      await addRun(store, `other-20261203-1000${String(i).padStart(2, '0')}Z-a`, OTHER, 5);
    await addRun(store, 'mine-20261203-110000Z-a', MINE, 10);
    await addRun(store, 'mine-20261203-110100Z-a', MINE, 30);
    await addRun(store, 'mine-20261203-110200Z-a', MINE, 20);
    const reads = counted(store);
    const history = await planHistory(store, MINE);
    expect(history?.('main', 'default')).toEqual({ seconds: 20, runs: 3 });
    expect(readIds(reads.manifests)).toEqual([
      'mine-20261203-110000Z-a',
      'mine-20261203-110100Z-a',
      'mine-20261203-110200Z-a',
    ]);
    expect(readIds(reads.records)).toEqual(readIds(reads.manifests));
    // A file no run ran reads nothing at all.
    reads.manifests.mockClear();
    expect(await planHistory(store, source('new'))).toBeUndefined();
    expect(reads.manifests).not.toHaveBeenCalled();
  });

  it('indexes runs stored before the index on the first look, reading each once', async () => {
    const root = path.join(tempDir('bb-plan-history-old-'), 'runs');
    const store = new FsRunStore(root);
    await addRun(store, 'mine-20261203-110000Z-a', MINE, 10);
    // Two runs as an older batchbench left them: a run folder, no index entry.
    for (const [runId, text] of [
      ['other-20261203-100000Z-a', OTHER],
      ['mine-20261203-100000Z-a', MINE],
    ] as const)
      await addRun(store, runId, text, 20);
    rmSync(path.join(root, 'index'), { recursive: true });
    const reads = counted(store);
    expect(await planHistory(store, MINE)).toBeDefined();
    // Each unindexed run read once to index it, then the runs of this text.
    expect(readIds(reads.manifests)).toEqual([
      'mine-20261203-100000Z-a',
      'mine-20261203-100000Z-a',
      'mine-20261203-110000Z-a',
      'mine-20261203-110000Z-a',
      'other-20261203-100000Z-a',
    ]);
    reads.manifests.mockClear();
    await planHistory(store, MINE);
    expect(readIds(reads.manifests)).toEqual(['mine-20261203-100000Z-a', 'mine-20261203-110000Z-a']);
  });

  it('keeps both entries when two stores add runs at once', async () => {
    const root = path.join(tempDir('bb-plan-history-race-'), 'runs');
    const [a, b] = [new FsRunStore(root), new FsRunStore(root)];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        addRun(i % 2 ? a : b, `mine-20261203-1100${String(i).padStart(2, '0')}Z-a`, MINE, 10),
      ),
    );
    expect((await new FsRunStore(root).runsOfText(MINE)).length).toBe(20);
  });
});
