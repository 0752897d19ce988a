import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  BATCHBENCH_TAG_COUNT,
  EXIT_CODE_PATTERN,
  MATRIX_RESERVED,
  MAX_PATTERN_LENGTH,
  MAX_RETRY_RULES,
  MAX_TAGS,
  MAX_TAG_KEY,
  MAX_TAG_VALUE,
  MAX_TIMEOUT_SEC,
  MIN_MEMORY_MIB,
  QUEUE_ARN,
  QUEUE_NAME,
  REASON_PATTERN,
  RESERVED_ENV_PREFIX,
  RUN_VARIABLES,
  TAG_TEXT,
  axisSetting,
  backendList,
  bucketNameProblem,
  builtInRetryRules,
  expressionsIn,
  fargateSizeProblem,
  hasUnclosedExpression,
  implicitBackend,
  isBackendName,
  isScalar,
  matrixKeys,
  matrixReference,
  matrixSpecOf,
  renderTemplate,
  stageInCell,
  valuesOf
} from "./chunk-TURXASHF.js";
import {
  checkSchema,
  didYouMean,
  displayPath,
  experimentSchema,
  placeIssue,
  readYamlSource,
  resolveRef,
  showValue
} from "./chunk-LSSG4IQX.js";
import {
  parseDuration,
  parseSize
} from "./chunk-YE2ILN26.js";

// src/domain/experiment/stage-order.ts
function orderStages(names, needs) {
  const cycle = findCycle(names, needs);
  if (cycle) return { cycle };
  const done = /* @__PURE__ */ new Set();
  const order = [];
  while (order.length < names.length) {
    const next = names.find((n) => !done.has(n) && needs(n).every((d) => done.has(d) || !names.includes(d)));
    if (next === void 0) break;
    done.add(next);
    order.push(next);
  }
  return { order };
}
function findCycle(names, needs) {
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit = (n) => {
    if (state.get(n) === "done") return void 0;
    if (state.get(n) === "open") return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, "open");
    stack.push(n);
    for (const d of needs(n)) {
      if (!names.includes(d)) continue;
      const found = visit(d);
      if (found) return found;
    }
    stack.pop();
    state.set(n, "done");
    return void 0;
  };
  for (const n of names) {
    const found = visit(n);
    if (found) return found;
  }
  return void 0;
}

// src/domain/experiment/normalise.ts
var DEFAULTS = {
  repeats: 1,
  vcpus: 1,
  memory: "2GiB",
  gpus: 0,
  timeout: "1h",
  retries: 0,
  capacity: "on-demand",
  platform: "ec2",
  region: "us-east-1",
  backend: "local",
  oversubscribe: 1,
  stragglerFactor: 1.5,
  confidence: 0.95,
  dockerfile: "Dockerfile",
  /** The one stage of a file with a top-level run. */
  stageName: "main"
};
var DEFAULT_FAIL_ON = { targetMissed: true, inconclusive: false, failedJobs: true };
var DEFAULT_FAIL_ON_REGRESSION = 0.05;
function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function normaliseExperiment(f, file) {
  const matrix = matrixSpecOf(f.matrix);
  const stages = stagesOf(f, matrix);
  const speedup = f.analysis?.speedup;
  const baseline = speedup === void 0 ? void 0 : typeof speedup.baseline === "object" ? { ...speedup.baseline } : { [speedup.over]: speedup.baseline };
  return compact({
    version: 1,
    kind: "experiment",
    name: f.name,
    description: f.description,
    file,
    image: f.image ? compact({
      build: f.image.build ? { context: f.image.build.context, dockerfile: f.image.build.dockerfile ?? DEFAULTS.dockerfile } : void 0,
      uri: f.image.uri
    }) : void 0,
    matrix,
    repeats: f.repeats ?? DEFAULTS.repeats,
    stages,
    results: compact({
      store: f.results?.store,
      metrics: (f.results?.metrics ?? []).map(
        (m) => compact({ name: m.name, better: m.better, unit: m.unit })
      )
    }),
    analysis: compact({
      speedup: speedup && baseline ? compact({ over: speedup.over, baseline, target: speedup.target }) : void 0,
      extrapolate: f.analysis?.extrapolate ? { factor: f.analysis.extrapolate.factor } : void 0,
      targets: (f.analysis?.targets ?? []).map(
        (t) => compact({ metric: t.metric, min: t.min, max: t.max, cell: t.cell ? { ...t.cell } : void 0 })
      ),
      stragglerFactor: f.analysis?.["straggler-factor"] ?? DEFAULTS.stragglerFactor,
      confidence: f.analysis?.confidence ?? DEFAULTS.confidence,
      failOn: f.analysis?.["fail-on"] ? failOnOf(f.analysis["fail-on"]) : void 0
    }),
    budget: compact({
      maxUsd: f.budget?.["max-usd"],
      maxVcpus: f.budget?.["max-vcpus"],
      maxJobs: f.budget?.["max-jobs"]
    }),
    costs: costsOf(f),
    compare: (f.compare ?? []).map((c) => ({ name: c.name, override: { ...c.override } })),
    decide: f.decide ? compact({
      budgetUsd: f.decide["budget-usd"],
      deadlineSec: f.decide.deadline === void 0 ? void 0 : parseDuration(f.decide.deadline),
      scale: f.decide.scale
    }) : void 0
  });
}
function stagesOf(f, matrix) {
  const backend = implicitBackend(matrix);
  const topCompute = backend === void 0 ? f.compute : { backend, ...f.compute };
  const stagesAsWritten = f.stages ? Object.entries(f.stages).map(
    ([name, s]) => stage(
      name,
      s.needs ?? [],
      s.run,
      { ...f.resources, ...s.resources },
      mergeCompute(topCompute, s.compute),
      s["fan-out"],
      matrix
    )
  ) : [
    stage(
      DEFAULTS.stageName,
      [],
      f.run,
      f.resources ?? {},
      topCompute ?? {},
      f["fan-out"],
      matrix
    )
  ];
  const byName = new Map(stagesAsWritten.map((s) => [s.name, s]));
  const ordered = orderStages([...byName.keys()], (n) => byName.get(n)?.needs ?? []);
  const stages = "order" in ordered ? ordered.order.map((n) => byName.get(n)) : stagesAsWritten;
  return stages;
}
function costsOf(f) {
  return compact({
    storage: (f.costs?.storage ?? []).map(
      (s) => compact({ kind: s.kind, sizeBytes: parseSize(s.size), hours: s.hours })
    ),
    transferOutBytes: f.costs?.transfer?.out === void 0 ? 0 : parseSize(f.costs.transfer.out),
    instanceTypes: f.costs?.["instance-types"] && Object.fromEntries(
      Object.entries(f.costs["instance-types"]).map(([name, t]) => [
        name,
        compact({
          vcpus: t.vcpus,
          memoryGiB: parseSize(t.memory) / 1024 ** 3,
          gpus: t.gpus ?? 0,
          onDemandHourly: t["on-demand-hourly"],
          spotHourly: t["spot-hourly"]
        })
      ])
    )
  });
}
function mergeCompute(defaults, own) {
  const tags = defaults?.tags || own?.tags ? { ...defaults?.tags, ...own?.tags } : void 0;
  const slurm = defaults?.slurm || own?.slurm ? { ...defaults?.slurm, ...own?.slurm } : void 0;
  return compact({ ...defaults, ...own, tags, slurm });
}
function stage(name, needs, run, resources, compute, fanOut, matrix) {
  const axes = {};
  const setting = (written, field, fallback) => {
    const { value, axis } = axisSetting(written, field, matrix, fallback);
    if (axis !== void 0) axes[field] = axis;
    return value;
  };
  const sized = {
    vcpus: setting(resources.vcpus, "vcpus", DEFAULTS.vcpus),
    memoryBytes: setting(resources.memory ?? DEFAULTS.memory, "memory", 0),
    gpus: setting(resources.gpus, "gpus", DEFAULTS.gpus)
  };
  const fanned = fanOut && {
    items: setting(fanOut.items, "items", 1),
    oversubscribe: setting(fanOut.oversubscribe, "oversubscribe", DEFAULTS.oversubscribe)
  };
  return compact({
    name,
    needs: [...needs],
    run: runSpec(run),
    resources: resourcesSpec(resources, sized),
    compute: computeSpec(compute),
    fanOut: fanOut && fanned ? fanOutSpec(fanOut, fanned) : void 0,
    axes: Object.keys(axes).length > 0 ? axes : void 0
  });
}
function runSpec(run) {
  return compact({
    command: run.command.map(String),
    env: Object.fromEntries(Object.entries(run.env ?? {}).map(([k, v]) => [k, String(v)])),
    workdir: run.workdir
  });
}
function resourcesSpec(r, sized) {
  return {
    ...sized,
    timeoutSec: parseDuration(r.timeout ?? DEFAULTS.timeout),
    retries: r.retries ?? DEFAULTS.retries,
    retryOn: (r["retry-on"] ?? []).map(
      (rule) => compact({
        action: rule.action,
        onStatusReason: rule["on-status-reason"],
        onReason: rule["on-reason"],
        onExitCode: rule["on-exit-code"] === void 0 ? void 0 : String(rule["on-exit-code"])
      })
    )
  };
}
function computeSpec(c) {
  return compact({
    backend: c.backend ?? DEFAULTS.backend,
    region: c.region ?? DEFAULTS.region,
    queue: c.queue,
    fallbackQueue: c["fallback-queue"],
    instanceType: c["instance-type"],
    capacity: c.capacity ?? DEFAULTS.capacity,
    platform: c.platform ?? DEFAULTS.platform,
    jobDefinition: c["job-definition"],
    jobRoleArn: c["job-role-arn"],
    executionRoleArn: c["execution-role-arn"],
    tags: { ...c.tags },
    slurm: c.slurm ? slurmSpec(c.slurm) : void 0
  });
}
function slurmSpec(s) {
  const { price, ...rest } = s;
  if (!price) return { ...rest };
  return {
    ...rest,
    price: compact({ perNodeHour: price["per-node-hour"], perCoreHour: price["per-core-hour"] })
  };
}
function fanOutSpec(f, sized) {
  return { items: sized.items, workers: f.workers, oversubscribe: sized.oversubscribe };
}
function failOnOf(f) {
  const r = f.regression;
  const regression = r === void 0 || r === false ? void 0 : r === true ? DEFAULT_FAIL_ON_REGRESSION : Number.parseFloat(r.replace("%", "")) / 100;
  return compact({
    regression,
    targetMissed: f["target-missed"] ?? DEFAULT_FAIL_ON.targetMissed,
    inconclusive: f.inconclusive ?? DEFAULT_FAIL_ON.inconclusive,
    failedJobs: f["failed-jobs"] ?? DEFAULT_FAIL_ON.failedJobs
  });
}

