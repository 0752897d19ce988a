import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  abortableSleep
} from "./chunk-UXTHCZ3I.js";
import {
  HOST_ENV_ALLOWLIST,
  bundledProgram,
  readAttemptOutputs,
  workloadEnv
} from "./chunk-LKLUTI5L.js";
import "./chunk-U5BFUXIM.js";
import {
  FsRunStore
} from "./chunk-OE34II5Z.js";
import "./chunk-ADRHWOWG.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/adapters/slurm/slurm-backend.ts
import path5 from "node:path";

// src/adapters/slurm/commands.ts
import { execFile } from "node:child_process";
var SlurmCommandError = class extends Error {
  constructor(program, args, stderr, exitCode) {
    super(`${program} failed (exit ${exitCode ?? "?"}): ${stderr.trim() || "no message"}`);
    this.program = program;
    this.args = args;
    this.stderr = stderr;
    this.exitCode = exitCode;
  }
};
function execSlurmCommands(env = process.env) {
  return {
    run: (program, args) => new Promise((resolve, reject) => {
      execFile(program, [...args], { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === "number" ? error.code : null;
          reject(new SlurmCommandError(program, args, String(stderr || error.message), code));
        } else resolve(String(stdout));
      });
    })
  };
}
function countingCommands(inner) {
  const counts = { sbatch: 0, squeue: 0, sacct: 0, scancel: 0, scontrol: 0 };
  return {
    counts,
    total: () => Object.values(counts).reduce((a, b) => a + b, 0),
    summary: () => `${Object.values(counts).reduce((a, b) => a + b, 0)} commands (${Object.entries(counts).map(([p, n]) => `${p} ${n}`).join(", ")})`,
    run(program, args) {
      counts[program] += 1;
      return inner.run(program, args);
    }
  };
}

// src/adapters/slurm/slurm-executor.ts
import path4 from "node:path";

// src/adapters/slurm/job-states.ts
var PHASES = {
  PENDING: "pending",
  CONFIGURING: "pending",
  REQUEUE_HOLD: "requeued",
  REQUEUE_FED: "requeued",
  REQUEUED: "requeued",
  RESV_DEL_HOLD: "pending",
  SPECIAL_EXIT: "failed",
  SUSPENDED: "running",
  STOPPED: "running",
  SIGNALING: "running",
  STAGE_OUT: "running",
  RUNNING: "running",
  COMPLETING: "running",
  RESIZING: "running",
  COMPLETED: "succeeded",
  FAILED: "failed",
  CANCELLED: "failed",
  TIMEOUT: "failed",
  OUT_OF_MEMORY: "failed",
  NODE_FAIL: "failed",
  PREEMPTED: "failed",
  BOOT_FAIL: "failed",
  DEADLINE: "failed",
  REVOKED: "failed"
};
function phaseOf(state) {
  const base = state.trim().split(/\s+/)[0]?.replace(/\+$/, "").toUpperCase() ?? "";
  return PHASES[base] ?? "running";
}
function baseState(state) {
  return state.trim().split(/\s+/)[0]?.replace(/\+$/, "").toUpperCase() ?? "";
}
function isFinished(phase) {
  return phase === "succeeded" || phase === "failed" || phase === "gone";
}
function failureReason(state, exitCode, signal) {
  switch (baseState(state)) {
    case "COMPLETED":
      return void 0;
    case "OUT_OF_MEMORY":
      return "out of memory: the task used more than --mem; raise resources.memory";
    case "TIMEOUT":
      return "time limit reached: raise compute.slurm.time or shorten the task";
    case "NODE_FAIL":
      return "the node failed; Slurm requeues the task when the job allows it";
    case "PREEMPTED":
      return "preempted by a job of higher priority";
    case "CANCELLED":
      return "cancelled";
    case "BOOT_FAIL":
      return "the node failed to boot";
    case "DEADLINE":
      return "the deadline passed before the task could run";
    default:
      if (signal) return `killed by signal ${signal}`;
      if (exitCode !== void 0) return `exit code ${exitCode}`;
      return `ended ${baseState(state).toLowerCase()}`;
  }
}
function pendingHint(reason) {
  const r = reason.trim();
  if (r === "Resources" || r === "Priority" || r === "None" || r === "Dependency" || r === "" || r === "JobArrayTaskLimit" || // A requeued task (preempted, its node lost) waits about two minutes before it may start again.
  r === "BeginTime")
    return void 0;
  if (r === "PartitionTimeLimit")
    return "the time asked exceeds the partition limit: lower compute.slurm.time or choose another partition";
  if (r === "ReqNodeNotAvail" || r.startsWith("ReqNodeNotAvail"))
    return "the nodes asked for are down, drained or reserved: check `sinfo -R` or relax compute.slurm.constraint";
  if (r === "BadConstraints")
    return 'no node has the features asked: check compute.slurm.constraint against `sinfo -o "%N %f"`';
  if (r === "PartitionNodeLimit" || r === "PartitionConfig")
    return "the request does not fit the partition: lower resources or choose another partition";
  if (r === "PartitionDown" || r === "PartitionInactive")
    return "the partition is down: ask the administrators";
  if (r === "DependencyNeverSatisfied")
    return "the stage before failed, so this one will never start: cancel the run and look at the earlier stage";
  if (r.startsWith("QOS") || r.startsWith("AssocGrp") || r.startsWith("AssocMax"))
    return `a limit of the account or QOS holds it (${r}): lower compute.slurm.throttle, or use another compute.slurm.qos or compute.slurm.account`;
  if (r === "launch failed requeued held" || r === "JobHeldAdmin" || r === "JobHeldUser")
    return `held (${r}): release it with \`scontrol release\` or cancel the run`;
  return `pending: ${r}`;
}

