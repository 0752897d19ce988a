import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../support/temp-dir.js';

export const examples = path.resolve(import.meta.dirname, '../../examples');

export interface WorkloadRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Metric name -> value, from the JSON lines the workload appended to $BATCHBENCH_METRICS. */
  metrics: Record<string, number>;
  /** The lines in the order written, to check the file format itself. */
  lines: { name: string; value: number }[];
}

/** Runs an example workload as a real `node` process with its own metrics file, as the local backend does. */
export async function runWorkload(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<WorkloadRun> {
  const dir = tempDir('bb-example-');
  const metricsFile = path.join(dir, 'metrics.jsonl');
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [path.join(examples, script), ...args],
      { env: { ...process.env, TMPDIR: dir, ...env, BATCHBENCH_METRICS: metricsFile }, timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
  const text = await readFile(metricsFile, 'utf8').catch(() => '');
  const lines = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { name: string; value: number });
  return { ...result, lines, metrics: Object.fromEntries(lines.map((l) => [l.name, l.value])) };
}