// src/domain/experiment/compare-check.ts
function obj(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x) ? x : void 0;
}
function splitSettingPath(dotted, data) {
  const path = [];
  let node = data;
  for (const segment of dotted.split(".")) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node = obj(node)?.[segment];
    }
  }
  return path;
}
function withSetting(data, path, value) {
  const copy = JSON.parse(JSON.stringify(data));
  let node = copy;
  path.forEach((segment, i) => {
    const container = node;
    if (i === path.length - 1) {
      container[segment] = value;
      return;
    }
    const next = container[segment];
    if (typeof next !== "object" || next === null) container[segment] = {};
    node = container[segment];
  });
  return copy;
}
function settingProblem(path, data) {
  let schema = experimentSchema;
  let node = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const here = resolveRef(schema);
    const properties = here.properties ?? {};
    const shown = displayPath(path.slice(0, i + 1));
    if (typeof segment === "string" && segment in properties) {
      schema = properties[segment];
    } else if (typeof segment === "number" && here.items !== void 0) {
      schema = here.items;
    } else if (typeof segment === "string" && typeof here.additionalProperties === "object") {
      if (path[i - 1] === "stages" && i === 1 && !(segment in (obj(node) ?? {}))) {
        const stages = Object.keys(obj(node) ?? {});
        return {
          message: `no stage named "${segment}"`,
          hint: didYouMean(segment, stages) ?? `stages: ${stages.join(", ")}`
        };
      }
      schema = here.additionalProperties;
    } else {
      const known = Object.keys(properties);
      return {
        message: `"${shown}" is not a setting of the file`,
        ...known.length > 0 ? { hint: didYouMean(String(segment), known) ?? `settings here: ${known.join(", ")}` } : {}
      };
    }
    node = Array.isArray(node) ? node[Number(segment)] : obj(node)?.[String(segment)];
  }
  return void 0;
}
function checkCompare(data, checkData2) {
  const issues = [];
  const names = [];
  (Array.isArray(data.compare) ? data.compare : []).forEach((entry, i) => {
    const compare = obj(entry);
    if (!compare) return;
    if (typeof compare.name === "string") {
      if (names.includes(compare.name)) {
        const path = ["compare", i, "name"];
        issues.push({
          path,
          atKey: false,
          severity: "error",
          message: `${displayPath(path)}: "${compare.name}" is used twice`,
          hint: "give each comparison its own name"
        });
      }
      names.push(compare.name);
    }
    for (const [dotted, value] of Object.entries(obj(compare.override) ?? {})) {
      const at = ["compare", i, "override", dotted];
      const settingPath = splitSettingPath(dotted, data);
      const problem = settingProblem(settingPath, data);
      if (problem) {
        issues.push({
          path: at,
          atKey: true,
          severity: "error",
          message: `compare[${i}].override: ${problem.message}`,
          ...problem.hint ? { hint: problem.hint } : {}
        });
        continue;
      }
      const first = checkData2(withSetting(data, settingPath, value)).find((p) => p.severity === "error");
      if (first) {
        issues.push({
          path: at,
          atKey: false,
          severity: "error",
          message: `compare[${i}].override: setting ${dotted} to ${showValue(value)} makes the file invalid: ${first.message}`,
          ...first.hint ? { hint: first.hint } : {}
        });
      }
    }
  });
  return issues;
}

