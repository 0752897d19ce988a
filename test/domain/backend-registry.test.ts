import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKEND_LOADERS, createBackend } from '../../src/adapters/backends.js';
import { FsRunStore } from '../../src/adapters/fs-run-store.js';
import { BACKEND_NAMES, backendInfo, backendList, isBackendName } from '../../src/domain/backends.js';
import { UserError } from '../../src/domain/user-error.js';

const experimentSchema = JSON.parse(readFileSync('schema/experiment.schema.json', 'utf8'));
const reportSchema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8'));

/** Every `enum` under a property named `backend`, wherever it is in the schema. */
function backendEnums(node: unknown, out: string[][] = [], underBackend = false): string[][] {
  if (Array.isArray(node)) {
    for (const item of node) backendEnums(item, out, underBackend);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum' && underBackend) out.push(value as string[]);
      else backendEnums(value, out, underBackend || key === 'backend');
    }
  }
  return out;
}

describe('the one list of backends', () => {
  it('is what the experiment schema allows for compute.backend, in the same order', () => {
    const enums = backendEnums(experimentSchema);
    expect(enums.length).toBeGreaterThan(0);
    for (const e of enums) expect(e).toEqual([...BACKEND_NAMES]);
  });

  it('is what the report schema says a cell ran on', () => {
    const enums = backendEnums(reportSchema);
    expect(enums.length).toBeGreaterThan(0);
    for (const e of enums) expect(e).toEqual([...BACKEND_NAMES]);
  });

  it('has a loader for every backend and none for a name it lacks', () => {
    expect(Object.keys(BACKEND_LOADERS).sort()).toEqual([...BACKEND_NAMES].sort());
  });

  it('names and checks backends from the list alone', () => {
    expect(isBackendName('aws-batch')).toBe(true);
    expect(isBackendName('kubernetes')).toBe(false);
    expect(isBackendName(1)).toBe(false);
    expect(backendList()).toMatch(/^local, .* or [a-z-]+$|^local or [a-z-]+$/);
  });
});

describe('backends made from the registry', () => {
  const setup = {
    plan: {
      experiment: 'x',
      file: 'x.yaml',
      cells: [],
      stages: [],
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
      priceSnapshot: '',
      warnings: [],
    },
    // A runs folder (never touched here): the backends that keep runs in one accept it.
    store: new FsRunStore('/nowhere/runs'),
    env: {},
    log: () => undefined,
    cwd: '/nowhere',
    logDir: '/nowhere/logs',
  };
  const manifest = { runId: 'r-1', experimentFile: 'experiments/x.yaml' } as never;

  it('makes each backend under its own name, from the kind of store its entry names', async () => {
    for (const name of BACKEND_NAMES) {
      const store = backendInfo(name).store === 'folder' ? new FsRunStore('/nowhere/runs') : setup.store;
      const backend = await createBackend(name, { ...setup, store, resultsStore: 's3://bucket/prefix/' });
      expect(backend.name).toBe(name);
    }
  });

  it('says, as a user error, that a local run has nothing to collect or cancel', async () => {
    const local = await createBackend('local', setup);
    await expect(
      local.collect(manifest, {
        wait: false,
        signal: new AbortController().signal,
        onEvent: () => undefined,
      }),
    ).rejects.toThrow(UserError);
    const error = await local.collect(manifest, {} as never).catch((e: UserError) => e);
    expect((error as UserError).hint).toContain('--resume r-1');
    await expect(local.cancel(manifest)).rejects.toThrow(UserError);
  });

  it('refuses an aws-batch backend without an s3 results store, as a user error', async () => {
    await expect(createBackend('aws-batch', setup)).rejects.toThrow(UserError);
  });
});
