import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  checkSchema,
  didYouMean,
  displayPath,
  experimentSchema,
  placeIssue,
  readYamlSource,
  resolveRef,
  showValue
} from "./chunk-Q3NR4BZE.js";
import {
  parseDuration,
  parseSize
} from "./chunk-WZ3PWTB2.js";

// src/domain/spec/compare-check.ts
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

// src/domain/spec/matrix-spec.ts
var MATRIX_RESERVED = ["include", "exclude"];
function isScalar(x) {
  return typeof x === "string" || typeof x === "number" || typeof x === "boolean";
}
function matrixSpecOf(raw) {
  const spec = { axes: {}, include: [], exclude: [] };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return spec;
  for (const [key, value] of Object.entries(raw)) {
    if (!Array.isArray(value)) continue;
    if (MATRIX_RESERVED.includes(key)) {
      spec[key] = value.filter(isCell);
    } else {
      spec.axes[key] = value.filter(isScalar);
    }
  }
  return spec;
}
function isCell(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x) && Object.values(x).every(isScalar);
}
function matrixKeys(spec) {
  const keys = new Set(Object.keys(spec.axes));
  for (const inc of spec.include) for (const k of Object.keys(inc)) keys.add(k);
  return [...keys];
}
function valuesOf(spec, key) {
  const found = (spec.axes[key] ?? []).map((value, i) => ({ value, path: ["matrix", key, i] }));
  spec.include.forEach((inc, i) => {
    const value = inc[key];
    if (value !== void 0) found.push({ value, path: ["matrix", "include", i, key] });
  });
  return found;
}
function implicitBackend(spec) {
  const values = spec.axes.backend;
  if (values === void 0 || values.length === 0) return void 0;
  return values.every((v) => v === "local" || v === "aws-batch") ? "${{ matrix.backend }}" : void 0;
}

// src/domain/spec/stage-order.ts
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

// src/domain/spec/normalise.ts
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
function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function normaliseExperiment(f, file) {
  const matrix = matrixSpecOf(f.matrix);
  const backend = implicitBackend(matrix);
  const topCompute = backend === void 0 ? f.compute : { backend, ...f.compute };
  const stagesAsWritten = f.stages ? Object.entries(f.stages).map(
    ([name, s]) => stage(
      name,
      s.needs ?? [],
      s.run,
      { ...f.resources, ...s.resources },
      mergeCompute(topCompute, s.compute),
      s["fan-out"]
    )
  ) : [stage(DEFAULTS.stageName, [], f.run, f.resources ?? {}, topCompute ?? {}, f["fan-out"])];
  const byName = new Map(stagesAsWritten.map((s) => [s.name, s]));
  const ordered = orderStages([...byName.keys()], (n) => byName.get(n)?.needs ?? []);
  const stages = "order" in ordered ? ordered.order.map((n) => byName.get(n)) : stagesAsWritten;
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
      confidence: f.analysis?.confidence ?? DEFAULTS.confidence
    }),
    budget: compact({
      maxUsd: f.budget?.["max-usd"],
      maxVcpus: f.budget?.["max-vcpus"],
      maxJobs: f.budget?.["max-jobs"]
    }),
    costs: {
      storage: (f.costs?.storage ?? []).map(
        (s) => compact({ kind: s.kind, sizeBytes: parseSize(s.size), hours: s.hours })
      ),
      transferOutBytes: f.costs?.transfer?.out === void 0 ? 0 : parseSize(f.costs.transfer.out)
    },
    compare: (f.compare ?? []).map((c) => ({ name: c.name, override: { ...c.override } }))
  });
}
function mergeCompute(defaults, own) {
  const tags = defaults?.tags || own?.tags ? { ...defaults?.tags, ...own?.tags } : void 0;
  return compact({ ...defaults, ...own, tags });
}
function stage(name, needs, run, resources, compute, fanOut) {
  return compact({
    name,
    needs: [...needs],
    run: runSpec(run),
    resources: resourcesSpec(resources),
    compute: computeSpec(compute),
    fanOut: fanOut ? fanOutSpec(fanOut) : void 0
  });
}
function runSpec(run) {
  return compact({
    command: run.command.map(String),
    env: Object.fromEntries(Object.entries(run.env ?? {}).map(([k, v]) => [k, String(v)])),
    workdir: run.workdir
  });
}
function resourcesSpec(r) {
  return {
    vcpus: r.vcpus ?? DEFAULTS.vcpus,
    memoryBytes: parseSize(r.memory ?? DEFAULTS.memory),
    gpus: r.gpus ?? DEFAULTS.gpus,
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
    tags: { ...c.tags }
  });
}
function fanOutSpec(f) {
  return { items: f.items, workers: f.workers, oversubscribe: f.oversubscribe ?? DEFAULTS.oversubscribe };
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

// src/domain/spec/templates.ts
var EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;
var MATRIX_REF = /^matrix\.([A-Za-z0-9_-]+)$/;
var RUN_VARIABLES = ["shard.index", "shard.count", "repeat"];
function expressionsIn(text) {
  return [...text.matchAll(EXPRESSION)].map((m) => {
    const expression = m[1];
    const axis = MATRIX_REF.exec(expression)?.[1];
    return axis === void 0 ? { expression } : { expression, axis };
  });
}
function hasUnclosedExpression(text) {
  return text.replace(EXPRESSION, "").includes("${{");
}
function renderTemplate(text, context) {
  return text.replace(EXPRESSION, (whole, inner) => {
    const axis = MATRIX_REF.exec(inner)?.[1];
    if (axis !== void 0) return axis in context.matrix ? String(context.matrix[axis]) : whole;
    if (inner === "shard.index") return String(context.shard?.index ?? 0);
    if (inner === "shard.count") return String(context.shard?.count ?? 1);
    if (inner === "repeat" && context.repeat !== void 0) return String(context.repeat);
    return whole;
  });
}
var WHOLE_MATRIX_REF = /^\s*\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}\s*$/;
function matrixReference(text) {
  return WHOLE_MATRIX_REF.exec(text)?.[1];
}