// src/domain/plan/job-count.ts
var MAX_JOBS_PER_PLAN = 1e5;
var MAX_JOB_DEPENDENCIES = 20;
function workersOf(stage2, cell) {
  if (!stage2.fanOut) return 1;
  const workers = Number(renderTemplate(String(stage2.fanOut.workers), { matrix: cell.values }));
  return Number.isInteger(workers) && workers >= 1 ? workers : void 0;
}
function shardsOf(stage2, workers) {
  return stage2.fanOut && workers > stage2.fanOut.items ? stage2.fanOut.items : workers;
}
function speculativeCount(stage2, shards) {
  const factor = stage2.fanOut?.oversubscribe ?? 1;
  const count = Math.min(shards, Math.ceil(shards * (factor - 1) - 1e-9));
  return count <= 0 || shards < 2 ? 0 : count;
}
function countJobs(stages, cells, repeats) {
  let jobs = 0;
  let tooManyNeeds;
  for (const cell of cells) {
    const shards = /* @__PURE__ */ new Map();
    for (const written of stages) {
      const stage2 = stageInCell(written, cell.values);
      const n = shardsOf(stage2, workersOf(stage2, cell) ?? 1);
      shards.set(stage2.name, n);
      jobs += repeats * (n + speculativeCount(stage2, n));
      const needs = stage2.needs.reduce((sum, name) => sum + (shards.get(name) ?? 0), 0);
      const onBatch = renderTemplate(String(stage2.compute.backend), { matrix: cell.values }) === "aws-batch";
      if (onBatch && needs > MAX_JOB_DEPENDENCIES && tooManyNeeds === void 0) {
        tooManyNeeds = { stage: stage2.name, cellId: cell.id, needs };
      }
    }
  }
  return { jobs, ...tooManyNeeds ? { tooManyNeeds } : {} };
}

// src/domain/experiment/limits.ts
var MAX_STAGES = 100;
var MAX_MATRIX_ENTRIES = 256;
function obj2(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x) ? x : void 0;
}
function checkLimits(data) {
  const issues = [];
  const over = (path, message, hint) => issues.push({ path, atKey: true, message, hint, severity: "error" });
  const matrix = obj2(data.matrix) ?? {};
  let combinations = 1;
  let axes = 0;
  for (const [key, value] of Object.entries(matrix)) {
    if (MATRIX_RESERVED.includes(key)) {
      if (Array.isArray(value) && value.length > MAX_MATRIX_ENTRIES) {
        over(
          ["matrix", key],
          `matrix.${key} has ${value.length} entries, over the limit of ${MAX_MATRIX_ENTRIES}`,
          "use fewer entries: add or remove axis values instead"
        );
      }
    } else if (Array.isArray(value)) {
      combinations *= value.length;
      axes++;
    }
  }
  if (axes > 0 && combinations > MAX_JOBS_PER_PLAN) {
    over(
      ["matrix"],
      `the matrix has ${combinations.toLocaleString("en-US")} combinations of its axes, over the limit of ${MAX_JOBS_PER_PLAN.toLocaleString("en-US")} jobs per plan`,
      "remove axis values, or split the experiment into several files"
    );
  }
  const stages = obj2(data.stages);
  const stageCount = stages ? Object.keys(stages).length : 0;
  if (stageCount > MAX_STAGES) {
    over(
      ["stages"],
      `the file has ${stageCount} stages, over the limit of ${MAX_STAGES}`,
      "merge stages: a stage can run several steps in one command"
    );
  }
  return issues;
}

// src/domain/experiment/checks/context.ts
function obj3(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x) ? x : void 0;
}
function list(x) {
  return Array.isArray(x) ? x : [];
}
function checkContext(data, prices) {
  const matrix = matrixSpecOf(data.matrix);
  const keys = [
    .../* @__PURE__ */ new Set([
      ...matrixKeys(matrix),
      ...Object.keys(obj3(data.matrix) ?? {}).filter((k) => !MATRIX_RESERVED.includes(k))
    ])
  ];
  const stages = obj3(data.stages);
  const holders = stages ? Object.entries(stages).flatMap(
    ([name, node]) => obj3(node) ? [{ path: ["stages", name], node: obj3(node) }] : []
  ) : [{ path: [], node: data }];
  const effective = (holder, section, key) => {
    const own = obj3(holder.node[section])?.[key];
    if (own !== void 0) return { value: own, path: [...holder.path, section, key] };
    const top = obj3(data[section])?.[key];
    if (top !== void 0) return { value: top, path: [section, key] };
    return void 0;
  };
  const keySet = new Set(keys);
  return {
    data,
    matrix,
    keys,
    isKey: (name) => keySet.has(name),
    ...prices ? { prices } : {},
    holders,
    effective,
    axisHint: (name) => didYouMean(name, keys) ?? (keys.length > 0 ? `matrix keys: ${shortList(keys)}` : "add the axis under matrix:"),
    backendsOf: (holder) => {
      const written = effective(holder, "compute", "backend")?.value;
      const backend = typeof written === "string" ? written : implicitBackend(matrix);
      if (backend === void 0) return ["local"];
      const axis = matrixReference(backend);
      if (axis === void 0) return [backend];
      return valuesOf(matrix, axis).map((v) => String(v.value));
    }
  };
}
function issueSink() {
  const byKey = /* @__PURE__ */ new Map();
  const add = (severity, path, message, hint, atKey = false) => {
    const issue = { path, atKey, message, severity, ...hint === void 0 ? {} : { hint } };
    const key = `${JSON.stringify(path)}|${message}`;
    const before = byKey.get(key);
    if (!before || before.severity === "warning" && severity === "error") byKey.set(key, issue);
  };
  return {
    sink: {
      error: (path, message, hint, atKey) => add("error", path, message, hint, atKey),
      warn: (path, message, hint, atKey) => add("warning", path, message, hint, atKey)
    },
    issues: () => [...byKey.values()]
  };
}
function shortList(names) {
  return names.length <= 10 ? names.join(", ") : `${names.slice(0, 10).join(", ")} and ${names.length - 10} more`;
}

// src/domain/experiment/checks/aws-env.ts
function checkAwsEnv(ctx, sink) {
  for (const holder of ctx.holders) {
    const onBatch = ctx.backendsOf(holder).includes("aws-batch");
    for (const name of Object.keys(obj3(obj3(holder.node.run)?.env) ?? {})) {
      if (!name.startsWith(RESERVED_ENV_PREFIX)) continue;
      const path = [...holder.path, "run", "env", name];
      const report = onBatch ? sink.error : sink.warn;
      report(
        path,
        `${displayPath(path)}: names starting ${RESERVED_ENV_PREFIX} are reserved by AWS Batch, which refuses them`,
        "rename the variable, e.g. without the AWS_ prefix",
        true
      );
    }
  }
}