// src/adapters/slurm/queue-parse.ts
function splitArrayId(id) {
  const single = /^(\d+)_(\d+)$/.exec(id);
  if (single) return { arrayJobId: single[1], indexes: [Number(single[2])] };
  const range = /^(\d+)_\[([^\]]+)\]$/.exec(id);
  if (!range) return void 0;
  const indexes = [];
  for (const part of range[2].split("%")[0]?.split(",") ?? []) {
    const [a, b] = part.split("-").map(Number);
    if (a === void 0 || Number.isNaN(a)) continue;
    for (let i = a; i <= (b ?? a); i += 1) indexes.push(i);
  }
  return { arrayJobId: range[1], indexes };
}
var SQUEUE_FIELDS = [
  "ArrayJobID",
  "ArrayTaskID",
  "Name",
  "State",
  "Reason",
  "NodeList",
  "exit_code",
  "RestartCnt",
  "SubmitTime",
  "StartTime",
  "EndTime"
].map((f) => `${f}:|`).join(",");
function parseSqueue(stdout) {
  return taskRows(stdout, (fields) => {
    const [
      arrayId = "",
      task = "",
      jobName2 = "",
      state = "",
      reason = "",
      node = "",
      exit = "",
      restarts = "",
      submit = "",
      start = "",
      end = ""
    ] = fields.map((f) => f.trim());
    const status = Number(exit);
    const signal = status & 127;
    const base = baseState(state);
    return {
      id: `${arrayId}_${task}`,
      status: {
        jobName: jobName2,
        state: base,
        ...reason && reason !== "None" ? { reason } : {},
        ...node && !node.startsWith("(") ? { node } : {},
        ...exit !== "" && !Number.isNaN(status) ? { exitCode: status >> 8 } : {},
        ...signal ? { signal } : {},
        ...Number(restarts) > 0 ? { restarts: Number(restarts) } : {},
        ...isTime(submit) ? { submit } : {},
        // A pending task's StartTime is the scheduler's guess, not a start.
        ...isTime(start) && base !== "PENDING" ? { start } : {},
        ...isTime(end) && base !== "RUNNING" ? { end } : {}
      }
    };
  });
}
function taskRows(stdout, read) {
  const out = [];
  for (const line of stdout.split("\n")) {
    if (!line.trim()) continue;
    const { id, status } = read(line.split("|"));
    const split = splitArrayId(id);
    if (!split) continue;
    for (const index of split.indexes) out.push({ arrayJobId: split.arrayJobId, index, ...status });
  }
  return out;
}
var isTime = (s) => !!s && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(s);
function slurmTimeMs(s) {
  if (!isTime(s)) return void 0;
  const ms = new Date(s).getTime();
  return Number.isNaN(ms) ? void 0 : ms;
}
function elapsedMs(s) {
  const m = s ? /^(?:(\d+)-)?(\d+):(\d\d):(\d\d)$/.exec(s.trim()) : null;
  if (!m) return void 0;
  const [days, h, min, sec] = [m[1] ?? "0", m[2], m[3], m[4]].map(Number);
  return (((days * 24 + h) * 60 + min) * 60 + sec) * 1e3;
}
var SACCT_FIELDS = "JobID,JobName,State,ExitCode,NodeList,Submit,Start,End,Elapsed";
function parseSacct(stdout) {
  return taskRows(stdout, (fields) => {
    const [id = "", jobName2 = "", state = "", exit = "", node = "", submit, start, end, elapsed] = fields;
    const [code, signal] = exit.split(":").map(Number);
    return {
      id: id.trim(),
      status: {
        jobName: jobName2,
        state: baseState(state),
        ...code !== void 0 && !Number.isNaN(code) ? { exitCode: code } : {},
        ...signal ? { signal } : {},
        ...node && node !== "None assigned" ? { node } : {},
        ...isTime(submit) ? { submit } : {},
        ...isTime(start) ? { start } : {},
        ...isTime(end) ? { end } : {},
        ...elapsed ? { elapsed } : {}
      }
    };
  });
}
var field = (line, key) => new RegExp(`(?:^| )${key}=(\\S*)`).exec(line)?.[1];
function parseScontrolJobs(stdout) {
  const out = [];
  for (const line of stdout.split("\n")) {
    const arrayJobId = field(line, "ArrayJobId");
    const index = Number(field(line, "ArrayTaskId"));
    if (!arrayJobId || !Number.isInteger(index)) continue;
    const [submit, start, end] = ["SubmitTime", "StartTime", "EndTime"].map((k) => field(line, k));
    const runTime = field(line, "RunTime");
    const restarts = Number(field(line, "Restarts"));
    out.push({
      arrayJobId,
      index,
      jobName: field(line, "JobName") ?? "",
      state: baseState(field(line, "JobState") ?? ""),
      ...restarts > 0 ? { restarts } : {},
      ...isTime(submit) ? { submit } : {},
      ...isTime(start) ? { start } : {},
      ...isTime(end) ? { end } : {},
      ...runTime ? { elapsed: runTime } : {}
    });
  }
  return out;
}

