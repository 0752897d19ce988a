import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Experiment, StageSpec } from '../../../src/domain/experiment/experiment.js';
import { experimentSchema, resolveRef } from '../../../src/domain/experiment/schema-check.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';

/**
 * Keeps schema/experiment.schema.json (the file as written) and `Experiment` (the normalised
 * type) in step: every property of the schema must say where it lands in `Experiment`, and a
 * fixture setting it away from its default must change that place.
 * Stage settings are listed once: `stages.<name>.run` lands where a top-level `run` does.
 */
const last = (e: Experiment): StageSpec => e.stages[e.stages.length - 1] as StageSpec;

const WHERE: Record<string, (e: Experiment) => unknown> = {
  version: (e) => e.version,
  kind: (e) => e.kind,
  name: (e) => e.name,
  description: (e) => e.description,
  image: (e) => e.image,
  'image.build': (e) => e.image?.build,
  'image.build.context': (e) => e.image?.build?.context,
  'image.build.dockerfile': (e) => e.image?.build?.dockerfile,
  'image.uri': (e) => e.image?.uri,
  run: (e) => last(e).run,
  'run.command': (e) => last(e).run.command,
  'run.env': (e) => last(e).run.env,
  'run.env.*': (e) => last(e).run.env,
  'run.workdir': (e) => last(e).run.workdir,
  matrix: (e) => e.matrix,
  'matrix.include': (e) => e.matrix.include,
  'matrix.include[].*': (e) => e.matrix.include,
  'matrix.exclude': (e) => e.matrix.exclude,
  'matrix.exclude[].*': (e) => e.matrix.exclude,
  'matrix.*': (e) => e.matrix.axes,
  repeats: (e) => e.repeats,
  resources: (e) => last(e).resources,
  'resources.vcpus': (e) => last(e).resources.vcpus,
  'resources.memory': (e) => last(e).resources.memoryBytes,
  'resources.gpus': (e) => last(e).resources.gpus,
  'resources.timeout': (e) => last(e).resources.timeoutSec,
  'resources.retries': (e) => last(e).resources.retries,
  'resources.retry-on': (e) => last(e).resources.retryOn,
  'resources.retry-on[].action': (e) => last(e).resources.retryOn.map((r) => r.action),
  'resources.retry-on[].on-status-reason': (e) => last(e).resources.retryOn.map((r) => r.onStatusReason),
  'resources.retry-on[].on-reason': (e) => last(e).resources.retryOn.map((r) => r.onReason),
  'resources.retry-on[].on-exit-code': (e) => last(e).resources.retryOn.map((r) => r.onExitCode),
  compute: (e) => last(e).compute,
  'compute.backend': (e) => last(e).compute.backend,
  'compute.region': (e) => last(e).compute.region,
  'compute.queue': (e) => last(e).compute.queue,
  'compute.fallback-queue': (e) => last(e).compute.fallbackQueue,
  'compute.instance-type': (e) => last(e).compute.instanceType,
  'compute.capacity': (e) => last(e).compute.capacity,
  'compute.platform': (e) => e.stages.map((s) => s.compute.platform),
  'compute.job-definition': (e) => last(e).compute.jobDefinition,
  'compute.job-role-arn': (e) => last(e).compute.jobRoleArn,
  'compute.execution-role-arn': (e) => e.stages.map((s) => s.compute.executionRoleArn),
  'compute.tags': (e) => last(e).compute.tags,
  'compute.tags.*': (e) => last(e).compute.tags,
  'compute.slurm': (e) => last(e).compute.slurm,
  'compute.slurm.partition': (e) => last(e).compute.slurm?.partition,
  'compute.slurm.account': (e) => last(e).compute.slurm?.account,
  'compute.slurm.qos': (e) => last(e).compute.slurm?.qos,
  'compute.slurm.constraint': (e) => last(e).compute.slurm?.constraint,
  'compute.slurm.time': (e) => last(e).compute.slurm?.time,
  'compute.slurm.throttle': (e) => last(e).compute.slurm?.throttle,
  'compute.slurm.price': (e) => last(e).compute.slurm?.price,
  'compute.slurm.price.per-node-hour': (e) => last(e).compute.slurm?.price?.perNodeHour,
  'compute.slurm.price.per-core-hour': (e) => last(e).compute.slurm?.price?.perCoreHour,
  'fan-out': (e) => e.stages.map((s) => s.fanOut),
  'fan-out.items': (e) => e.stages.map((s) => s.fanOut?.items),
  'fan-out.workers': (e) => e.stages.map((s) => s.fanOut?.workers),
  'fan-out.oversubscribe': (e) => e.stages.map((s) => s.fanOut?.oversubscribe),
  stages: (e) => e.stages.map((s) => s.name),
  'stages.*': (e) => e.stages.map((s) => s.name),
  'stages.*.needs': (e) => e.stages.map((s) => s.needs),
  results: (e) => e.results,
  'results.store': (e) => e.results.store,
  'results.metrics': (e) => e.results.metrics,
  'results.metrics[].name': (e) => e.results.metrics.map((m) => m.name),
  'results.metrics[].better': (e) => e.results.metrics.map((m) => m.better),
  'results.metrics[].unit': (e) => e.results.metrics.map((m) => m.unit),
  analysis: (e) => e.analysis,
  'analysis.speedup': (e) => e.analysis.speedup,
  'analysis.speedup.over': (e) => e.analysis.speedup?.over,
  'analysis.speedup.baseline': (e) => e.analysis.speedup?.baseline,
  'analysis.speedup.baseline.*': (e) => e.analysis.speedup?.baseline,
  'analysis.speedup.target': (e) => e.analysis.speedup?.target,
  'analysis.extrapolate': (e) => e.analysis.extrapolate,
  'analysis.extrapolate.factor': (e) => e.analysis.extrapolate?.factor,
  'analysis.targets': (e) => e.analysis.targets,
  'analysis.targets[].metric': (e) => e.analysis.targets.map((t) => t.metric),
  'analysis.targets[].min': (e) => e.analysis.targets.map((t) => t.min),
  'analysis.targets[].max': (e) => e.analysis.targets.map((t) => t.max),
  'analysis.targets[].cell': (e) => e.analysis.targets.map((t) => t.cell),
  'analysis.targets[].cell.*': (e) => e.analysis.targets.map((t) => t.cell),
  'analysis.straggler-factor': (e) => e.analysis.stragglerFactor,
  'analysis.confidence': (e) => e.analysis.confidence,
  'analysis.fail-on': (e) => e.analysis.failOn,
  'analysis.fail-on.regression': (e) => e.analysis.failOn?.regression,
  'analysis.fail-on.target-missed': (e) => e.analysis.failOn?.targetMissed,
  'analysis.fail-on.inconclusive': (e) => e.analysis.failOn?.inconclusive,
  'analysis.fail-on.failed-jobs': (e) => e.analysis.failOn?.failedJobs,
  budget: (e) => e.budget,
  'budget.max-usd': (e) => e.budget.maxUsd,
  'budget.max-vcpus': (e) => e.budget.maxVcpus,
  'budget.max-jobs': (e) => e.budget.maxJobs,
  costs: (e) => e.costs,
  'costs.storage': (e) => e.costs.storage,
  'costs.storage[].kind': (e) => e.costs.storage.map((s) => s.kind),
  'costs.storage[].size': (e) => e.costs.storage.map((s) => s.sizeBytes),
  'costs.storage[].hours': (e) => e.costs.storage.map((s) => s.hours),
  'costs.transfer': (e) => e.costs.transferOutBytes,
  'costs.transfer.out': (e) => e.costs.transferOutBytes,
  'costs.instance-types': (e) => e.costs.instanceTypes,
  'costs.instance-types.*': (e) => e.costs.instanceTypes,
  'costs.instance-types.*.vcpus': (e) => Object.values(e.costs.instanceTypes ?? {}).map((t) => t.vcpus),
  'costs.instance-types.*.memory': (e) => Object.values(e.costs.instanceTypes ?? {}).map((t) => t.memoryGiB),
  'costs.instance-types.*.gpus': (e) => Object.values(e.costs.instanceTypes ?? {}).map((t) => t.gpus),
  'costs.instance-types.*.on-demand-hourly': (e) =>
    Object.values(e.costs.instanceTypes ?? {}).map((t) => t.onDemandHourly),
  'costs.instance-types.*.spot-hourly': (e) =>
    Object.values(e.costs.instanceTypes ?? {}).map((t) => t.spotHourly),
  compare: (e) => e.compare,
  decide: (e) => e.decide,
  'decide.budget-usd': (e) => e.decide?.budgetUsd,
  'decide.deadline': (e) => e.decide?.deadlineSec,
  'decide.scale': (e) => e.decide?.scale,
  'compare[].name': (e) => e.compare.map((c) => c.name),
  'compare[].override': (e) => e.compare.map((c) => c.override),
  'compare[].override.*': (e) => e.compare.map((c) => c.override),
};

