/**
 * A campaign on two instance types, m7i and c7g, in large and xlarge, two repeats of STREAM:
 * large on-demand, xlarge on Spot falling back to on-demand; runs and history in the bucket of
 * test/adapters/aws/batch-env.ts (named here, so that unit tests need not load the AWS SDK).
 */
export function twoTypeCampaign(name: string): string {
  return `version: 1
kind: campaign
name: ${name}
instances: { families: [m7i, c7g], sizes: [large, xlarge] }
benchmarks: [stream]
repeats: 2
durations: { stream: 1m }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 50
  max-concurrent: 8
  spot: { from-size: xlarge, fallback: on-demand }
quality: { max-cv: 0.5 }
results: { store: 's3://bb-results/${name}/' }
`;
}