// src/adapters/slurm/run-queue.ts
var taskKey = (jobName2, index) => `${jobName2}#${index}`;
async function viewRun(commands, jobNames, options) {
  const names = jobNames.join(",");
  const squeue = commands.run("squeue", ["-h", "-r", "-t", "all", `--name=${names}`, "-O", SQUEUE_FIELDS]);
  const sacct = options.accounting ? commands.run("sacct", [
    "-P",
    "-n",
    "-X",
    `--name=${names}`,
    "-S",
    options.since ?? "now-1days",
    "-o",
    SACCT_FIELDS
  ]) : Promise.resolve("");
  const [q, a] = await Promise.all([squeue, sacct]);
  const view = { tasks: /* @__PURE__ */ new Map(), arrays: /* @__PURE__ */ new Map() };
  const wanted = new Set(jobNames);
  for (const row of [...parseSqueue(q), ...parseSacct(a)]) {
    if (!wanted.has(row.jobName)) continue;
    const known = view.arrays.get(row.jobName);
    if (known && Number(known) > Number(row.arrayJobId)) continue;
    if (known !== row.arrayJobId) {
      for (const key2 of [...view.tasks.keys()]) if (key2.startsWith(`${row.jobName}#`)) view.tasks.delete(key2);
      view.arrays.set(row.jobName, row.arrayJobId);
    }
    const key = taskKey(row.jobName, row.index);
    const before = view.tasks.get(key);
    view.tasks.set(key, before ? { ...before, ...row, reason: row.reason ?? before.reason } : row);
  }
  return view;
}
async function cancelRun(commands, view) {
  const ids = /* @__PURE__ */ new Set();
  for (const task of view.tasks.values())
    if (["PENDING", "RUNNING", "REQUEUED", "SUSPENDED", "CONFIGURING", "COMPLETING"].includes(task.state))
      ids.add(task.arrayJobId);
  if (ids.size > 0) await commands.run("scancel", [...ids]);
  return [...ids];
}

// src/adapters/slurm/submit-run.ts
import { mkdir } from "node:fs/promises";

// src/adapters/slurm/sbatch-args.ts
var NAME_PREFIX = "bb";
function jobName(runId, cellId, stage) {
  return [NAME_PREFIX, runId, cellId, stage].join(".");
}
function jobComment(s) {
  return `batchbench run=${s.runId} cell=${s.cellId} stage=${s.stage} tasks=${s.tasks}`;
}
function sbatchArgs(s) {
  if (!Number.isInteger(s.tasks) || s.tasks < 1)
    throw new Error(`a job array needs at least one task (got ${s.tasks})`);
  const throttle = s.throttle && s.throttle < s.tasks ? `%${s.throttle}` : "";
  const args = [
    "--parsable",
    `--array=0-${s.tasks - 1}${throttle}`,
    `--job-name=${jobName(s.runId, s.cellId, s.stage)}`,
    `--comment=${jobComment(s)}`,
    `--output=${s.logDir}/%a.out`,
    `--error=${s.logDir}/%a.err`,
    // A requeued attempt adds to the files instead of wiping them: what slurmstepd wrote when it
    // stopped the attempt before (DUE TO PREEMPTION, DUE TO NODE FAILURE) tells why it was requeued.
    "--open-mode=append",
    "--ntasks=1",
    // A node lost or a job preempted runs again, as a Spot retry does on Batch.
    "--requeue"
  ];
  if (s.resources.cpus) args.push(`--cpus-per-task=${s.resources.cpus}`);
  if (s.resources.memoryMb) args.push(`--mem=${Math.ceil(s.resources.memoryMb)}M`);
  if (s.resources.gpus) args.push(`--gres=gpu:${s.resources.gpus}`);
  const p = s.placement;
  if (p.partition) args.push(`--partition=${p.partition}`);
  if (p.account) args.push(`--account=${p.account}`);
  if (p.qos) args.push(`--qos=${p.qos}`);
  if (p.constraint) args.push(`--constraint=${p.constraint}`);
  if (p.time) args.push(`--time=${p.time}`);
  if (s.exportVars) args.push(`--export=${s.exportVars.length > 0 ? s.exportVars.join(",") : "NONE"}`);
  if (s.after && s.after.length > 0) {
    const deps = s.after.map((a) => `${a.correlated ? "aftercorr" : "afterok"}:${a.jobId}`);
    args.push(`--dependency=${deps.join(",")}`, "--kill-on-invalid-dep=yes");
  }
  args.push(s.script, ...s.args);
  return args;
}
function parseSbatchOutput(stdout) {
  const id = stdout.trim().split(";")[0] ?? "";
  if (!/^\d+$/.test(id)) throw new Error(`sbatch printed no job id: ${JSON.stringify(stdout.slice(0, 200))}`);
  return id;
}

// src/adapters/slurm/submit-run.ts
async function submitRun(commands, arrays, options) {
  const names = arrays.map((a) => jobName(a.runId, a.cellId, a.stage));
  const existing = options.existing ?? await viewRun(commands, names, options);
  const byStage = /* @__PURE__ */ new Map();
  const out = [];
  for (const [i, a] of arrays.entries()) {
    const name = names[i];
    const found = existing.arrays.get(name);
    let done;
    if (found) done = { jobName: name, jobId: found, tasks: a.tasks, submitted: false };
    else {
      const after = dependencies(a, byStage);
      await mkdir(a.logDir, { recursive: true });
      await a.beforeSubmit?.();
      const { dependsOn: _d, correlated: _c, beforeSubmit: _b, ...submission } = a;
      const jobId = parseSbatchOutput(await commands.run("sbatch", sbatchArgs({ ...submission, after })));
      done = { jobName: name, jobId, tasks: a.tasks, submitted: true };
    }
    byStage.set(`${a.cellId}
${a.stage}`, done);
    out.push(done);
  }
  return out;
}
function dependencies(a, byStage) {
  const stages = a.dependsOn === void 0 ? [] : typeof a.dependsOn === "string" ? [a.dependsOn] : a.dependsOn;
  return stages.map((stage) => {
    const dep = byStage.get(`${a.cellId}
${stage}`);
    if (!dep)
      throw new Error(
        `stage ${a.stage} of cell ${a.cellId} depends on ${stage}, which is not submitted before it`
      );
    return { jobId: dep.jobId, correlated: (a.correlated ?? true) && dep.tasks === a.tasks };
  });
}

