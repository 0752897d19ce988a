import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FsRunStore } from '../../src/adapters/fs-run-store.js';
import { LocalExecutor } from '../../src/adapters/local/executor.js';
import { reportRun } from '../../src/app/report-run.js';
import { loadRun } from '../../src/app/stored-run.js';
import { runExperiment } from '../../src/app/run-experiment.js';
import { buildPlan } from '../../src/domain/plan/build-plan.js';
import { renderJson } from '../../src/domain/report/json.js';
import { renderMarkdown } from '../../src/domain/report/markdown.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';
import { prices } from './records.js';
import { tempDir } from '../support/temp-dir.js';

const SOURCE = `version: 1
name: rerender
repeats: 2
run: { command: [node, -e, ''] }
compute: { backend: local }
`;

describe('a report re-built from the stored run', () => {
  const root = tempDir('bb-rerender-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is the saved report, byte for byte: same finish time, same key order', async () => {
    const validated = validateExperimentText(SOURCE, 'experiments/rerender.yaml');
    expect(validated.problems).toEqual([]);
    const experiment = validated.value!;
    const { plan } = buildPlan(experiment, { prices });
    const store = new FsRunStore(join(root, 'runs'));
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const outcome = await runExperiment(
      {
        runId: 'r1',
        experiment,
        source: SOURCE,
        plan,
        resume: false,
        signal: new AbortController().signal,
      },
      {
        store,
        executor: new LocalExecutor({ concurrency: 2, logDir: join(root, 'logs'), baseDir: root }),
        progress: { update: () => {}, log: () => {}, done: () => {} },
        prices,
        // In another key order than the manifest gives them back.
        host: { cpuCount: 2, cpuModel: 'Test CPU', host: 'test-host' },
        // Every reading of the clock is a second later: two readings would disagree.
        now: () => (clock += 1000),
      },
    );
    const saved = readFileSync(outcome.artifacts['report.json']!, 'utf8');
    const rebuilt = reportRun(await loadRun(store, 'r1'), prices);
    expect(renderJson(rebuilt)).toBe(saved);
    expect(renderMarkdown(rebuilt)).toBe(readFileSync(outcome.artifacts['report.md']!, 'utf8'));
  }, 60_000);
});
