import { defineConfig } from 'vitest/config';
import LongFilesFirst from './test/support/long-files-first.js';

/**
 * Files that need a module graph of their own: vi.mock replaces a module for the whole worker,
 * so it would leak into (or miss) the files that share the worker's modules.
 */
const ISOLATED = ['test/cli/read-once.test.ts'];

/** What both projects share; each project names the files it runs. */
const common = {
  // Tests that run a whole external tool (npm pack and install, actionlint, cfn-lint) are the
  // slow suite, vitest.slow.config.ts (npm run test:slow), which CI runs after this one.
  exclude: ['test/**/*.slow.test.ts', '**/node_modules/**'],
  // Every folder made with tempDir() is removed after its file (setup files run for every file,
  // isolated or not).
  setupFiles: ['test/support/cleanup-temp.ts'],
  testTimeout: 30_000,
  // Hooks start moto servers, build stacks and spawn the CLI: on a loaded 2-core machine one
  // took over 10 s (the default), so hooks get the same room as tests.
  hookTimeout: 60_000,
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    // A private TMPDIR for the run; a temp folder left behind by a test fails the run.
    // The local backend's launcher runs from its bundle: it is built from the source first.
    globalSetup: ['test/support/temp-root.ts', 'test/support/build-launcher.ts'],
    // Most test files wait on moto, child processes and timers rather than compute: on 2 cores
    // vitest's default (cores - 1 = one file at a time) leaves the machine idle most of the run.
    maxWorkers: 3,
    sequence: { sequencer: LongFilesFirst },
    projects: [
      {
        test: {
          ...common,
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...common.exclude, ...ISOLATED],
          // A worker keeps its modules from one file to the next: the AWS SDK, ajv and the rest
          // are loaded once per worker instead of once per file (measured: a third less CPU for
          // test/domain). Tests restore what they change in process.env (vi.unstubAllEnvs).
          isolate: false,
        },
      },
      { test: { ...common, name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