// src/domain/plan/matrix.ts
function expandMatrix(matrix) {
  const axisNames = Object.keys(matrix.axes);
  let combos = axisNames.length === 0 ? [] : [{}];
  for (const name of axisNames) {
    const values = matrix.axes[name] ?? [];
    combos = combos.flatMap((combo) => values.map((v) => ({ ...combo, [name]: v })));
  }
  combos = combos.filter((combo) => !matrix.exclude.some((ex) => matchesAll(combo, ex)));
  const original = new Set(axisNames);
  const extended = combos.map((c) => ({ ...c }));
  const standalone = [];
  for (const inc of matrix.include) {
    let merged = false;
    for (const combo of extended) {
      const fits = Object.entries(inc).every(
        ([k, v]) => !original.has(k) || !(k in combo) || sameScalar(combo[k], v)
      );
      if (fits) {
        Object.assign(combo, inc);
        merged = true;
      }
    }
    if (!merged) standalone.push({ ...inc });
  }
  const all = [...extended, ...standalone];
  return all.length === 0 && axisNames.length === 0 ? [{}] : all;
}
function matchesAll(values, partial) {
  return Object.entries(partial).every(([k, v]) => k in values && sameScalar(values[k], v));
}
function sameScalar(a, b) {
  return String(a) === String(b);
}
var UNSAFE = /[^A-Za-z0-9._-]+/g;
function cellId(values) {
  const parts = Object.entries(values).map(
    ([k, v]) => `${k.replace(UNSAFE, "-")}-${String(v).replace(UNSAFE, "-")}`
  );
  return parts.length === 0 ? "default" : parts.join("_");
}
function toCells(combos) {
  const seen = /* @__PURE__ */ new Map();
  return combos.map((values) => {
    const base = cellId(values);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}_${n}`, values };
  });
}

// src/domain/experiment/checks/aws-names.ts
function checkAwsNames(ctx, sink) {
  const store = obj3(ctx.data.results)?.store;
  if (typeof store === "string" && /^s3:/i.test(store)) {
    const path = ["results", "store"];
    const m = /^s3:\/\/([^/]*)(\/.*)?$/.exec(store);
    const problem = m ? bucketNameProblem(m[1]) : void 0;
    if (!m) {
      sink.error(
        path,
        `${displayPath(path)}: ${showValue(store)} is not an S3 location`,
        "write s3://bucket/prefix/"
      );
    } else if (problem) {
      sink.error(
        path,
        `${displayPath(path)}: the bucket name "${m[1]}" ${problem}`,
        'S3 bucket names are 3-63 lower-case letters, digits, "." and "-", e.g. s3://my-results/bench/'
      );
    }
  }
  const queues = [
    { path: ["compute"], node: ctx.data.compute },
    ...ctx.holders.filter((h) => h.path.length > 0).map((h) => ({ path: [...h.path, "compute"], node: h.node.compute }))
  ];
  for (const { path: at, node } of queues) {
    for (const key of ["queue", "fallback-queue"]) {
      const written = obj3(node)?.[key];
      if (typeof written !== "string") continue;
      const path = [...at, key];
      const names = expressionsIn(written).some((e) => e.axis !== void 0) ? [...new Set(expandMatrix(ctx.matrix).map((cell) => renderTemplate(written, { matrix: cell })))] : [written];
      for (const queue of names) {
        if (QUEUE_NAME.test(queue) || QUEUE_ARN.test(queue) || queue.includes("${{")) continue;
        sink.error(
          path,
          queue.startsWith("arn:") ? `${displayPath(path)}: ${showValue(queue)} is not a job queue ARN` : `${displayPath(path)}: ${showValue(queue)} is not a job queue name`,
          'a queue name is 1-128 letters, digits, "-" and "_"; an ARN reads arn:aws:batch:<region>:<account>:job-queue/<name>'
        );
      }
    }
  }
}

// src/domain/experiment/checks/aws-resources.ts
var DEFAULT_VCPUS = 1;
var DEFAULT_MEMORY_MIB = 2048;
function checkAwsResources(ctx, sink) {
  for (const holder of ctx.holders) {
    if (!ctx.backendsOf(holder).includes("aws-batch")) continue;
    const fargate = ctx.effective(holder, "compute", "platform")?.value === "fargate";
    const vcpus = ctx.effective(holder, "resources", "vcpus");
    const memory = ctx.effective(holder, "resources", "memory");
    const memoryBytes = typeof memory?.value === "string" || typeof memory?.value === "number" ? parseSize(memory.value) : void 0;
    const memoryMiB = memory === void 0 ? DEFAULT_MEMORY_MIB : memoryBytes === void 0 ? void 0 : memoryBytes / 2 ** 20;
    if (!fargate && vcpus && typeof vcpus.value === "number" && (vcpus.value < 1 || !Number.isInteger(vcpus.value))) {
      sink.error(
        vcpus.path,
        `${displayPath(vcpus.path)}: ${vcpus.value} vCPUs; on EC2 AWS Batch gives whole vCPUs, at least 1`,
        "write a whole number; fractions such as 0.25 and 0.5 are for platform: fargate"
      );
    }
    if (memory && memoryMiB !== void 0 && memoryMiB > 0 && memoryMiB < MIN_MEMORY_MIB) {
      sink.error(
        memory.path,
        `${displayPath(memory.path)}: AWS Batch needs at least 4 MiB`,
        "write 4MiB or more"
      );
    }
    checkTimeout(ctx, sink, holder);
    if (fargate)
      checkFargate(
        ctx,
        sink,
        holder,
        typeof vcpus?.value === "number" ? vcpus.value : DEFAULT_VCPUS,
        memoryMiB
      );
  }
}
function checkTimeout(ctx, sink, holder) {
  const timeout = ctx.effective(holder, "resources", "timeout");
  if (!timeout || typeof timeout.value !== "string" && typeof timeout.value !== "number") return;
  const seconds = parseDuration(timeout.value);
  if (seconds !== void 0 && seconds > MAX_TIMEOUT_SEC) {
    sink.error(
      timeout.path,
      `${displayPath(timeout.path)}: ${showValue(timeout.value)} is over ${MAX_TIMEOUT_SEC} seconds, the most AWS Batch takes`,
      "write a shorter timeout, e.g. 7d"
    );
  }
}
function checkFargate(ctx, sink, holder, vcpus, memoryMiB) {
  const at = ctx.effective(holder, "resources", "vcpus") ?? ctx.effective(holder, "compute", "platform");
  const size = memoryMiB === void 0 ? void 0 : fargateSizeProblem(vcpus, memoryMiB);
  if (size && at) {
    const path = ctx.effective(holder, "resources", "memory")?.path ?? at.path;
    sink.error(path, `${displayPath(path)}: ${size.message}`, size.hint);
  }
  const roles = ["execution-role-arn", "job-role-arn", "job-definition"].some(
    (k) => ctx.effective(holder, "compute", k)
  );
  const platform = ctx.effective(holder, "compute", "platform");
  if (!roles && platform) {
    sink.error(
      platform.path,
      `${displayPath(platform.path)}: a Fargate job needs an execution role to pull its image and write its logs`,
      "add compute.execution-role-arn: arn:aws:iam::<account>:role/<name>"
    );
  }
}

// src/domain/experiment/checks/aws-tags.ts
var ALLOWED = "letters, digits, spaces and _ . : / = + - @";
function checkAwsTags(ctx, sink) {
  const checkOne = (tags, at) => {
    for (const [key, value] of Object.entries(tags)) {
      const path = [...at, key];
      const where = displayPath(path);
      if (/^aws:/i.test(key)) {
        sink.error(
          path,
          `${where}: tag keys starting "aws:" are reserved by AWS`,
          "choose another key",
          true
        );
      } else if (key.length > MAX_TAG_KEY || !TAG_TEXT.test(key)) {
        sink.error(
          path,
          `${where}: a tag key has 1 to ${MAX_TAG_KEY} of ${ALLOWED}`,
          "shorten the key or remove other characters",
          true
        );
      }
      if (typeof value === "string" && (value.length > MAX_TAG_VALUE || !TAG_TEXT.test(value))) {
        sink.error(
          path,
          `${where}: a tag value has at most ${MAX_TAG_VALUE} of ${ALLOWED}`,
          "shorten the value or remove other characters"
        );
      }
    }
  };
  const top = obj3(obj3(ctx.data.compute)?.tags);
  if (top) checkOne(top, ["compute", "tags"]);
  const room = MAX_TAGS - BATCHBENCH_TAG_COUNT;
  for (const holder of ctx.holders) {
    const own = holder.path.length > 0 ? obj3(obj3(holder.node.compute)?.tags) : void 0;
    if (own) checkOne(own, [...holder.path, "compute", "tags"]);
    const count = (/* @__PURE__ */ new Set([...Object.keys(top ?? {}), ...Object.keys(own ?? {})])).size;
    if (count > room) {
      const path = own ? [...holder.path, "compute", "tags"] : ["compute", "tags"];
      sink.error(
        path,
        `${displayPath(path)}: ${count} tags and the ${BATCHBENCH_TAG_COUNT} batchbench adds are over the ${MAX_TAGS} AWS allows`,
        `keep at most ${room} tags`,
        true
      );
    }
  }
}

// src/domain/experiment/checks/references.ts
function checkText(ctx, sink, text, path) {
  if (hasUnclosedExpression(text)) {
    sink.error(path, `${displayPath(path)}: "\${{" is not closed with "}}"`, "write ${{ matrix.<axis> }}");
  }
  for (const { expression, axis } of expressionsIn(text)) {
    if (axis !== void 0) {
      if (!ctx.isKey(axis)) {
        sink.error(
          path,
          `${displayPath(path)}: \${{ matrix.${axis} }} names no matrix axis`,
          ctx.axisHint(axis)
        );
      }
    } else if (!RUN_VARIABLES.includes(expression)) {
      const known = [...ctx.keys.map((k) => `matrix.${k}`), ...RUN_VARIABLES];
      sink.error(
        path,
        `${displayPath(path)}: unknown expression \${{ ${expression} }}`,
        didYouMean(expression, known) ?? `use one of: ${shortList(known.map((k) => `\${{ ${k} }}`))}`
      );
    }
  }
}
function checkReference(ctx, sink, text, path, valueOk, needs) {
  const axis = matrixReference(text);
  if (axis === void 0) return void 0;
  if (!ctx.isKey(axis)) {
    sink.error(path, `${displayPath(path)}: \${{ matrix.${axis} }} names no matrix axis`, ctx.axisHint(axis));
    return void 0;
  }
  const values = valuesOf(ctx.matrix, axis);
  for (const { value, path: at } of values) {
    if (!valueOk(value)) {
      sink.error(
        at,
        `${displayPath(at)}: ${showValue(value)} is used as ${displayPath(path)} and ${needs}`,
        `change the value, or stop using \${{ matrix.${axis} }} there`
      );
    }
  }
  return values.map((v) => v.value);
}

// src/domain/experiment/checks/backend.ts
function checkBackend(ctx, sink) {
  const check = (compute, path) => {
    const backend = obj3(compute)?.backend;
    if (typeof backend !== "string") return;
    checkReference(
      ctx,
      sink,
      backend,
      [...path, "backend"],
      (v) => isBackendName(v),
      `must be ${backendList()}`
    );
  };
  check(ctx.data.compute, ["compute"]);
  for (const holder of ctx.holders) {
    if (holder.path.length > 0) check(holder.node.compute, [...holder.path, "compute"]);
  }
}

// src/domain/experiment/checks/command.ts
function checkCommand(ctx, sink) {
  for (const holder of ctx.holders) {
    const run = obj3(holder.node.run);
    list(run?.command).forEach((item, i) => {
      const path = [...holder.path, "run", "command", i];
      if (i === 0 && typeof item === "string" && item.trim() === "") {
        sink.error(
          path,
          `${displayPath(path)}: the program name is empty`,
          "start the command with the program to run"
        );
      }
      if (typeof item === "string") checkText(ctx, sink, item, path);
    });
    if (typeof run?.workdir === "string")
      checkText(ctx, sink, run.workdir, [...holder.path, "run", "workdir"]);
    for (const [name, value] of Object.entries(obj3(run?.env) ?? {})) {
      if (typeof value === "string") checkText(ctx, sink, value, [...holder.path, "run", "env", name]);
    }
  }
}

// src/domain/experiment/checks/compute.ts
function checkCompute(ctx, sink) {
  for (const holder of ctx.holders) {
    const platform = ctx.effective(holder, "compute", "platform");
    const gpus = ctx.effective(holder, "resources", "gpus");
    if (platform?.value === "fargate" && typeof gpus?.value === "number" && gpus.value > 0) {
      sink.error(
        gpus.path,
        `${displayPath(gpus.path)}: Fargate has no GPUs`,
        "use platform: ec2 with a GPU instance type, or gpus: 0"
      );
    }
    const capacity = ctx.effective(holder, "compute", "capacity");
    if (capacity?.value === "spot-then-on-demand" && ctx.backendsOf(holder).includes("aws-batch") && !ctx.effective(holder, "compute", "fallback-queue")) {
      sink.warn(
        capacity.path,
        `${displayPath(capacity.path)}: spot-then-on-demand without a fallback-queue retries on the same spot queue`,
        "add compute.fallback-queue: an on-demand job queue"
      );
    }
  }
}

// src/domain/experiment/checks/compute-axes.ts
var CAPACITIES = ["on-demand", "spot", "spot-then-on-demand"];
var INSTANCE_TYPE = /^[a-z0-9-]+\.[a-z0-9-]+$/;
var RULES = [
  [
    "instance-type",
    (v) => typeof v === "string" && INSTANCE_TYPE.test(v),
    "must be an instance type such as c7i.large"
  ],
  ["capacity", (v) => CAPACITIES.includes(String(v)), `must be one of ${CAPACITIES.join(", ")}`]
];
function checkComputeAxes(ctx, sink) {
  const computes = [
    { path: ["compute"], node: obj3(ctx.data.compute) }
  ];
  for (const holder of ctx.holders) {
    if (holder.path.length > 0)
      computes.push({ path: [...holder.path, "compute"], node: obj3(holder.node.compute) });
  }
  for (const { path, node } of computes) {
    for (const [key, ok, needs] of RULES) {
      const text = node?.[key];
      if (typeof text === "string") checkReference(ctx, sink, text, [...path, key], ok, needs);
    }
    for (const key of ["queue", "fallback-queue"]) {
      const text = node?.[key];
      if (typeof text === "string") checkText(ctx, sink, text, [...path, key]);
    }
  }
}

// src/domain/experiment/checks/costs.ts
function checkCosts(ctx, sink) {
  list(obj3(ctx.data.costs)?.storage).forEach((item, i) => {
    const size = obj3(item)?.size;
    if (typeof size === "string" && parseSize(size) === 0) {
      const path = ["costs", "storage", i, "size"];
      sink.error(path, `${displayPath(path)} must be more than 0`, "write a size such as 5GB or 1.2TB");
    }
  });
}

// src/domain/experiment/checks/design-power.ts
function checkDesignPower({ data }, sink) {
  const failOn = obj3(obj3(data.analysis)?.["fail-on"]);
  const regression = failOn?.regression;
  if (regression === void 0 || regression === false) return;
  const repeats = typeof data.repeats === "number" ? data.repeats : data.repeats === void 0 ? 1 : void 0;
  if (repeats === void 0 || repeats >= 2) return;
  sink.warn(
    data.repeats === void 0 ? ["analysis", "fail-on", "regression"] : ["repeats"],
    `repeats: ${repeats}: analysis.fail-on.regression can never fire, since with one repeat a run's comparison with its base cannot be tested (Welch's t needs at least 2 repeats on each side)`,
    "set repeats: 5 or more (batchbench plan states the smallest change a design detects)"
  );
}

// src/domain/experiment/checks/fan-out.ts
function checkFanOut(ctx, sink) {
  for (const holder of ctx.holders) {
    const fanOut = obj3(holder.node["fan-out"]);
    if (!fanOut) continue;
    const items = typeof fanOut.items === "number" ? fanOut.items : void 0;
    const workersPath = [...holder.path, "fan-out", "workers"];
    const emptyHint = "use at most as many workers as fan-out.items";
    if (typeof fanOut.workers === "string") {
      checkReference(
        ctx,
        sink,
        fanOut.workers,
        workersPath,
        (v) => typeof v === "number" && Number.isInteger(v) && v >= 1,
        "must be a whole number of at least 1"
      );
      const axis = matrixReference(fanOut.workers);
      for (const { value, path } of axis === void 0 ? [] : valuesOf(ctx.matrix, axis)) {
        if (items !== void 0 && typeof value === "number" && value > items) {
          sink.warn(
            path,
            `${displayPath(path)}: ${value} workers for ${items} items leaves ${value - items} shards empty`,
            emptyHint
          );
        }
      }
    } else if (typeof fanOut.workers === "number" && items !== void 0 && fanOut.workers > items) {
      sink.warn(
        workersPath,
        `${displayPath(workersPath)}: ${fanOut.workers} workers for ${items} items leaves ${fanOut.workers - items} shards empty`,
        emptyHint
      );
    }
  }
}

// src/domain/cost/file-prices.ts
function withFileInstanceTypes(table, own) {
  if (Object.keys(own).length === 0) return table;
  const added = Object.fromEntries(Object.entries(own).map(([name, t]) => [name, asInstancePrice(t)]));
  const regions = Object.fromEntries(
    Object.entries(table.regions).map(([region, r]) => [region, { ...r, ec2: { ...r.ec2, ...added } }])
  );
  return { ...table, regions };
}
function asInstancePrice(t) {
  return {
    vcpus: t.vcpus,
    memoryGiB: t.memoryGiB,
    gpus: t.gpus,
    arch: "x86_64",
    cpu: "unknown",
    onDemandHourly: t.onDemandHourly,
    spotHourlyTypical: t.spotHourly ?? null
  };
}
function fileInstanceTypes(data) {
  const costs = data.costs;
  const raw = costs?.["instance-types"];
  if (typeof raw !== "object" || raw === null) return {};
  const out = {};
  for (const [name, v] of Object.entries(raw)) {
    if (typeof v !== "object" || v === null || typeof v.vcpus !== "number") continue;
    const bytes = parseSize(v.memory);
    out[name] = asInstancePrice({
      vcpus: v.vcpus,
      memoryGiB: bytes === void 0 ? Infinity : bytes / 1024 ** 3,
      gpus: typeof v.gpus === "number" ? v.gpus : 0,
      onDemandHourly: typeof v["on-demand-hourly"] === "number" ? v["on-demand-hourly"] : 0
    });
  }
  return out;
}

// src/domain/experiment/checks/usable-memory.ts
function usableMemoryMiB(installedGiB) {
  return Math.floor(installedGiB * 1024 * 0.97) - 32;
}

// src/domain/experiment/checks/instance-types.ts
function checkInstanceTypes(ctx, sink) {
  const prices = ctx.prices;
  if (!prices) return;
  const issues = [];
  const cells = expandMatrix(ctx.matrix);
  const own = fileInstanceTypes(ctx.data);
  for (const holder of ctx.holders) {
    const setting = (section, key) => ctx.effective(holder, section, key);
    if (setting("compute", "platform")?.value === "fargate") continue;
    const type = setting("compute", "instance-type");
    if (typeof type?.value !== "string") continue;
    const region = String(setting("compute", "region")?.value ?? "us-east-1");
    const table = prices.regions[region]?.ec2;
    const specOf = (name) => own[name] ?? table?.[name];
    const axis = matrixReference(type.value);
    const written = axis === void 0 ? [{ value: type.value, path: type.path }] : valuesOf(ctx.matrix, axis);
    for (const { value, path } of written) {
      const name = String(value);
      if (specOf(name) !== void 0 || !table) continue;
      issues.push({
        path,
        atKey: false,
        severity: "error",
        message: `${displayPath(path)}: ${showValue(value)} is not an instance type the price table knows in ${region}`,
        hint: didYouMean(name, [...Object.keys(table), ...Object.keys(own)]) ?? "name an EC2 instance type such as c7i.large, or give its size and price under costs.instance-types"
      });
    }
    const resolve = (s, cell) => {
      const ref = typeof s?.value === "string" ? matrixReference(s.value) : void 0;
      return ref === void 0 ? s?.value : cell[ref];
    };
    const varies = [
      type,
      setting("resources", "vcpus"),
      setting("resources", "memory"),
      setting("resources", "gpus")
    ].some((s) => typeof s?.value === "string" && matrixReference(s.value) !== void 0);
    for (const cell of cells) {
      const spec = specOf(String(resolve(type, cell)));
      if (spec)
        issues.push(...fitIssues(String(resolve(type, cell)), spec, varies ? cell : {}, setting, resolve));
    }
  }
  for (const i of issues) sink.error(i.path, i.message, i.hint);
}
function fitIssues(type, spec, cell, setting, resolve) {
  const issues = [];
  const where = Object.keys(cell).length === 0 ? "" : ` (cell ${Object.entries(cell).map(([k, v2]) => `${k}=${String(v2)}`).join(", ")})`;
  const vcpus = setting("resources", "vcpus");
  const v = Number(resolve(vcpus, cell) ?? 1);
  if (vcpus && Number.isFinite(v) && v > spec.vcpus) {
    issues.push(
      misfit(
        vcpus.path,
        `${v} vCPUs do not fit ${type}, which has ${spec.vcpus}${where}`,
        "lower resources.vcpus or pick a larger instance type"
      )
    );
  }
  const memory = setting("resources", "memory");
  const bytes = parseSize(resolve(memory, cell)) ?? 0;
  const usable = usableMemoryMiB(spec.memoryGiB);
  if (memory && bytes / 2 ** 20 > usable) {
    issues.push(
      misfit(
        memory.path,
        `${showValue(resolve(memory, cell))} does not fit ${type}: of its ${spec.memoryGiB} GiB, AWS Batch can give a job about ${usable} MiB${where}`,
        "lower resources.memory or pick an instance type with more memory (Batch keeps some for the kernel and its agent)"
      )
    );
  }
  const gpus = setting("resources", "gpus");
  const g = Number(resolve(gpus, cell) ?? 0);
  if (gpus && g > spec.gpus) {
    issues.push(
      misfit(
        gpus.path,
        `${g} GPUs do not fit ${type}, which has ${spec.gpus}${where}`,
        "pick a GPU instance type (g5, p4d, ...) or lower resources.gpus"
      )
    );
  }
  return issues;
}
function misfit(path, what, hint) {
  return {
    path,
    atKey: false,
    severity: "error",
    message: `${displayPath(path)}: ${what}; the job would never start`,
    hint
  };
}

// src/domain/experiment/checks/matrix.ts
function checkMatrix(ctx, sink) {
  const axes = Object.keys(ctx.matrix.axes);
  list(obj3(ctx.data.matrix)?.exclude).forEach((entry, i) => {
    for (const key of Object.keys(obj3(entry) ?? {})) {
      if (!axes.includes(key)) {
        const path = ["matrix", "exclude", i, key];
        sink.error(
          path,
          `${displayPath(path)}: "${key}" is not a matrix axis`,
          didYouMean(key, axes) ?? `axes: ${shortList(axes)}`,
          true
        );
      }
    }
  });
  if (axes.length > 0 && expandMatrix(ctx.matrix).length === 0) {
    sink.error(
      ["matrix"],
      "every combination of the matrix is excluded: nothing would run",
      "remove an exclude entry or add values",
      true
    );
  }
}

// src/domain/experiment/checks/metrics.ts
var BUILT_IN_METRICS = ["wall-time", "cost", "speedup", "efficiency"];
function checkMetrics(ctx, sink) {
  const declared = /* @__PURE__ */ new Set();
  list(obj3(ctx.data.results)?.metrics).forEach((m, i) => {
    const name = obj3(m)?.name;
    if (typeof name !== "string") return;
    const path = ["results", "metrics", i, "name"];
    if (declared.has(name) || BUILT_IN_METRICS.includes(name)) {
      sink.error(
        path,
        `${displayPath(path)}: metric "${name}" is ${declared.has(name) ? "declared twice" : "built in"}`,
        "give each metric its own name"
      );
    }
    declared.add(name);
  });
  const known = [...BUILT_IN_METRICS, ...declared];
  const isKnown = new Set(known);
  list(obj3(ctx.data.analysis)?.targets).forEach((t, i) => {
    const target = obj3(t);
    if (!target) return;
    const path = ["analysis", "targets", i];
    if (typeof target.metric === "string" && !isKnown.has(target.metric)) {
      sink.error(
        [...path, "metric"],
        `${displayPath([...path, "metric"])}: unknown metric "${target.metric}"`,
        didYouMean(target.metric, known) ?? `use ${shortList(known)}, or declare it under results.metrics`
      );
    }
    if (target.min === void 0 && target.max === void 0) {
      sink.error(
        path,
        `${displayPath(path)} sets neither min nor max`,
        "add min: or max: for the bound to check"
      );
    } else if (typeof target.min === "number" && typeof target.max === "number" && target.min > target.max) {
      sink.error(
        [...path, "min"],
        `${displayPath(path)}: min ${target.min} is above max ${target.max}`,
        "swap min and max"
      );
    }
    for (const key of Object.keys(obj3(target.cell) ?? {})) {
      if (!ctx.isKey(key)) {
        const at = [...path, "cell", key];
        sink.error(at, `${displayPath(at)}: "${key}" is not a matrix axis`, ctx.axisHint(key), true);
      }
    }
  });
}

// src/domain/experiment/checks/resources.ts
var AWS_BATCH_MIN_TIMEOUT_SEC = 60;
function checkResources(ctx, sink) {
  for (const holder of ctx.holders) {
    const onBatch = ctx.backendsOf(holder).includes("aws-batch");
    const timeout = ctx.effective(holder, "resources", "timeout");
    if (timeout && (typeof timeout.value === "string" || typeof timeout.value === "number")) {
      const seconds = parseDuration(timeout.value);
      if (seconds === 0) {
        sink.error(
          timeout.path,
          `${displayPath(timeout.path)} must be more than 0`,
          "write a duration such as 90s or 15m"
        );
      } else if (seconds !== void 0 && seconds < AWS_BATCH_MIN_TIMEOUT_SEC) {
        const message = `${displayPath(timeout.path)}: ${showValue(timeout.value)} is under 60s, the least AWS Batch accepts`;
        if (onBatch) sink.error(timeout.path, message, "raise the timeout to 60s or more");
        else
          sink.warn(
            timeout.path,
            message,
            "fine for local runs; raise it to 60s before running on aws-batch"
          );
      }
    }
    const memory = ctx.effective(holder, "resources", "memory");
    if (memory && typeof memory.value === "string" && parseSize(memory.value) === 0) {
      sink.error(
        memory.path,
        `${displayPath(memory.path)} must be more than 0`,
        "write a size such as 512MiB or 4GiB"
      );
    }
  }
}

// src/domain/experiment/checks/retry.ts
function checkRetry(ctx, sink) {
  for (const holder of ctx.holders) {
    const retryOn = ctx.effective(holder, "resources", "retry-on");
    if (!retryOn) continue;
    list(retryOn.value).forEach((rule, i) => {
      const r = obj3(rule);
      if (r && !["on-status-reason", "on-reason", "on-exit-code"].some((k) => k in r)) {
        const path = [...retryOn.path, i];
        sink.error(
          path,
          `${displayPath(path)} matches nothing`,
          "add on-exit-code, on-reason or on-status-reason",
          true
        );
      }
    });
    checkPatterns(sink, retryOn.path, retryOn.value);
    const retries = ctx.effective(holder, "resources", "retries");
    const builtIn = builtInRetryRules(typeof retries?.value === "number" ? retries.value : 0).length;
    const own = list(retryOn.value).length;
    if (ctx.backendsOf(holder).includes("aws-batch") && own + builtIn > MAX_RETRY_RULES) {
      sink.error(
        retryOn.path,
        `${displayPath(retryOn.path)}: ${own} rules and the ${builtIn} batchbench adds (lost hosts, images that cannot be pulled${builtIn > 2 ? ", no retries" : ""}) are over the ${MAX_RETRY_RULES} AWS Batch allows`,
        `keep at most ${MAX_RETRY_RULES - builtIn} rules`,
        true
      );
    }
    if (list(retryOn.value).length > 0 && (retries?.value ?? 0) === 0) {
      sink.warn(
        retryOn.path,
        `${displayPath(retryOn.path)} has no effect with retries: 0`,
        "set resources.retries to the extra attempts allowed",
        true
      );
    }
  }
}
function checkPatterns(sink, at, rules) {
  list(rules).forEach((rule, i) => {
    const r = obj3(rule);
    for (const key of ["on-exit-code", "on-reason", "on-status-reason"]) {
      const value = r?.[key];
      if (value === void 0 || typeof value !== "string" && typeof value !== "number") continue;
      const text = String(value);
      const exit = key === "on-exit-code";
      const path = [...at, i, key];
      if (text.length > MAX_PATTERN_LENGTH) {
        sink.error(
          path,
          `${displayPath(path)} is over ${MAX_PATTERN_LENGTH} characters`,
          "shorten it and end it with *"
        );
      } else if (!(exit ? EXIT_CODE_PATTERN : REASON_PATTERN).test(text) || text === "") {
        sink.error(
          path,
          exit ? `${displayPath(path)}: ${showValue(value)} is not an exit-code pattern AWS Batch accepts` : `${displayPath(path)}: ${showValue(value)} is not a reason pattern AWS Batch accepts`,
          exit ? 'write digits, optionally ending in one *, e.g. "137" or "1*"' : 'use letters, digits, ".", ":" and spaces, optionally ending in one *, e.g. "Host EC2*"'
        );
      }
    }
  });
}

// src/domain/experiment/checks/setting-axes.ts
var whole = (v, min, max) => typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
var RESOURCE_RULES = [
  [
    "vcpus",
    (v) => typeof v === "number" && v > 0 && v <= 4096,
    "must be a number of vCPUs above 0 (at most 4096)"
  ],
  [
    "memory",
    (v) => (typeof v === "number" || typeof v === "string") && (parseSize(v) ?? 0) > 0,
    "must be a size such as 512MiB or 4GiB (or a number of MiB)"
  ],
  ["gpus", (v) => whole(v, 0, 64), "must be a whole number of GPUs from 0 to 64"]
];
var FAN_OUT_RULES = [
  ["items", (v) => whole(v, 1, Number.MAX_SAFE_INTEGER), "must be a whole number of at least 1"],
  ["oversubscribe", (v) => typeof v === "number" && v >= 1 && v <= 2, "must be a number from 1 to 2"]
];
function checkSettingAxes(ctx, sink) {
  for (const holder of ctx.holders) {
    for (const [key, ok, needs] of RESOURCE_RULES) {
      const setting = ctx.effective(holder, "resources", key);
      if (typeof setting?.value === "string")
        checkReference(ctx, sink, setting.value, setting.path, ok, needs);
    }
    const fanOut = obj3(holder.node["fan-out"]);
    for (const [key, ok, needs] of FAN_OUT_RULES) {
      const text = fanOut?.[key];
      if (typeof text === "string")
        checkReference(ctx, sink, text, [...holder.path, "fan-out", key], ok, needs);
    }
  }
}

// src/domain/experiment/checks/speedup.ts
function checkSpeedup(ctx, sink) {
  const speedup = obj3(obj3(ctx.data.analysis)?.speedup);
  const over = speedup?.over;
  if (typeof over !== "string") return;
  const overPath = ["analysis", "speedup", "over"];
  if (!ctx.isKey(over)) {
    sink.error(overPath, `${displayPath(overPath)}: "${over}" is not a matrix axis`, ctx.axisHint(over));
    return;
  }
  if (valuesOf(ctx.matrix, over).some((v) => typeof v.value !== "number")) {
    sink.warn(
      overPath,
      `${displayPath(overPath)}: not every value of "${over}" is a number`,
      "efficiency and the Amdahl fit need numeric degrees of parallelism"
    );
  }
  checkBaseline(ctx, sink, speedup?.baseline, over);
}
function checkBaseline(ctx, sink, baseline, over) {
  const path = ["analysis", "speedup", "baseline"];
  let partial;
  if (isScalar(baseline)) {
    partial = { [over]: baseline };
  } else if (obj3(baseline) && Object.values(obj3(baseline)).every(isScalar)) {
    partial = baseline;
    const unknown = Object.keys(partial).filter((k) => !ctx.isKey(k));
    for (const key of unknown) {
      sink.error(
        [...path, key],
        `${displayPath([...path, key])}: "${key}" is not a matrix axis`,
        ctx.axisHint(key),
        true
      );
    }
    if (unknown.length > 0) return;
  } else {
    return;
  }
  const { matrix } = ctx;
  if (expandMatrix(matrix).some((cell) => matchesAll(cell, partial))) return;
  const shown = Object.entries(partial).map(([k, v]) => `${k}=${String(v)}`).join(", ");
  const excluded = expandMatrix({ ...matrix, exclude: [] }).some((cell) => matchesAll(cell, partial));
  const overValues = [...new Set(valuesOf(matrix, over).map((v) => String(v.value)))];
  sink.error(
    path,
    excluded ? `${displayPath(path)}: the baseline cell (${shown}) is removed by matrix.exclude` : `${displayPath(path)}: no cell of the matrix has ${shown}`,
    excluded ? "remove that exclude entry or pick another baseline" : `${over} takes: ${shortList(overValues)}`
  );
}

// src/domain/experiment/checks/stage-needs.ts
function checkStageNeeds(ctx, sink) {
  const stages = obj3(ctx.data.stages);
  if (!stages) return;
  const names = Object.keys(stages);
  const isStage = new Set(names);
  const validNeeds = /* @__PURE__ */ new Map();
  for (const name of names) {
    const valid = [];
    list(obj3(stages[name])?.needs).forEach((need, i) => {
      if (typeof need !== "string") return;
      const path = ["stages", name, "needs", i];
      if (need === name) {
        sink.error(
          path,
          `${displayPath(path)}: stage "${name}" needs itself`,
          "remove it from its own needs"
        );
      } else if (!isStage.has(need)) {
        sink.error(
          path,
          `${displayPath(path)}: no stage named "${need}"`,
          didYouMean(need, names) ?? `stages: ${shortList(names)}`
        );
      } else {
        valid.push(need);
      }
    });
    validNeeds.set(name, valid);
  }
  const cycle = findCycle(names, (n) => validNeeds.get(n) ?? []);
  if (cycle) {
    const first = cycle[0];
    sink.error(
      ["stages", first, "needs"],
      `stages need each other in a cycle: ${cycle.join(" -> ")}`,
      "remove one of these needs so the stages can run in order",
      true
    );
  }
}

// src/domain/experiment/checks/index.ts
var SEMANTIC_CHECKS = [
  checkCommand,
  checkBackend,
  checkFanOut,
  checkResources,
  checkRetry,
  checkCompute,
  checkComputeAxes,
  checkSettingAxes,
  checkInstanceTypes,
  checkStageNeeds,
  checkMatrix,
  checkSpeedup,
  checkMetrics,
  checkCosts,
  checkAwsEnv,
  checkAwsTags,
  checkAwsNames,
  checkAwsResources,
  checkDesignPower
];

// src/domain/experiment/semantic-checks.ts
function checkSemantics(data, prices) {
  const context = checkContext(data, prices);
  const { sink, issues } = issueSink();
  for (const check of SEMANTIC_CHECKS) check(context, sink);
  return issues();
}

// src/domain/experiment/validate.ts
function validateExperimentText(text, file, options = {}) {
  return validateExperimentSource(readYamlSource(text, file), file, options);
}
function validateExperimentSource(source, file, options = {}) {
  const problems = [...source.problems];
  const data = source.data;
  if (data !== void 0) {
    for (const issue of checkData(data, true, options.prices)) problems.push(placeIssue(source, file, issue));
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const ok = data !== void 0 && !problems.some((p) => p.severity === "error");
  return {
    ...ok ? { value: normaliseExperiment(data, file) } : {},
    problems,
    locate: source.locate,
    ...data !== void 0 ? { data } : {}
  };
}
function compareVariant(parsed, file, compare) {
  let data = parsed;
  if (data === void 0) return void 0;
  for (const [dotted, value] of Object.entries(compare.override)) {
    data = withSetting(data, splitSettingPath(dotted, data), value);
  }
  if (checkData(data, false).some((i) => i.severity === "error")) return void 0;
  return normaliseExperiment(data, file);
}
function checkData(data, withCompare, prices) {
  const schemaIssues = checkSchema(data);
  const record = typeof data === "object" && data !== null ? data : {};
  const overLimits = checkLimits(record);
  if (overLimits.length > 0) return [...schemaIssues, ...overLimits];
  const overlapsSchema = schemaOverlap(schemaIssues);
  const semantic = checkSemantics(record, prices).filter((s) => !overlapsSchema(s.path, true));
  const compare = withCompare ? checkCompare(record, (d) => checkData(d, false)) : [];
  return [...schemaIssues, ...semantic, ...compare.filter((c) => !overlapsSchema(c.path, false))];
}
function schemaOverlap(schemaIssues) {
  const key = (path, length) => JSON.stringify(path.slice(0, length));
  const exact = /* @__PURE__ */ new Set();
  const prefixes = /* @__PURE__ */ new Set();
  let root = false;
  for (const { path } of schemaIssues) {
    if (path.length === 0) root = true;
    else exact.add(key(path, path.length));
    for (let n = 1; n <= path.length; n++) prefixes.add(key(path, n));
  }
  return (path, rootToo) => {
    if (path.length === 0) return rootToo && root;
    if (prefixes.has(key(path, path.length))) return true;
    for (let n = 1; n <= path.length; n++) if (exact.has(key(path, n))) return true;
    return false;
  };
}

export {
  MAX_JOBS_PER_PLAN,
  MAX_JOB_DEPENDENCIES,
  workersOf,
  shardsOf,
  speculativeCount,
  countJobs,
  expandMatrix,
  matchesAll,
  sameScalar,
  toCells,
  withFileInstanceTypes,
  DEFAULT_FAIL_ON,
  DEFAULT_FAIL_ON_REGRESSION,
  validateExperimentText,
  validateExperimentSource,
  compareVariant
};
