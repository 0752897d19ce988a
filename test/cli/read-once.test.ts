import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import * as yamlSource from '../../src/domain/experiment/yaml-source.js';
import { captureIo } from './io.js';

// Every module that parses an experiment file goes through readYamlSource: counting its calls
// counts the parses.
vi.mock('../../src/domain/experiment/yaml-source.js', async (importOriginal) => {
  const actual = await importOriginal<typeof yamlSource>();
  return { ...actual, readYamlSource: vi.fn(actual.readYamlSource) };
});

const parses = vi.mocked(yamlSource.readYamlSource);

// Two `compare:` entries: each is priced as a variant of the same parsed file.
const EXPERIMENT = `version: 1
name: read-once
repeats: 2
run: { command: [node, -e, ''] }
matrix: { size: [1, 2] }
compute: { backend: local }
compare:
  - { name: more-repeats, override: { repeats: 3 } }
  - { name: one-repeat, override: { repeats: 1 } }
`;

const root = mkdtempSync(path.join(os.tmpdir(), 'bb-read-once-'));
const file = path.join(root, 'read-once.yaml');
writeFileSync(file, EXPERIMENT);
afterAll(() => rmSync(root, { recursive: true, force: true }));
// A block body: a hook's returned function would be run as its cleanup.
beforeEach(() => {
  parses.mockClear();
});

describe('batchbench run reads the experiment file once', () => {
  it('parses the YAML once to validate, plan and price it with its compare entries', async () => {
    const cap = captureIo(root);
    expect(await main(['plan', file, '--json'], cap.io)).toBe(0);
    expect(parses).toHaveBeenCalledTimes(1);
  });

  it('and once for a whole run, report included', async () => {
    const cap = captureIo(root);
    const code = await main(['run', file, '--runs-dir', path.join(root, 'runs'), '--json'], cap.io);
    expect(code).toBe(0);
    const report = JSON.parse(cap.stdout()) as {
      cost: { compare?: { name: string }[] };
      run: { jobsSucceeded: number };
    };
    expect(report.run.jobsSucceeded).toBe(4);
    // Both compare entries were priced, from the one parse.
    expect(report.cost.compare?.map((c) => c.name)).toEqual(['more-repeats', 'one-repeat']);
    expect(parses).toHaveBeenCalledTimes(1);
  }, 60_000);
});