// src/adapters/slurm/task-records.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
var RECORD = /^(.+)\.a(\d+)\.json$/;
async function readRunnerRecords(dir) {
  const out = /* @__PURE__ */ new Map();
  let names;
  try {
    names = await readdir(dir);
  } catch (error) {
    if (error.code === "ENOENT") return out;
    throw error;
  }
  for (const name of names) {
    if (!RECORD.test(name)) continue;
    const r = JSON.parse(await readFile(path.join(dir, name), "utf8"));
    out.set(
      r.jobId,
      [...out.get(r.jobId) ?? [], r].sort((a, b) => a.attempt - b.attempt)
    );
  }
  return out;
}
async function readRunnerRecord(dir, jobId, attempt, exact = false) {
  for (let a = attempt; a >= (exact ? attempt : 1); a -= 1) {
    try {
      return JSON.parse(await readFile(path.join(dir, `${jobId}.a${a}.json`), "utf8"));
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
    }
  }
  return void 0;
}
var size = async (file) => (await stat(file).catch(() => void 0))?.size ?? 0;
async function jobRecordOf(args) {
  const { job, runner, task } = args;
  const state = task?.state && task.phase !== "gone" ? baseState(task.state) : void 0;
  const exitCode = runner?.exitCode ?? task?.exitCode ?? void 0;
  const status = statusOf(state, runner);
  const attempt = runner?.attempt ?? (task ? task.restarts + 1 : 1);
  const base = path.join(args.dir, `${job.id}.a${attempt}`);
  const files = {
    metricsFile: `${base}.metrics.jsonl`,
    stdoutFile: `${base}.out`,
    stderrFile: `${base}.err`
  };
  const sizes = {
    stdoutBytes: await size(files.stdoutFile),
    stderrBytes: await size(files.stderrFile),
    metricsBytes: await size(files.metricsFile)
  };
  const outputs = runner ? await readAttemptOutputs(files, sizes, status !== "succeeded") : { values: {}, malformed: 0 };
  const queuedAt = slurmTimeMs(task?.submit) ?? args.submittedAt;
  const slurmStart = slurmTimeMs(task?.start);
  const elapsed = elapsedMs(task?.elapsed);
  const accounted = slurmStart !== void 0 && elapsed !== void 0;
  const startedAt = slurmStart ?? runner?.startedAt ?? queuedAt;
  const stoppedAt = accounted ? slurmStart + elapsed : runner?.commandEndedAt ?? slurmTimeMs(task?.end) ?? args.now;
  const reason = status === "succeeded" ? void 0 : runner?.error ?? (state ? failureReason(state, exitCode ?? void 0, task?.signal) : void 0) ?? (runner ? failureReason("FAILED", exitCode ?? void 0) : "the task ended without writing a record");
  return {
    jobId: job.id,
    runId: args.runId,
    stage: job.stage,
    cellId: job.cellId,
    repeat: job.repeat,
    shardIndex: job.shardIndex,
    shardCount: job.shardCount,
    ...job.speculativeOf ? { speculativeOf: job.speculativeOf } : {},
    groupId: job.groupId,
    attempt,
    status,
    ...exitCode !== void 0 && exitCode !== null ? { exitCode } : {},
    ...runner?.signal ? { signal: runner.signal } : {},
    ...reason ? { statusReason: reason } : {},
    backend: "slurm",
    queuedAt,
    startedAt: accounted ? startedAt : Math.min(startedAt, runner?.commandStartedAt ?? startedAt),
    ...runner?.commandStartedAt ? { commandStartedAt: runner.commandStartedAt } : {},
    ...runner?.commandEndedAt ? { commandEndedAt: runner.commandEndedAt } : {},
    stoppedAt: Math.max(stoppedAt, startedAt),
    collectedAt: args.now,
    ...runner?.host ?? task?.node ? { host: runner?.host ?? task?.node } : {},
    ...runner?.cpuModel ? { cpuModel: runner.cpuModel } : {},
    ...runner?.cpuCount ? { cpuCount: runner.cpuCount } : {},
    ...runner?.peakMemoryBytes ? { peakMemoryBytes: runner.peakMemoryBytes } : {},
    metrics: outputs.values,
    ..."logTail" in outputs && outputs.logTail?.length ? { logTail: outputs.logTail } : {}
  };
}
function statusOf(state, runner) {
  if (state === "TIMEOUT") return "timed-out";
  if (state === "CANCELLED") return runner?.exitCode === 0 ? "succeeded" : "cancelled";
  if (state && state !== "COMPLETED") return "failed";
  return runner?.exitCode === 0 && !runner.error ? "succeeded" : "failed";
}

