import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: real containers on a Docker engine started by test/e2e/global-setup.ts.
// The files are *.e2e.ts so that the default `vitest run` does not pick them up.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
