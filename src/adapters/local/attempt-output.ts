import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { ParsedMetrics } from '../../domain/results/metrics-lines.js';
import { mergeMetrics, parseMetricsJsonLines, stdoutMetric } from '../../domain/results/metrics-lines.js';

const TAIL_BYTES = 64 * 1024;
/** Metric lines are short; a longer line without a newline is output, not a metric. */
const MAX_METRIC_LINE = 4096;

export interface OutputSizes {
  stdoutBytes: number;
  stderrBytes: number;
  metricsBytes: number;
}

export interface AttemptOutputs extends ParsedMetrics {
  /** The last lines of stderr (or stdout, if stderr is empty) of a failed attempt. */
  logTail?: string[];
}

/**
 * Whether an attempt left anything to read: sizes come from the launcher, so empty outputs,
 * the common case for short jobs, cost no file access and no wait at all.
 */
export function hasOutputs(sizes: OutputSizes, failed: boolean): boolean {
  return sizes.stdoutBytes > 0 || sizes.metricsBytes > 0 || (failed && sizes.stderrBytes > 0);
}

/**
 * What a finished attempt reported: `::metric` lines on stdout, then the $BATCHBENCH_METRICS
 * file, which wins for a name both give (it is the documented channel), and for a failed
 * attempt the tail of its log.
 */
export async function readAttemptOutputs(
  files: { metricsFile: string; stdoutFile: string; stderrFile: string },
  sizes: OutputSizes,
  failed: boolean,
): Promise<AttemptOutputs> {
  const none = { values: {}, malformed: 0 };
  const fromStdout = sizes.stdoutBytes > 0 ? await scanStdoutMetrics(files.stdoutFile) : none;
  const fromFile =
    sizes.metricsBytes > 0 ? parseMetricsJsonLines(await readFile(files.metricsFile, 'utf8')) : none;
  const metrics = mergeMetrics(fromStdout, fromFile);
  if (!failed) return metrics;
  const logTail =
    sizes.stderrBytes > 0
      ? await readLogTail(files.stderrFile, sizes.stderrBytes)
      : await readLogTail(files.stdoutFile, sizes.stdoutBytes);
  return { ...metrics, logTail };
}

/** Streams stdout once, keeping only metric lines, so a chatty workload's log is never held whole. */
async function scanStdoutMetrics(file: string): Promise<ParsedMetrics> {
  const values = new Map<string, number>();
  let malformed = 0;
  let partial = '';
  let overlong = false;
  const take = (line: string): void => {
    const metric = stdoutMetric(line);
    if (metric === undefined) return;
    if (metric) values.set(metric.name, metric.value);
    else malformed++;
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    const text = chunk as string;
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      if (!overlong) take(partial + text.slice(from, nl));
      partial = '';
      overlong = false;
      from = nl + 1;
    }
    if (!overlong) {
      partial += text.slice(from);
      if (partial.length > MAX_METRIC_LINE) {
        overlong = true;
        partial = '';
      }
    }
  }
  if (!overlong && partial !== '') take(partial);
  return { values: Object.fromEntries(values), malformed };
}

/** The last lines of a log, reading only its end. */
async function readLogTail(file: string, bytes: number, lines = 50): Promise<string[]> {
  if (bytes <= 0) return [];
  const start = Math.max(0, bytes - TAIL_BYTES);
  const handle = await open(file, 'r');
  let text: string;
  try {
    const buffer = Buffer.alloc(bytes - start);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
    text = buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  const all = text.split(/\r?\n/);
  if (start > 0) all.shift(); // begins mid-line
  if (all.at(-1) === '') all.pop();
  return all.slice(-lines);
}
