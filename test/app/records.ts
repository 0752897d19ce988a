import { readFileSync } from 'node:fs';
import { parsePriceTable } from '../../src/domain/cost/price-table.js';
import type { Plan, PlannedJob } from '../../src/domain/plan/plan.js';
import type { JobRecord } from '../../src/domain/results/job-record.js';

export const prices = parsePriceTable(
  JSON.parse(readFileSync('data/aws-prices.json', 'utf8')),
  'data/aws-prices.json',
);

/** An arbitrary epoch so that times look real; every time below is seconds after it. */
const T0 = 1_700_000_000_000;
export const at = (seconds: number) => T0 + seconds * 1000;

export function job(plan: Plan, id: string): PlannedJob {
  const found = plan.jobs.find((j) => j.id === id);
  if (!found) throw new Error(`no planned job ${id}; have ${plan.jobs.map((j) => j.id).join(', ')}`);
  return found;
}

export interface Times {
  queued: number;
  started: number;
  stopped: number;
  command?: [number, number];
  collected?: number;
}

/** A job record as a backend would write it, with times in seconds after T0. */
export function record(j: PlannedJob, t: Times, extra: Partial<JobRecord> = {}): JobRecord {
  return {
    jobId: j.id,
    runId: 'run-1',
    stage: j.stage,
    cellId: j.cellId,
    repeat: j.repeat,
    shardIndex: j.shardIndex,
    shardCount: j.shardCount,
    ...(j.speculativeOf !== undefined ? { speculativeOf: j.speculativeOf } : {}),
    groupId: j.groupId,
    attempt: 1,
    status: 'succeeded',
    exitCode: 0,
    backend: j.compute.backend,
    queuedAt: at(t.queued),
    startedAt: at(t.started),
    ...(t.command ? { commandStartedAt: at(t.command[0]), commandEndedAt: at(t.command[1]) } : {}),
    stoppedAt: at(t.stopped),
    ...(t.collected !== undefined ? { collectedAt: at(t.collected) } : {}),
    metrics: {},
    ...extra,
  };
}

export const run = { id: 'run-1', backend: 'aws-batch', startedAt: '2026-11-22T06:00:00Z' };