// src/adapters/slurm/task-tables.ts
import { chmod, mkdir as mkdir2, readFile as readFile2, rename, writeFile } from "node:fs/promises";
import path2 from "node:path";
function slurmLayout(runDir) {
  const root = path2.join(runDir, "slurm");
  return {
    root,
    runner: path2.join(root, "task-runner.mjs"),
    script: path2.join(root, "task.sh"),
    records: path2.join(root, "records"),
    table: (name) => path2.join(root, "tasks", `${name}.json`),
    logs: (name) => path2.join(root, "logs", name)
  };
}
function cellStages(plan, jobs) {
  const byKey = /* @__PURE__ */ new Map();
  for (const stage of plan.stages)
    for (const job of jobs) {
      if (job.stage !== stage) continue;
      const key = `${job.cellId}
${job.stage}`;
      byKey.set(key, [...byKey.get(key) ?? [], job]);
    }
  const stageOf = new Map(plan.jobs.map((j) => [j.id, j.stage]));
  const out = [];
  const positions = /* @__PURE__ */ new Map();
  for (const [key, list] of byKey) {
    const [cellId, stage] = key.split("\n");
    positions.set(key, new Map(list.map((j, i) => [j.id, i])));
    const dependsOn = [...new Set(list.flatMap((j) => j.needs.map((n) => stageOf.get(n))))].filter(
      (s) => byKey.has(`${cellId}
${s}`)
    );
    const correlated = list.every(
      (j, i) => j.needs.every((n) => {
        const where = positions.get(`${cellId}
${stageOf.get(n)}`);
        return !where || !where.has(n) || where.get(n) === i;
      })
    );
    out.push({ cellId, stage, jobs: list, dependsOn, correlated });
  }
  return out;
}
function timeLimit(spec, timeoutSec) {
  return spec?.time ?? String(Math.max(1, Math.ceil(timeoutSec / 60)));
}
function taskTable(layout, plan, runId, cs, baseDir, now) {
  const values = new Map(plan.cells.map((c) => [c.id, c.values]));
  return {
    dir: layout.records,
    allow: HOST_ENV_ALLOWLIST,
    submittedAt: now,
    jobs: cs.jobs.map((job) => ({
      jobId: job.id,
      command: job.command,
      cwd: path2.resolve(baseDir, job.workdir ?? "."),
      // The host part comes from the node; attempt and metrics file are set by the runner per try.
      env: workloadEnv({}, job.env, {
        runId,
        experiment: plan.experiment,
        stage: job.stage,
        jobId: job.id,
        cellId: job.cellId,
        matrix: values.get(job.cellId) ?? {},
        repeat: job.repeat,
        attempt: 1,
        shardIndex: job.shardIndex,
        shardCount: job.shardCount,
        ...job.itemStart !== void 0 ? { itemStart: job.itemStart } : {},
        ...job.itemEnd !== void 0 ? { itemEnd: job.itemEnd } : {},
        metricsFile: ""
      })
    }))
  };
}
async function writeAtomic(file, text) {
  await mkdir2(path2.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}
var writeTable = (layout, name, table) => writeAtomic(layout.table(name), `${JSON.stringify(table)}
`);
async function readTable(layout, name) {
  try {
    return JSON.parse(await readFile2(layout.table(name), "utf8"));
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
var shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
async function writeRunner(layout, nodePath) {
  await mkdir2(layout.records, { recursive: true });
  await writeAtomic(layout.runner, await readFile2(bundledProgram("programs/slurm-task-runner.js")));
  await writeAtomic(layout.script, `#!/bin/sh
exec ${shQuote(nodePath)} ${shQuote(layout.runner)} "$@"
`);
  await chmod(layout.script, 493);
}
var arrayName = (runId, cs) => jobName(runId, cs.cellId, cs.stage);

// src/adapters/slurm/tracker.ts
var emptyCounts = () => ({
  pending: 0,
  running: 0,
  succeeded: 0,
  failed: 0,
  requeued: 0,
  gone: 0
});
function apply(task, row) {
  if (!row) {
    if (!isFinished(task.phase)) task.phase = "gone";
    return;
  }
  if ((row.restarts ?? 0) > task.restarts)
    for (const k of ["start", "end", "elapsed"]) delete task[k];
  task.phase = phaseOf(row.state);
  task.state = row.state;
  if (row.node) task.node = row.node;
  if (row.exitCode !== void 0) task.exitCode = row.exitCode;
  if (row.signal !== void 0) task.signal = row.signal;
  task.restarts = Math.max(task.restarts, row.restarts ?? 0);
  for (const k of ["submit", "start", "end", "elapsed"]) if (row[k]) task[k] = row[k];
  if (task.phase === "failed") {
    const why = failureReason(row.state, row.exitCode, row.signal);
    if (why) task.failure = why;
  }
}
async function trackRun(commands, arrays, options) {
  const min = options.minIntervalMs ?? 1e3;
  const max = options.maxIntervalMs ?? 3e4;
  const tasks = /* @__PURE__ */ new Map();
  for (const a of arrays)
    for (let index = 0; index < a.tasks; index += 1)
      tasks.set(taskKey(a.jobName, index), { jobName: a.jobName, index, phase: "pending", restarts: 0 });
  const requeues = /* @__PURE__ */ new Map();
  const now = options.now ?? Date.now;
  const started = now();
  let interval = min;
  let polls = 0;
  let last = "";
  for (; ; ) {
    const view = await viewRun(
      commands,
      arrays.map((a) => a.jobName),
      options
    );
    polls += 1;
    const hints = /* @__PURE__ */ new Map();
    const counts = emptyCounts();
    const changed = [];
    for (const [key, task] of tasks) {
      const row = view.tasks.get(key);
      const before = { phase: task.phase, restarts: task.restarts };
      apply(task, row);
      if (task.phase !== before.phase || task.restarts !== before.restarts)
        changed.push({ task, before: before.phase, restarts: before.restarts });
      counts[task.phase] += 1;
      if (row && ["NODE_FAIL", "PREEMPTED", "REQUEUED", "REQUEUE_HOLD"].includes(row.state))
        requeues.set(key, { jobName: task.jobName, index: task.index, state: row.state });
      if (row && (row.restarts ?? 0) > 0 && !requeues.has(key))
        requeues.set(key, { jobName: task.jobName, index: task.index, state: "REQUEUED" });
      const hint = row?.state === "PENDING" && row.reason ? pendingHint(row.reason) : void 0;
      if (hint && row?.reason) {
        const h = hints.get(row.reason) ?? { hint, tasks: 0 };
        h.tasks += 1;
        hints.set(row.reason, h);
      }
    }
    if (!options.accounting) await readEndTimes(commands, view.arrays, changed);
    for (const c of changed) await options.onChange?.(c.task, c.before, c.restarts);
    const update = {
      counts,
      hints: [...hints].map(([reason, h]) => ({ reason, ...h })),
      requeues: [...requeues.values()]
    };
    options.onUpdate?.(update);
    const finished = counts.pending + counts.running + counts.requeued === 0;
    if (finished || options.signal?.aborted || options.maxPolls !== void 0 && polls >= options.maxPolls)
      return { ...update, tasks: [...tasks.values()], polls, finished };
    const seen = JSON.stringify(counts);
    const grown = Math.max((now() - started) / 4, seen === last ? interval * 2 : min);
    interval = Math.min(Math.max(grown, min), max);
    last = seen;
    await options.sleep(interval);
  }
}
async function readEndTimes(commands, arrays, changed) {
  const ended = changed.filter((c) => isFinished(c.task.phase) && c.task.phase !== "gone");
  if (ended.length === 0) return;
  const rows = new Map(
    parseScontrolJobs(await commands.run("scontrol", ["-o", "show", "job"])).map((r) => [
      `${r.arrayJobId}_${r.index}`,
      r
    ])
  );
  for (const { task } of ended) {
    const row = rows.get(`${arrays.get(task.jobName)}_${task.index}`);
    if (!row?.start || !row.elapsed || (row.restarts ?? 0) !== task.restarts) continue;
    for (const k of ["submit", "start", "end", "elapsed"]) if (row[k]) task[k] = row[k];
  }
}

// src/adapters/slurm/requeues.ts
import { readFile as readFile3 } from "node:fs/promises";
import path3 from "node:path";
async function requeueCause(logDir, index) {
  let text;
  try {
    text = await readFile3(path3.join(logDir, `${index}.err`), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  const causes = [...text.matchAll(/CANCELLED AT \S+ DUE TO (PREEMPTION|NODE FAILURE)/g)];
  const last = causes.at(-1)?.[1];
  return last === "PREEMPTION" ? "PREEMPTED" : last === "NODE FAILURE" ? "NODE_FAIL" : void 0;
}
async function settledRequeueCause(logDir, index, sleep, waitMs = 1e3) {
  const step = 200;
  for (let waited = 0; ; waited += step) {
    const cause = await requeueCause(logDir, index);
    if (cause !== void 0 || waited >= waitMs) return cause;
    await sleep(step);
  }
}
var REASONS = {
  PREEMPTED: "preempted by a job of higher priority, requeued by Slurm",
  NODE_FAIL: "the node failed, requeued by Slurm",
  unknown: "the node failed or the job was requeued by hand, requeued by Slurm"
};
async function requeuedRecord(args) {
  const runner = await readRunnerRecord(args.dir, args.job.id, args.attempt, true);
  const record = await jobRecordOf({
    job: args.job,
    runId: args.runId,
    dir: args.dir,
    runner,
    // Slurm's times on the task are the new attempt's: this one keeps its runner's.
    task: {
      jobName: args.task.jobName,
      index: args.task.index,
      phase: "failed",
      state: "FAILED",
      restarts: args.attempt - 1
    },
    submittedAt: args.submittedAt,
    now: args.now
  });
  return {
    ...record,
    status: "failed",
    statusReason: REASONS[args.cause ?? "unknown"]
  };
}

// src/adapters/slurm/slurm-executor.ts
var sleepUnless = (signal) => (ms) => abortableSleep(ms, signal);
var SlurmExecutor = class {
  constructor(options) {
    this.options = options;
    this.jobsById = new Map(options.plan.jobs.map((j) => [j.id, j]));
    this.now = options.now ?? Date.now;
  }
  name = "slurm";
  jobsById;
  now;
  get queue() {
    return { accounting: this.options.accounting ?? false };
  }
  run(runId) {
    const layout = slurmLayout(path4.join(this.options.runsDir, runId));
    return { runId, layout, tables: /* @__PURE__ */ new Map(), submittedAt: /* @__PURE__ */ new Map() };
  }
  async execute(jobs, options) {
    const run = this.run(options.runId);
    const todo = jobs.filter((j) => !options.skip.has(j.id));
    if (todo.length === 0) return;
    await writeRunner(run.layout, this.options.nodePath ?? process.execPath);
    const all = cellStages(this.options.plan, todo);
    const existing = await viewRun(
      this.options.commands,
      all.map((cs) => arrayName(run.runId, cs)),
      this.queue
    );
    const recovered = await this.recover(run, all, existing, options);
    const arrays = await this.planArrays(run, all, existing, recovered);
    const submitted = await submitRun(this.options.commands, arrays, { ...this.queue, existing });
    const fresh = submitted.filter((s) => s.submitted).length;
    this.log(
      `slurm: ${fresh} array${fresh === 1 ? "" : "s"} submitted, ${submitted.length - fresh} attached${recovered.size > 0 ? `, ${recovered.size} finished jobs recovered from their records` : ""}`
    );
    await this.follow(run, submitted, options, options.skip);
    if (this.options.commandsSummary) this.log(`slurm: ${this.options.commandsSummary()}`);
  }
  /** Gathers what finished of a stored run without submitting; `wait` keeps going until all did. */
  async collect(manifest, options) {
    const run = this.run(manifest.runId);
    const arrays = await this.storedArrays(run);
    const stored = await this.options.storedRecords?.(manifest.runId) ?? [];
    const told = new Set(stored.map((r) => `${r.jobId}#${r.attempt}`));
    const skip = /* @__PURE__ */ new Set();
    return this.follow(run, arrays, { ...options, runId: manifest.runId, skip }, skip, !options.wait, told);
  }
  /** scancel on every unfinished array of a stored run: one squeue, one scancel. */
  async cancel(manifest) {
    const names = cellStages(this.options.plan, this.options.plan.jobs).map(
      (cs) => arrayName(manifest.runId, cs)
    );
    const view = await viewRun(this.options.commands, names, this.queue);
    const pending = [...view.tasks.values()].filter((t) => t.state === "PENDING").length;
    const running = [...view.tasks.values()].filter(
      (t) => ["RUNNING", "COMPLETING"].includes(t.state)
    ).length;
    await cancelRun(this.options.commands, view);
    return { cancelled: pending, terminated: running };
  }
  /**
   * Jobs of arrays no longer on the cluster whose runner recorded a success (the process that
   * submitted them died before storing it): stored now, never run again.
   */
  async recover(run, all, existing, options) {
    const records = await readRunnerRecords(run.layout.records);
    const recovered = /* @__PURE__ */ new Set();
    for (const cs of all) {
      if (existing.arrays.has(arrayName(run.runId, cs))) continue;
      for (const job of cs.jobs) {
        const last = records.get(job.id)?.at(-1);
        if (last?.exitCode !== 0 || last.error) continue;
        const record = await jobRecordOf({
          job,
          runId: run.runId,
          dir: run.layout.records,
          runner: last,
          task: void 0,
          submittedAt: last.startedAt,
          now: this.now()
        });
        await options.onEvent({ type: "job-finished", record });
        recovered.add(job.id);
      }
    }
    return recovered;
  }
  /** The arrays to attach (their tables as written) and to submit (tables written before sbatch). */
  async planArrays(run, all, existing, recovered) {
    const attached = /* @__PURE__ */ new Set();
    for (const cs of all) {
      const name = arrayName(run.runId, cs);
      const table = existing.arrays.has(name) ? await readTable(run.layout, name) : void 0;
      if (table) {
        run.tables.set(name, table);
        attached.add(cs.stage + "\n" + cs.cellId);
      } else existing.arrays.delete(name);
    }
    const left = all.flatMap(
      (cs) => attached.has(cs.stage + "\n" + cs.cellId) ? [] : cs.jobs.filter((j) => !recovered.has(j.id))
    );
    const fresh = new Map(cellStages(this.options.plan, left).map((cs) => [cs.stage + "\n" + cs.cellId, cs]));
    const out = [];
    for (const cs of all) {
      const key = cs.stage + "\n" + cs.cellId;
      const name = arrayName(run.runId, cs);
      const own = fresh.get(key);
      if (!attached.has(key) && !own) continue;
      const use = own ?? cs;
      const tasks = own ? own.jobs.length : run.tables.get(name).jobs.length;
      const first = use.jobs[0];
      const slurm = first.compute.slurm;
      const dependsOn = use.dependsOn.filter(
        (s) => attached.has(s + "\n" + cs.cellId) || fresh.has(s + "\n" + cs.cellId)
      );
      out.push({
        runId: run.runId,
        cellId: cs.cellId,
        stage: cs.stage,
        tasks,
        ...slurm?.throttle ? { throttle: slurm.throttle } : {},
        resources: {
          cpus: Math.max(1, Math.ceil(first.resources.vcpus)),
          memoryMb: Math.ceil(first.resources.memoryBytes / 2 ** 20),
          ...first.resources.gpus > 0 ? { gpus: first.resources.gpus } : {}
        },
        placement: { ...slurm, time: timeLimit(slurm, first.resources.timeoutSec) },
        logDir: run.layout.logs(name),
        script: run.layout.script,
        args: [run.layout.table(name)],
        ...this.options.exportVars ? { exportVars: this.options.exportVars } : {},
        dependsOn,
        // Task i of an attached array may be another job than task i of a new one.
        correlated: use.correlated && dependsOn.every((s) => !attached.has(s + "\n" + cs.cellId)),
        beforeSubmit: async () => {
          if (!own) return;
          const table = taskTable(
            run.layout,
            this.options.plan,
            run.runId,
            own,
            this.options.baseDir,
            this.now()
          );
          await writeTable(run.layout, name, table);
          run.tables.set(name, table);
        }
      });
    }
    return out;
  }
  /** The arrays of a stored run, from the tables its submission wrote. */
  async storedArrays(run) {
    const names = cellStages(this.options.plan, this.options.plan.jobs).map((cs) => arrayName(run.runId, cs));
    const view = await viewRun(this.options.commands, names, this.queue);
    const out = [];
    for (const name of names) {
      const table = await readTable(run.layout, name);
      if (!table) continue;
      run.tables.set(name, table);
      out.push({
        jobName: name,
        jobId: view.arrays.get(name) ?? "",
        tasks: table.jobs.length,
        submitted: false
      });
    }
    return out;
  }
  /** Follows the arrays, telling each start and end as it is seen; on abort, cancels what is left. */
  async follow(run, arrays, options, skip, once = false, told = /* @__PURE__ */ new Set()) {
    const jobOf = (t) => {
      const id = run.tables.get(t.jobName)?.jobs[t.index]?.jobId;
      return id === void 0 ? void 0 : this.jobsById.get(id);
    };
    const finish = async (t) => {
      const job = jobOf(t);
      if (!job || skip.has(job.id) || told.has(`${job.id}#${t.restarts + 1}`)) return;
      told.add(`${job.id}#${t.restarts + 1}`);
      const runner = await readRunnerRecord(run.layout.records, job.id, t.restarts + 1);
      const record = await jobRecordOf({
        job,
        runId: run.runId,
        dir: run.layout.records,
        runner,
        task: t,
        submittedAt: run.tables.get(t.jobName)?.submittedAt ?? this.now(),
        now: this.now()
      });
      await options.onEvent({ type: "job-finished", record });
    };
    const result = await trackRun(this.options.commands, arrays, {
      ...this.queue,
      sleep: sleepUnless(options.signal),
      minIntervalMs: this.options.poll?.minMs ?? 1e3,
      maxIntervalMs: this.options.poll?.maxMs ?? 3e4,
      signal: options.signal,
      ...once ? { maxPolls: 1 } : {},
      onUpdate: this.updateLogger(),
      onChange: async (t, before, restarts) => {
        const job = jobOf(t);
        if (!job || skip.has(job.id)) return;
        for (let attempt = restarts + 1; attempt <= t.restarts; attempt += 1)
          if (!told.has(`${job.id}#${attempt}`)) {
            told.add(`${job.id}#${attempt}`);
            await this.requeued(run, t, job, attempt, options);
          }
        const again = t.restarts !== restarts;
        if (t.phase === "running" && (before !== "running" || again))
          await options.onEvent({
            type: "job-started",
            jobId: job.id,
            attempt: t.restarts + 1,
            at: this.now()
          });
        else if (isFinished(t.phase) && (before !== t.phase || again)) await finish(t);
      }
    });
    const open = result.tasks.filter((t) => !isFinished(t.phase));
    if (options.signal.aborted && open.length > 0) {
      await cancelRun(
        this.options.commands,
        await viewRun(
          this.options.commands,
          arrays.map((a) => a.jobName),
          this.queue
        )
      );
      for (const t of open) await finish({ ...t, phase: "failed", state: "CANCELLED" });
      return { unfinished: 0 };
    }
    return { unfinished: open.length };
  }
  /** Tells an attempt Slurm requeued (preempted, or its node failed) as one that is retried. */
  async requeued(run, t, job, attempt, options) {
    const record = await requeuedRecord({
      job,
      runId: run.runId,
      dir: run.layout.records,
      task: t,
      attempt,
      cause: await settledRequeueCause(run.layout.logs(t.jobName), t.index, sleepUnless(options.signal)),
      submittedAt: run.tables.get(t.jobName)?.submittedAt ?? this.now(),
      now: this.now()
    });
    this.log(
      `slurm: ${t.jobName}[${t.index}] attempt ${attempt} ${record.statusReason ?? ""} as attempt ${attempt + 1}`
    );
    await options.onEvent({ type: "job-retrying", record });
  }
  /** Logs PENDING reasons that need a person when they change, and each task Slurm requeued. */
  updateLogger() {
    let hints = "";
    let requeued = 0;
    return (u) => {
      const text = u.hints.map((h) => `slurm: ${h.tasks} task(s) pending (${h.reason}): ${h.hint}`).join("\n");
      if (text && text !== hints) this.log(text);
      hints = text;
      if (u.requeues.length > requeued)
        this.log(
          `slurm: ${u.requeues.length} task(s) requeued by Slurm (node failure or preemption): ` + u.requeues.slice(requeued).map((r) => `${r.jobName}[${r.index}] ${r.state}`).join(", ")
        );
      requeued = u.requeues.length;
    };
  }
  log(line) {
    this.options.log?.(line);
  }
};

// src/adapters/slurm/slurm-backend.ts
function slurmBackend(options) {
  const commands = countingCommands(execSlurmCommands(options.env));
  const runsDir = path5.resolve(options.cwd, options.runsDir);
  const store = options.store ?? new FsRunStore(runsDir);
  const executor = new SlurmExecutor({
    plan: options.plan,
    commands,
    runsDir,
    baseDir: options.cwd,
    accounting: options.env.BATCHBENCH_SLURM_ACCOUNTING === "1",
    exportVars: HOST_ENV_ALLOWLIST.filter((name) => options.env[name] !== void 0),
    log: options.log,
    commandsSummary: () => commands.summary(),
    storedRecords: (runId) => store.readRecords(runId)
  });
  return { store, executor, commands };
}

// src/adapters/slurm/backend.ts
var createSlurmBackend = (setup) => {
  const runsDir = setup.store instanceof FsRunStore ? setup.store.root : setup.runsDir;
  if (!runsDir)
    throw new UserError("a slurm run needs a runs folder on the shared filesystem, even with an S3 store", {
      hint: "give --runs-dir a folder every node sees at the same path"
    });
  return slurmBackend({
    plan: setup.plan,
    runsDir,
    store: setup.store,
    cwd: setup.cwd,
    env: setup.env,
    log: setup.log
  }).executor;
};
export {
  createSlurmBackend
};
