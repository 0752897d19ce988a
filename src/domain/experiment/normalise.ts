import type {
  CellValues,
  ComputeSpec,
  SlurmSpec,
  Experiment,
  FailOnSpec,
  FanOutSpec,
  MatrixSpec,
  ResourcesSpec,
  RunSpec,
  StageAxes,
  StageSpec,
} from './experiment.js';
import type {
  ComputeFile,
  ExperimentFile,
  FailOnFile,
  FanOutFile,
  ResourcesFile,
  RunFile,
} from './experiment-file.js';
import { implicitBackend, matrixSpecOf } from './matrix-spec.js';
import { axisSetting } from './stage-axes.js';
import { orderStages } from './stage-order.js';
import { parseDuration, parseSize } from './units.js';

export const DEFAULTS = {
  repeats: 1,
  vcpus: 1,
  memory: '2GiB',
  gpus: 0,
  timeout: '1h',
  retries: 0,
  capacity: 'on-demand',
  platform: 'ec2',
  region: 'us-east-1',
  backend: 'local',
  oversubscribe: 1,
  stragglerFactor: 1.5,
  confidence: 0.95,
  dockerfile: 'Dockerfile',
  /** The one stage of a file with a top-level run. */
  stageName: 'main',
} as const;

/** What fails a run when the file has no `analysis.fail-on`; `regression: true` means 5%. */
export const DEFAULT_FAIL_ON: FailOnSpec = { targetMissed: true, inconclusive: false, failedJobs: true };
export const DEFAULT_FAIL_ON_REGRESSION = 0.05;

/** Drops keys whose value is undefined, so optional fields are absent rather than present-but-empty. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The one shape the rest of the code uses, from a file the schema and the semantic checks
 * accepted: defaults filled in, units converted, single-stage files given a stage "main",
 * stages in an order that respects `needs`.
 */
export function normaliseExperiment(f: ExperimentFile, file: string): Experiment {
  const matrix = matrixSpecOf(f.matrix);
  const stages = stagesOf(f, matrix);

  const speedup = f.analysis?.speedup;
  const baseline: CellValues | undefined =
    speedup === undefined
      ? undefined
      : typeof speedup.baseline === 'object'
        ? { ...speedup.baseline }
        : { [speedup.over]: speedup.baseline };

  return compact({
    version: 1,
    kind: 'experiment',
    name: f.name,
    description: f.description,
    file,
    image: f.image
      ? compact({
          build: f.image.build
            ? { context: f.image.build.context, dockerfile: f.image.build.dockerfile ?? DEFAULTS.dockerfile }
            : undefined,
          uri: f.image.uri,
        })
      : undefined,
    matrix,
    repeats: f.repeats ?? DEFAULTS.repeats,
    stages,
    results: compact({
      store: f.results?.store,
      metrics: (f.results?.metrics ?? []).map((m) =>
        compact({ name: m.name, better: m.better, unit: m.unit }),
      ),
    }),
    analysis: compact({
      speedup:
        speedup && baseline ? compact({ over: speedup.over, baseline, target: speedup.target }) : undefined,
      extrapolate: f.analysis?.extrapolate ? { factor: f.analysis.extrapolate.factor } : undefined,
      targets: (f.analysis?.targets ?? []).map((t) =>
        compact({ metric: t.metric, min: t.min, max: t.max, cell: t.cell ? { ...t.cell } : undefined }),
      ),
      stragglerFactor: f.analysis?.['straggler-factor'] ?? DEFAULTS.stragglerFactor,
      confidence: f.analysis?.confidence ?? DEFAULTS.confidence,
      failOn: f.analysis?.['fail-on'] ? failOnOf(f.analysis['fail-on']) : undefined,
    }),
    budget: compact({
      maxUsd: f.budget?.['max-usd'],
      maxVcpus: f.budget?.['max-vcpus'],
      maxJobs: f.budget?.['max-jobs'],
    }),
    costs: costsOf(f),
    compare: (f.compare ?? []).map((c) => ({ name: c.name, override: { ...c.override } })),
    decide: f.decide
      ? compact({
          budgetUsd: f.decide['budget-usd'],
          deadlineSec: f.decide.deadline === undefined ? undefined : parseDuration(f.decide.deadline),
          scale: f.decide.scale,
        })
      : undefined,
  });
}

/** The stages as written (a single-stage file gets one named main), in an order that respects needs. */
function stagesOf(f: ExperimentFile, matrix: MatrixSpec): StageSpec[] {
  const backend = implicitBackend(matrix);
  const topCompute = backend === undefined ? f.compute : { backend, ...f.compute };
  const stagesAsWritten = f.stages
    ? Object.entries(f.stages).map(([name, s]) =>
        stage(
          name,
          s.needs ?? [],
          s.run,
          { ...f.resources, ...s.resources },
          mergeCompute(topCompute, s.compute),
          s['fan-out'],
          matrix,
        ),
      )
    : [
        stage(
          DEFAULTS.stageName,
          [],
          f.run as RunFile,
          f.resources ?? {},
          topCompute ?? {},
          f['fan-out'],
          matrix,
        ),
      ];
  const byName = new Map(stagesAsWritten.map((s) => [s.name, s]));
  const ordered = orderStages([...byName.keys()], (n) => byName.get(n)?.needs ?? []);
  const stages = 'order' in ordered ? ordered.order.map((n) => byName.get(n) as StageSpec) : stagesAsWritten;
  return stages;
}

