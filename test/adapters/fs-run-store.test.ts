import { appendFile, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsRunStore } from '../../src/adapters/fs-run-store.js';
import type { JobRecord } from '../../src/domain/results/job-record.js';
import type { RunManifest } from '../../src/ports/run-store.js';
import { tempDir } from './local/harness.js';

function manifest(runId: string): RunManifest {
  return {
    runId,
    experiment: 'exp',
    experimentFile: 'exp.yaml',
    experimentSource: 'version: 1\n',
    backend: 'local',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    status: 'running',
    plan: {
      experiment: 'exp',
      file: 'exp.yaml',
      cells: [],
      stages: ['main'],
      jobs: [],
      estimates: [],
      totals: {
        jobs: 0,
        cells: 0,
        vcpuHours: 0,
        peakVcpus: 0,
        seconds: 0,
        computeUsd: 0,
        storageUsd: 0,
        transferUsd: 0,
        usd: 0,
      },
      priceSnapshot: 'test',
      warnings: [],
    },
  };
}

function record(jobId: string, attempt = 1): JobRecord {
  return {
    jobId,
    runId: 'r1',
    stage: 'main',
    cellId: 'c',
    repeat: 1,
    shardIndex: 0,
    shardCount: 1,
    groupId: jobId,
    attempt,
    status: 'succeeded',
    backend: 'local',
    queuedAt: 1,
    startedAt: 2,
    stoppedAt: 3,
    metrics: { n: attempt },
  };
}

async function store(): Promise<FsRunStore> {
  return new FsRunStore(path.join(await tempDir(), 'runs'));
}

describe('FsRunStore', () => {
  it('creates a run once and patches its manifest atomically', async () => {
    const s = await store();
    await s.create(manifest('r1'));
    await expect(s.create(manifest('r1'))).rejects.toThrow('exists already');
    await Promise.all([
      s.updateManifest('r1', { status: 'complete' }),
      s.updateManifest('r1', { host: 'box' }),
    ]);
    const m = await s.readManifest('r1');
    expect(m).toMatchObject({ runId: 'r1', status: 'complete', host: 'box', experiment: 'exp' });
    expect(await readdir(path.join(s.root, 'r1'))).toEqual(['manifest.json']);
    await expect(s.readManifest('r2')).rejects.toThrow('no run r2');
  });

  it('appends records durably, in call order, one a line, even when appended all at once', async () => {
    const s = await store();
    await s.create(manifest('r1'));
    expect(await s.readRecords('r1')).toEqual([]);
    const ids = Array.from({ length: 200 }, (_, i) => `job-${i}`);
    await Promise.all(ids.map((id) => s.appendRecord('r1', record(id))));
    const text = await readFile(path.join(s.root, 'r1', 'results.jsonl'), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(201);
    expect((await s.readRecords('r1')).map((r) => r.jobId)).toEqual(ids);
  });

  it('ignores a torn last line, and cuts it off before the next append', async () => {
    const s = await store();
    await s.create(manifest('r1'));
    await s.appendRecord('r1', record('a'));
    const file = path.join(s.root, 'r1', 'results.jsonl');
    await appendFile(file, '{"jobId":"b","runId":"r1","sta');
    expect((await s.readRecords('r1')).map((r) => r.jobId)).toEqual(['a']);
    const fresh = new FsRunStore(s.root); // a resumed run: a new process, a new store
    await fresh.appendRecord('r1', record('c'));
    expect((await fresh.readRecords('r1')).map((r) => r.jobId)).toEqual(['a', 'c']);
  });

  it('refuses a file corrupted in the middle rather than dropping records silently', async () => {
    const s = await store();
    await s.create(manifest('r1'));
    await writeFile(
      path.join(s.root, 'r1', 'results.jsonl'),
      `${JSON.stringify(record('a'))}\nnot json\n${JSON.stringify(record('b'))}\n`,
    );
    await expect(s.readRecords('r1')).rejects.toThrow('results.jsonl:2');
  });

  it('rejects run ids and artifact names that could leave the run folder', async () => {
    const s = await store();
    for (const bad of ['..', '../x', 'a/b', '', 'a b', '.']) {
      await expect(s.create(manifest(bad))).rejects.toThrow('not a run id');
      await expect(s.readRecords(bad)).rejects.toThrow('not a run id');
    }
    await expect(s.appendRecord('../x', record('a'))).rejects.toThrow('not a run id');
    await expect(s.updateManifest('../x', {})).rejects.toThrow('not a run id');
    await s.create(manifest('r1'));
    await expect(s.writeArtifact('r1', '../escape.md', 'x')).rejects.toThrow('not an artifact name');
    await expect(s.writeArtifact('r1', 'manifest.json', 'x')).rejects.toThrow('not an artifact name');
  });

  it('writes artifacts and returns where they are', async () => {
    const s = await store();
    await s.create(manifest('r1'));
    const file = await s.writeArtifact('r1', 'report.md', '# hi\n');
    expect(file).toBe(path.join(s.root, 'r1', 'report.md'));
    expect(await readFile(file, 'utf8')).toBe('# hi\n');
    const nested = await s.writeArtifact('r1', 'charts/speedup.svg', '<svg/>');
    expect(await readFile(nested, 'utf8')).toBe('<svg/>');
  });

  it('lists runs oldest first and is empty before any run', async () => {
    const s = await store();
    expect(await s.list()).toEqual([]);
    for (const id of ['b-run', 'a-run', 'c-run']) await s.create(manifest(id));
    const at = (sec: number) => new Date(sec * 1000);
    await utimes(path.join(s.root, 'b-run', 'manifest.json'), at(3000), at(3000));
    await utimes(path.join(s.root, 'a-run', 'manifest.json'), at(2000), at(2000));
    await utimes(path.join(s.root, 'c-run', 'manifest.json'), at(1000), at(1000));
    expect(await s.list()).toEqual(['c-run', 'a-run', 'b-run']);
  });
});
