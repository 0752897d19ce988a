import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // The local backend's launcher runs from its bundle: build it from the source first.
    globalSetup: ['test/support/build-launcher.ts'],
  },
});