// src/domain/spec/semantic-checks.ts
var BUILT_IN_METRICS = ["wall-time", "cost", "speedup", "efficiency"];
var AWS_BATCH_MIN_TIMEOUT_SEC = 60;
var BACKENDS = ["local", "aws-batch"];
function obj2(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x) ? x : void 0;
}
function list(x) {
  return Array.isArray(x) ? x : [];
}
function checkSemantics(data) {
  const issues = [];
  const add = (severity, path, message, hint, atKey = false) => issues.push({ path, atKey, message, severity, ...hint === void 0 ? {} : { hint } });
  const error = (path, message, hint, atKey = false) => add("error", path, message, hint, atKey);
  const warn = (path, message, hint, atKey = false) => add("warning", path, message, hint, atKey);
  const matrix = matrixSpecOf(data.matrix);
  const keys = [
    .../* @__PURE__ */ new Set([
      ...matrixKeys(matrix),
      ...Object.keys(obj2(data.matrix) ?? {}).filter((k) => !MATRIX_RESERVED.includes(k))
    ])
  ];
  const axisHint = (name) => didYouMean(name, keys) ?? (keys.length > 0 ? `matrix keys: ${keys.join(", ")}` : "add the axis under matrix:");
  const checkText = (text, path) => {
    if (hasUnclosedExpression(text)) {
      error(path, `${displayPath(path)}: "\${{" is not closed with "}}"`, "write ${{ matrix.<axis> }}");
    }
    for (const { expression, axis } of expressionsIn(text)) {
      if (axis !== void 0) {
        if (!keys.includes(axis)) {
          error(path, `${displayPath(path)}: \${{ matrix.${axis} }} names no matrix axis`, axisHint(axis));
        }
      } else if (!RUN_VARIABLES.includes(expression)) {
        const known = [...keys.map((k) => `matrix.${k}`), ...RUN_VARIABLES];
        error(
          path,
          `${displayPath(path)}: unknown expression \${{ ${expression} }}`,
          didYouMean(expression, known) ?? `use one of: ${known.map((k) => `\${{ ${k} }}`).join(", ")}`
        );
      }
    }
  };
  const checkReference = (text, path, valueOk, needs) => {
    const axis = matrixReference(text);
    if (axis === void 0) return void 0;
    if (!keys.includes(axis)) {
      error(path, `${displayPath(path)}: \${{ matrix.${axis} }} names no matrix axis`, axisHint(axis));
      return void 0;
    }
    const values = valuesOf(matrix, axis);
    for (const { value, path: at } of values) {
      if (!valueOk(value)) {
        error(
          at,
          `${displayPath(at)}: ${showValue(value)} is used as ${displayPath(path)} and ${needs}`,
          `change the value, or stop using \${{ matrix.${axis} }} there`
        );
      }
    }
    return values.map((v) => v.value);
  };
  const stages = obj2(data.stages);
  const holders = stages ? Object.entries(stages).flatMap(
    ([name, node]) => obj2(node) ? [{ path: ["stages", name], node: obj2(node) }] : []
  ) : [{ path: [], node: data }];
  const effective = (holder, section, key) => {
    const own = obj2(holder.node[section])?.[key];
    if (own !== void 0) return { value: own, path: [...holder.path, section, key] };
    const top = obj2(data[section])?.[key];
    if (top !== void 0) return { value: top, path: [section, key] };
    return void 0;
  };
  const backendsOf = (holder) => {
    const written = effective(holder, "compute", "backend")?.value;
    const backend = typeof written === "string" ? written : implicitBackend(matrix);
    if (backend === void 0) return ["local"];
    const axis = matrixReference(backend);
    if (axis === void 0) return [backend];
    return valuesOf(matrix, axis).map((v) => String(v.value));
  };
  const checkBackend = (compute, path) => {
    const backend = obj2(compute)?.backend;
    if (typeof backend !== "string") return;
    checkReference(
      backend,
      [...path, "backend"],
      (v) => BACKENDS.includes(String(v)),
      "must be local or aws-batch"
    );
  };
  checkBackend(data.compute, ["compute"]);
  for (const holder of holders) {
    const run = obj2(holder.node.run);
    list(run?.command).forEach((item, i) => {
      const path = [...holder.path, "run", "command", i];
      if (i === 0 && typeof item === "string" && item.trim() === "") {
        error(
          path,
          `${displayPath(path)}: the program name is empty`,
          "start the command with the program to run"
        );
      }
      if (typeof item === "string") checkText(item, path);
    });
    for (const [name, value] of Object.entries(obj2(run?.env) ?? {})) {
      if (typeof value === "string") checkText(value, [...holder.path, "run", "env", name]);
    }
    if (holder.path.length > 0) checkBackend(holder.node.compute, [...holder.path, "compute"]);
    const backends = backendsOf(holder);
    const onBatch = backends.includes("aws-batch");
    const fanOut = obj2(holder.node["fan-out"]);
    if (fanOut) {
      const items = typeof fanOut.items === "number" ? fanOut.items : void 0;
      const workersPath = [...holder.path, "fan-out", "workers"];
      if (typeof fanOut.workers === "string") {
        checkReference(
          fanOut.workers,
          workersPath,
          (v) => typeof v === "number" && Number.isInteger(v) && v >= 1,
          "must be a whole number of at least 1"
        );
        const axis = matrixReference(fanOut.workers);
        for (const { value, path } of axis === void 0 ? [] : valuesOf(matrix, axis)) {
          if (items !== void 0 && typeof value === "number" && value > items) {
            warn(
              path,
              `${displayPath(path)}: ${value} workers for ${items} items leaves ${value - items} shards empty`,
              "use at most as many workers as fan-out.items"
            );
          }
        }
      } else if (typeof fanOut.workers === "number" && items !== void 0 && fanOut.workers > items) {
        warn(
          workersPath,
          `${displayPath(workersPath)}: ${fanOut.workers} workers for ${items} items leaves ${fanOut.workers - items} shards empty`,
          "use at most as many workers as fan-out.items"
        );
      }
    }
    const timeout = effective(holder, "resources", "timeout");
    if (timeout && (typeof timeout.value === "string" || typeof timeout.value === "number")) {
      const seconds = parseDuration(timeout.value);
      if (seconds === 0) {
        error(
          timeout.path,
          `${displayPath(timeout.path)} must be more than 0`,
          "write a duration such as 90s or 15m"
        );
      } else if (seconds !== void 0 && seconds < AWS_BATCH_MIN_TIMEOUT_SEC) {
        const message = `${displayPath(timeout.path)}: ${showValue(timeout.value)} is under 60s, the least AWS Batch accepts`;
        if (onBatch) error(timeout.path, message, "raise the timeout to 60s or more");
        else warn(timeout.path, message, "fine for local runs; raise it to 60s before running on aws-batch");
      }
    }
    const memory = effective(holder, "resources", "memory");
    if (memory && typeof memory.value === "string" && parseSize(memory.value) === 0) {
      error(
        memory.path,
        `${displayPath(memory.path)} must be more than 0`,
        "write a size such as 512MiB or 4GiB"
      );
    }
    const retryOn = effective(holder, "resources", "retry-on");
    list(retryOn?.value).forEach((rule, i) => {
      const r = obj2(rule);
      if (r && !["on-status-reason", "on-reason", "on-exit-code"].some((k) => k in r)) {
        const path = [...retryOn.path, i];
        error(
          path,
          `${displayPath(path)} matches nothing`,
          "add on-exit-code, on-reason or on-status-reason",
          true
        );
      }
    });
    const retries = effective(holder, "resources", "retries");
    if (retryOn && list(retryOn.value).length > 0 && (retries?.value ?? 0) === 0) {
      warn(
        retryOn.path,
        `${displayPath(retryOn.path)} has no effect with retries: 0`,
        "set resources.retries to the extra attempts allowed",
        true
      );
    }
    const platform = effective(holder, "compute", "platform");
    const gpus = effective(holder, "resources", "gpus");
    if (platform?.value === "fargate" && typeof gpus?.value === "number" && gpus.value > 0) {
      error(
        gpus.path,
        `${displayPath(gpus.path)}: Fargate has no GPUs`,
        "use platform: ec2 with a GPU instance type, or gpus: 0"
      );
    }
    const capacity = effective(holder, "compute", "capacity");
    if (capacity?.value === "spot-then-on-demand" && onBatch && !effective(holder, "compute", "fallback-queue")) {
      warn(
        capacity.path,
        `${displayPath(capacity.path)}: spot-then-on-demand without a fallback-queue retries on the same spot queue`,
        "add compute.fallback-queue: an on-demand job queue"
      );
    }
  }
  if (stages) checkNeeds(stages, error);
  checkMatrix(data, matrix, error);
  checkAnalysis(data, matrix, keys, axisHint, error, warn);
  checkCosts(data, error);
  return dedupe(issues);
}
function checkNeeds(stages, error) {
  const names = Object.keys(stages);
  const validNeeds = /* @__PURE__ */ new Map();
  for (const name of names) {
    const valid = [];
    list(obj2(stages[name])?.needs).forEach((need, i) => {
      if (typeof need !== "string") return;
      const path = ["stages", name, "needs", i];
      if (need === name) {
        error(path, `${displayPath(path)}: stage "${name}" needs itself`, "remove it from its own needs");
      } else if (!names.includes(need)) {
        error(
          path,
          `${displayPath(path)}: no stage named "${need}"`,
          didYouMean(need, names) ?? `stages: ${names.join(", ")}`
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
    error(
      ["stages", first, "needs"],
      `stages need each other in a cycle: ${cycle.join(" -> ")}`,
      "remove one of these needs so the stages can run in order",
      true
    );
  }
}
function checkMatrix(data, matrix, error) {
  const axes = Object.keys(matrix.axes);
  list(obj2(data.matrix)?.exclude).forEach((entry, i) => {
    for (const key of Object.keys(obj2(entry) ?? {})) {
      if (!axes.includes(key)) {
        const path = ["matrix", "exclude", i, key];
        error(
          path,
          `${displayPath(path)}: "${key}" is not a matrix axis`,
          didYouMean(key, axes) ?? `axes: ${axes.join(", ")}`,
          true
        );
      }
    }
  });
  if (axes.length > 0 && expandMatrix(matrix).length === 0) {
    error(
      ["matrix"],
      "every combination of the matrix is excluded: nothing would run",
      "remove an exclude entry or add values",
      true
    );
  }
}
function checkAnalysis(data, matrix, keys, axisHint, error, warn) {
  const analysis = obj2(data.analysis);
  const speedup = obj2(analysis?.speedup);
  const over = speedup?.over;
  if (typeof over === "string") {
    const overPath = ["analysis", "speedup", "over"];
    if (!keys.includes(over)) {
      error(overPath, `${displayPath(overPath)}: "${over}" is not a matrix axis`, axisHint(over));
    } else {
      if (valuesOf(matrix, over).some((v) => typeof v.value !== "number")) {
        warn(
          overPath,
          `${displayPath(overPath)}: not every value of "${over}" is a number`,
          "efficiency and the Amdahl fit need numeric degrees of parallelism"
        );
      }
      checkBaseline(speedup?.baseline, over, matrix, keys, axisHint, error);
    }
  }
  const metrics = list(obj2(data.results)?.metrics);
  const declared = [];
  metrics.forEach((m, i) => {
    const name = obj2(m)?.name;
    if (typeof name !== "string") return;
    const path = ["results", "metrics", i, "name"];
    if (declared.includes(name) || BUILT_IN_METRICS.includes(name)) {
      error(
        path,
        `${displayPath(path)}: metric "${name}" is ${declared.includes(name) ? "declared twice" : "built in"}`,
        "give each metric its own name"
      );
    }
    declared.push(name);
  });
  const known = [...BUILT_IN_METRICS, ...declared];
  list(analysis?.targets).forEach((t, i) => {
    const target = obj2(t);
    if (!target) return;
    const path = ["analysis", "targets", i];
    if (typeof target.metric === "string" && !known.includes(target.metric)) {
      error(
        [...path, "metric"],
        `${displayPath([...path, "metric"])}: unknown metric "${target.metric}"`,
        didYouMean(target.metric, known) ?? `use ${known.join(", ")}, or declare it under results.metrics`
      );
    }
    if (target.min === void 0 && target.max === void 0) {
      error(path, `${displayPath(path)} sets neither min nor max`, "add min: or max: for the bound to check");
    } else if (typeof target.min === "number" && typeof target.max === "number" && target.min > target.max) {
      error(
        [...path, "min"],
        `${displayPath(path)}: min ${target.min} is above max ${target.max}`,
        "swap min and max"
      );
    }
    for (const key of Object.keys(obj2(target.cell) ?? {})) {
      if (!keys.includes(key)) {
        const at = [...path, "cell", key];
        error(at, `${displayPath(at)}: "${key}" is not a matrix axis`, axisHint(key), true);
      }
    }
  });
}
function checkBaseline(baseline, over, matrix, keys, axisHint, error) {
  const path = ["analysis", "speedup", "baseline"];
  let partial;
  if (isScalar(baseline)) {
    partial = { [over]: baseline };
  } else if (obj2(baseline) && Object.values(obj2(baseline)).every(isScalar)) {
    partial = baseline;
    const unknown = Object.keys(partial).filter((k) => !keys.includes(k));
    for (const key of unknown) {
      error(
        [...path, key],
        `${displayPath([...path, key])}: "${key}" is not a matrix axis`,
        axisHint(key),
        true
      );
    }
    if (unknown.length > 0) return;
  } else {
    return;
  }
  if (expandMatrix(matrix).some((cell) => matchesAll(cell, partial))) return;
  const shown = Object.entries(partial).map(([k, v]) => `${k}=${String(v)}`).join(", ");
  const excluded = expandMatrix({ ...matrix, exclude: [] }).some((cell) => matchesAll(cell, partial));
  const overValues = [...new Set(valuesOf(matrix, over).map((v) => String(v.value)))];
  error(
    path,
    excluded ? `${displayPath(path)}: the baseline cell (${shown}) is removed by matrix.exclude` : `${displayPath(path)}: no cell of the matrix has ${shown}`,
    excluded ? "remove that exclude entry or pick another baseline" : `${over} takes: ${overValues.join(", ")}`
  );
}
function checkCosts(data, error) {
  list(obj2(data.costs)?.storage).forEach((item, i) => {
    const size = obj2(item)?.size;
    if (typeof size === "string" && parseSize(size) === 0) {
      const path = ["costs", "storage", i, "size"];
      error(path, `${displayPath(path)} must be more than 0`, "write a size such as 5GB or 1.2TB");
    }
  });
}
function dedupe(issues) {
  const byKey = /* @__PURE__ */ new Map();
  for (const issue of issues) {
    const key = `${JSON.stringify(issue.path)}|${issue.message}`;
    const before = byKey.get(key);
    if (!before || before.severity === "warning" && issue.severity === "error") byKey.set(key, issue);
  }
  return [...byKey.values()];
}

// src/domain/spec/validate.ts
function validateExperimentText(text, file) {
  const source = readYamlSource(text, file);
  const problems = [...source.problems];
  const data = source.data;
  if (data !== void 0) {
    for (const issue of checkData(data, true)) problems.push(placeIssue(source, file, issue));
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const ok = data !== void 0 && !problems.some((p) => p.severity === "error");
  return {
    ...ok ? { value: normaliseExperiment(data, file) } : {},
    problems,
    locate: source.locate
  };
}
function compareVariant(text, file, compare) {
  let data = readYamlSource(text, file).data;
  if (data === void 0) return void 0;
  for (const [dotted, value] of Object.entries(compare.override)) {
    data = withSetting(data, splitSettingPath(dotted, data), value);
  }
  if (checkData(data, false).some((i) => i.severity === "error")) return void 0;
  return normaliseExperiment(data, file);
}
function checkData(data, withCompare) {
  const schemaIssues = checkSchema(data);
  const record = typeof data === "object" && data !== null ? data : {};
  const overlaps = (a, b) => a.length > 0 && b.length > 0 && a.slice(0, Math.min(a.length, b.length)).every((s, i) => s === b[i]);
  const semantic = checkSemantics(record).filter(
    (s) => !schemaIssues.some((e) => overlaps(e.path, s.path) || e.path.length === 0 && s.path.length === 0)
  );
  const compare = withCompare ? checkCompare(record, (d) => checkData(d, false)) : [];
  return [
    ...schemaIssues,
    ...semantic,
    ...compare.filter((c) => !schemaIssues.some((e) => overlaps(e.path, c.path)))
  ];
}

export {
  expandMatrix,
  matchesAll,
  sameScalar,
  toCells,
  renderTemplate,
  validateExperimentText,
  compareVariant
};
