// src/adapters/slurm/task-runner.program.ts
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var table = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
var index = Number(process.env.SLURM_ARRAY_TASK_ID);
var job = table.jobs[index];
if (!job) {
  console.error(`batchbench: no job at index ${index} of ${process.argv[2]}`);
  process.exit(2);
}
var attempt = Number(process.env.SLURM_RESTART_COUNT || 0) + 1;
var base = path.join(table.dir, `${job.jobId}.a${attempt}`);
var files = { out: `${base}.out`, err: `${base}.err`, metrics: `${base}.metrics.jsonl` };
var startedAt = Date.now();
var host = {};
for (const [k, v] of Object.entries(process.env))
  if (v !== void 0 && (table.allow.includes(k) || k.startsWith("LC_"))) host[k] = v;
var env = { ...host, ...job.env, BATCHBENCH_ATTEMPT: String(attempt), BATCHBENCH_METRICS: files.metrics };
function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"));
    if (m?.[1]) return m[1].trim();
  } catch {
  }
  return os.cpus()[0]?.model;
}
function vmHwm(pid) {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
var record = {
  jobId: job.jobId,
  attempt,
  startedAt,
  host: process.env.SLURMD_NODENAME || os.hostname(),
  cpuModel: cpuModel(),
  cpuCount: os.cpus().length,
  slurmJob: `${process.env.SLURM_ARRAY_JOB_ID}_${process.env.SLURM_ARRAY_TASK_ID}`
};
var out = fs.openSync(files.out, "w");
var err = fs.openSync(files.err, "w");
var peak = 0;
var done = false;
function finish(code, signal, error) {
  if (done) return;
  done = true;
  Object.assign(record, {
    commandEndedAt: Date.now(),
    exitCode: code,
    signal: signal || void 0,
    error,
    peakMemoryBytes: peak || void 0
  });
  const tmp = `${base}.json.${process.pid}`;
  fs.writeFileSync(tmp, `${JSON.stringify(record)}
`);
  fs.renameSync(tmp, `${base}.json`);
  process.exit(code ?? 128 + (signal ? os.constants.signals[signal] ?? 0 : 0));
}
record.commandStartedAt = Date.now();
var [program = "", ...args] = job.command;
var child = spawn(program, args, { cwd: job.cwd, env, stdio: ["ignore", out, err] });
for (const sig of ["SIGTERM", "SIGINT"])
  process.on(sig, () => {
    try {
      child.kill(sig);
    } catch {
    }
  });
var sampler = setInterval(() => {
  if (child.pid) peak = Math.max(peak, vmHwm(child.pid));
}, 500);
child.once("error", (e) => {
  clearInterval(sampler);
  finish(127, null, `could not start ${program}: ${e.message}`);
});
child.once("close", (code, signal) => {
  clearInterval(sampler);
  finish(code, signal);
});
