import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { parseMetricsJsonLines, stdoutMetric } from '../../../domain/results/metrics-lines.js';
import { RESULT_FORMAT, type ResultObject } from '../result-object.js';
import { retryPolicy, withRetry } from '../retry.js';
import { parseS3Url } from '../s3-location.js';
import { cgroupPeakMemory, cpuInfo, ec2InstanceType, vmHwmBytes } from './host-probe.js';
import { resolveTask, type ResolvedTask } from './task-env.js';

const TAIL_LINES = 50;

export interface RunTaskDeps {
  s3: S3Client;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  now?: () => number;
  /** Where the runner listens for signals to pass on (process in production). */
  signals?: NodeJS.EventEmitter;
}

/** What the workload did, as the runner watched it. */
interface Watched {
  code: number | null;
  signal: NodeJS.Signals | null;
  commandStartedAt: number;
  commandEndedAt: number;
  /** The last lines of its output, stdout and stderr interleaved. */
  tail: string[];
  /** Metric lines it printed on stdout, the last value of each. */
  stdoutMetrics: Map<string, number>;
  /** The highest resident memory sampled, 0 when never sampled. */
  peak: number;
  error?: string;
}

/**
 * Runs one task of an AWS Batch job inside its container: the workload command (argv, no
 * shell) with its shard and repeat resolved, its output passed through to the container log,
 * SIGTERM and SIGINT passed on to it, and what it measured uploaded as one result object per
 * task and attempt before exiting with the workload's own exit code.
 */
export async function runTask(
  argv: readonly string[],
  deps: RunTaskDeps,
): Promise<{ exitCode: number; result: ResultObject }> {
  const now = deps.now ?? Date.now;
  const containerStartedAt = now();
  const metricsDir = await mkdtemp(path.join(os.tmpdir(), 'batchbench-'));
  const metricsFile = path.join(metricsDir, 'metrics.jsonl');
  let resolved: ResolvedTask;
  try {
    resolved = resolveTask(argv, deps.env, metricsFile);
    if (!resolved.argv[0]) throw new Error('no workload command: pass it after "--"');
  } catch (error) {
    await rm(metricsDir, { recursive: true, force: true });
    throw error;
  }
  // Before the workload starts, so the probes do not run beside what is measured.
  const [cpu, instanceType] = await Promise.all([cpuInfo(), ec2InstanceType(deps.env)]);
  const watched = await watchWorkload(resolved, deps, now);
  const fileMetrics = await readFileMetrics(metricsFile);
  await rm(metricsDir, { recursive: true, force: true });
  const peakMemoryBytes = (await cgroupPeakMemory()) ?? (watched.peak > 0 ? watched.peak : undefined);
  const exitCode = watched.code ?? 128 + (watched.signal ? (os.constants.signals[watched.signal] ?? 0) : 0);
  const result: ResultObject = {
    format: RESULT_FORMAT,
    runId: deps.env.BATCHBENCH_RUN_ID ?? '',
    jobId: resolved.task.jobId,
    attempt: resolved.attempt,
    ...(deps.env.AWS_BATCH_JOB_ID ? { batchJobId: deps.env.AWS_BATCH_JOB_ID } : {}),
    arrayIndex: resolved.index,
    containerStartedAt,
    commandStartedAt: watched.commandStartedAt,
    commandEndedAt: watched.commandEndedAt,
    ...(watched.code !== null ? { exitCode: watched.code } : {}),
    ...(watched.signal ? { signal: watched.signal } : {}),
    host: os.hostname(),
    ...cpu,
    ...(instanceType ? { instanceType } : {}),
    ...(peakMemoryBytes ? { peakMemoryBytes } : {}),
    metrics: { ...Object.fromEntries(watched.stdoutMetrics), ...fileMetrics },
    ...(watched.tail.length > 0 ? { logTail: watched.tail } : {}),
    ...(watched.error ? { error: watched.error } : {}),
  };
  await uploadResult(deps.s3, deps.env, result);
  return { exitCode, result };
}

/** Starts the workload and waits for it: output passed through and kept, signals passed on, memory sampled. */
async function watchWorkload(resolved: ResolvedTask, deps: RunTaskDeps, now: () => number): Promise<Watched> {
  const [command, ...args] = resolved.argv as [string, ...string[]];
  const output = outputKeeper();
  let peak = 0;
  let error: string | undefined;
  const commandStartedAt = now();
  const child = spawn(command, args, { env: resolved.env, stdio: ['inherit', 'pipe', 'pipe'] });
  const onTerm = () => child.kill('SIGTERM');
  const onInt = () => child.kill('SIGINT');
  const signals = deps.signals ?? process;
  signals.on('SIGTERM', onTerm);
  signals.on('SIGINT', onInt);
  const sampler = setInterval(async () => {
    if (child.pid) peak = Math.max(peak, (await vmHwmBytes(child.pid)) ?? 0);
  }, 500);
  child.stdout?.on('data', (c: Buffer) => {
    deps.stdout.write(c);
    output.keep(c, 'stdout');
  });
  child.stderr?.on('data', (c: Buffer) => {
    deps.stderr.write(c);
    output.keep(c, 'stderr');
  });
  const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('error', (e) => {
      error = `could not start ${command}: ${e.message}`;
      resolve({ code: 127, signal: null });
    });
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  const commandEndedAt = now();
  clearInterval(sampler);
  signals.off('SIGTERM', onTerm);
  signals.off('SIGINT', onInt);
  output.flush();
  return {
    ...ended,
    commandStartedAt,
    commandEndedAt,
    tail: output.tail,
    stdoutMetrics: output.metrics,
    peak,
    ...(error ? { error } : {}),
  };
}

/** Splits output into lines as it comes: the last TAIL_LINES kept, metric lines of stdout read. */
function outputKeeper() {
  const tail: string[] = [];
  const metrics = new Map<string, number>();
  const partial = { stdout: '', stderr: '' };
  const keep = (chunk: Buffer, stream: 'stdout' | 'stderr') => {
    partial[stream] += chunk.toString('utf8');
    const lines = partial[stream].split('\n');
    partial[stream] = lines.pop() ?? '';
    for (const line of lines) {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      const metric = stream === 'stdout' ? stdoutMetric(line) : undefined;
      if (metric) metrics.set(metric.name, metric.value);
    }
  };
  return {
    tail,
    metrics,
    keep,
    /** The last line of each stream, when it had no newline. */
    flush: () => {
      for (const stream of ['stdout', 'stderr'] as const)
        if (partial[stream]) keep(Buffer.from('\n'), stream);
    },
  };
}

async function readFileMetrics(metricsFile: string): Promise<Record<string, number>> {
  try {
    return parseMetricsJsonLines(await readFile(metricsFile, 'utf8')).values;
  } catch {
    // the workload wrote no metrics file
    return {};
  }
}

/** Puts the result object at `<BATCHBENCH_RESULTS><job-id>/<attempt>.json`. */
export async function uploadResult(
  s3: S3Client,
  env: NodeJS.ProcessEnv,
  result: ResultObject,
): Promise<string> {
  const base = env.BATCHBENCH_RESULTS;
  if (!base) throw new Error('BATCHBENCH_RESULTS is not set: nowhere to put the result');
  const location = parseS3Url(base);
  const key = `${location.prefix}${result.jobId}/${result.attempt}.json`;
  await withRetry(
    () =>
      s3.send(
        new PutObjectCommand({
          Bucket: location.bucket,
          Key: key,
          Body: JSON.stringify(result),
          ContentType: 'application/json',
        }),
      ),
    retryPolicy(),
  );
  return `s3://${location.bucket}/${key}`;
}
