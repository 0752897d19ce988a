import { defineConfig } from 'vitest/config';

// `npm run test:slurm`: the Slurm backend against a real one-node cluster that
// scripts/slurm-cluster.sh starts (SLURM_CONF in the environment). The files are *.slurm.ts so
// that the default `vitest run` does not pick them up; they share one cluster, so one at a time.
export default defineConfig({
  test: {
    include: ['test/slurm/**/*.slurm.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