function costsOf(f: ExperimentFile): Experiment['costs'] {
  return compact({
    storage: (f.costs?.storage ?? []).map((s) =>
      compact({ kind: s.kind, sizeBytes: parseSize(s.size) as number, hours: s.hours }),
    ),
    transferOutBytes: f.costs?.transfer?.out === undefined ? 0 : (parseSize(f.costs.transfer.out) as number),
    instanceTypes:
      f.costs?.['instance-types'] &&
      Object.fromEntries(
        Object.entries(f.costs['instance-types']).map(([name, t]) => [
          name,
          compact({
            vcpus: t.vcpus,
            memoryGiB: (parseSize(t.memory) as number) / 1024 ** 3,
            gpus: t.gpus ?? 0,
            onDemandHourly: t['on-demand-hourly'],
            spotHourly: t['spot-hourly'],
          }),
        ]),
      ),
  });
}

function mergeCompute(defaults: ComputeFile | undefined, own: ComputeFile | undefined): ComputeFile {
  const tags = defaults?.tags || own?.tags ? { ...defaults?.tags, ...own?.tags } : undefined;
  const slurm = defaults?.slurm || own?.slurm ? { ...defaults?.slurm, ...own?.slurm } : undefined;
  return compact({ ...defaults, ...own, tags, slurm });
}

function stage(
  name: string,
  needs: string[],
  run: RunFile,
  resources: ResourcesFile,
  compute: ComputeFile,
  fanOut: FanOutFile | undefined,
  matrix: MatrixSpec,
): StageSpec {
  const axes: StageAxes = {};
  const setting = (written: number | string | undefined, field: keyof StageAxes, fallback: number) => {
    const { value, axis } = axisSetting(written, field, matrix, fallback);
    if (axis !== undefined) axes[field] = axis;
    return value;
  };
  const sized = {
    vcpus: setting(resources.vcpus, 'vcpus', DEFAULTS.vcpus),
    memoryBytes: setting(resources.memory ?? DEFAULTS.memory, 'memory', 0),
    gpus: setting(resources.gpus, 'gpus', DEFAULTS.gpus),
  };
  const fanned = fanOut && {
    items: setting(fanOut.items, 'items', 1),
    oversubscribe: setting(fanOut.oversubscribe, 'oversubscribe', DEFAULTS.oversubscribe),
  };
  return compact({
    name,
    needs: [...needs],
    run: runSpec(run),
    resources: resourcesSpec(resources, sized),
    compute: computeSpec(compute),
    fanOut: fanOut && fanned ? fanOutSpec(fanOut, fanned) : undefined,
    axes: Object.keys(axes).length > 0 ? axes : undefined,
  });
}

function runSpec(run: RunFile): RunSpec {
  return compact({
    command: run.command.map(String),
    env: Object.fromEntries(Object.entries(run.env ?? {}).map(([k, v]) => [k, String(v)])),
    workdir: run.workdir,
  });
}

function resourcesSpec(
  r: ResourcesFile,
  sized: Pick<ResourcesSpec, 'vcpus' | 'memoryBytes' | 'gpus'>,
): ResourcesSpec {
  return {
    ...sized,
    timeoutSec: parseDuration(r.timeout ?? DEFAULTS.timeout) as number,
    retries: r.retries ?? DEFAULTS.retries,
    retryOn: (r['retry-on'] ?? []).map((rule) =>
      compact({
        action: rule.action,
        onStatusReason: rule['on-status-reason'],
        onReason: rule['on-reason'],
        onExitCode: rule['on-exit-code'] === undefined ? undefined : String(rule['on-exit-code']),
      }),
    ),
  };
}

function computeSpec(c: ComputeFile): ComputeSpec {
  return compact({
    backend: c.backend ?? DEFAULTS.backend,
    region: c.region ?? DEFAULTS.region,
    queue: c.queue,
    fallbackQueue: c['fallback-queue'],
    instanceType: c['instance-type'],
    capacity: c.capacity ?? DEFAULTS.capacity,
    platform: c.platform ?? DEFAULTS.platform,
    jobDefinition: c['job-definition'],
    jobRoleArn: c['job-role-arn'],
    executionRoleArn: c['execution-role-arn'],
    tags: { ...c.tags },
    slurm: c.slurm ? slurmSpec(c.slurm) : undefined,
  });
}

function slurmSpec(s: NonNullable<ComputeFile['slurm']>): SlurmSpec {
  const { price, ...rest } = s;
  if (!price) return { ...rest };
  return {
    ...rest,
    price: compact({ perNodeHour: price['per-node-hour'], perCoreHour: price['per-core-hour'] }),
  };
}

function fanOutSpec(f: FanOutFile, sized: Pick<FanOutSpec, 'items' | 'oversubscribe'>): FanOutSpec {
  return { items: sized.items, workers: f.workers, oversubscribe: sized.oversubscribe };
}

/** `regression: true` means the default threshold; percentages become fractions. */
function failOnOf(f: FailOnFile): FailOnSpec {
  const r = f.regression;
  const regression =
    r === undefined || r === false
      ? undefined
      : r === true
        ? DEFAULT_FAIL_ON_REGRESSION
        : Number.parseFloat(r.replace('%', '')) / 100;
  return compact({
    regression,
    targetMissed: f['target-missed'] ?? DEFAULT_FAIL_ON.targetMissed,
    inconclusive: f.inconclusive ?? DEFAULT_FAIL_ON.inconclusive,
    failedJobs: f['failed-jobs'] ?? DEFAULT_FAIL_ON.failedJobs,
  });
}