/** Settings whose only allowed value is the default: written or not, the result is the same. */
const ONLY_VALUE = new Set(['version', 'kind']);

const STAGE = /^stages\.\*\.(?=run|resources|compute|fan-out)/;

type Node = Record<string, unknown>;

function schemaPaths(): string[] {
  const out: string[] = [];
  const walk = (raw: unknown, prefix: string) => {
    const node = resolveRef(raw);
    for (const [key, child] of Object.entries((node.properties ?? {}) as Node)) {
      if (typeof child === 'boolean') continue;
      out.push(prefix + key);
      walk(child, `${prefix + key}.`);
    }
    if (typeof node.additionalProperties === 'object') {
      out.push(`${prefix}*`);
      walk(node.additionalProperties, `${prefix}*.`);
    }
    if (node.items) walk(node.items, `${prefix.replace(/\.$/, '')}[].`);
  };
  walk(experimentSchema, '');
  return [...new Set(out.map((p) => p.replace(STAGE, '')))];
}

/** The schema paths a file as written sets, in the same notation. */
function writtenPaths(data: unknown): Set<string> {
  const out = new Set<string>();
  const mapsOfAnyKey =
    /^(run\.env|compute\.tags|costs\.instance-types|matrix|stages|analysis\.speedup\.baseline|analysis\.targets\[\]\.cell|compare\[\]\.override|matrix\.(include|exclude)\[\])$/;
  const walk = (value: unknown, prefix: string) => {
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) walk(item, `${prefix}[]`);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const reserved = prefix === 'matrix' && (key === 'include' || key === 'exclude');
      const name = mapsOfAnyKey.test(prefix) && !reserved ? '*' : key;
      const path = (prefix ? `${prefix}.${name}` : name).replace(STAGE, '');
      out.add(path);
      walk(child, path);
    }
  };
  walk(data, '');
  return out;
}

function load(name: string): { data: unknown; experiment: Experiment } {
  const text = readFileSync(new URL(`../../fixtures/valid/${name}`, import.meta.url), 'utf8');
  const result = validateExperimentText(text, name);
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return { data: parse(text), experiment: result.value as Experiment };
}

describe('schema and Experiment stay in step', () => {
  it('every schema property says where it lands in Experiment, and nothing else is listed', () => {
    expect(Object.keys(WHERE).sort()).toEqual(schemaPaths().sort());
  });

  it('every schema property, set in a fixture, changes the normalised experiment', () => {
    const minimal = load('minimal.yaml').experiment;
    const fixtures = ['kitchen-sink-single.yaml', 'kitchen-sink-stages.yaml'].map(load);
    const unchanged = Object.entries(WHERE)
      .filter(([path, get]) => {
        const setting = fixtures.filter((f) => writtenPaths(f.data).has(path));
        if (ONLY_VALUE.has(path)) return setting.length === 0;
        return !setting.some((f) => JSON.stringify(get(f.experiment)) !== JSON.stringify(get(minimal)));
      })
      .map(([path]) => path);
    expect(unchanged).toEqual([]);
  });
});
