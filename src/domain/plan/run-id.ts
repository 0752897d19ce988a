/**
 * A run id: readable, sortable by time, unique enough for one researcher's runs, and safe as
 * a folder name and inside AWS Batch job names. The random suffix is passed in to keep this pure.
 */
export function makeRunId(experiment: string, at: Date, suffix: string): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
    .replace('T', '-');
  return `${experiment}-${stamp}-${suffix}`.replace(/[^A-Za-z0-9_-]/g, '-');
}
