/**
 * The program every array task runs on its node, written next to the run's task tables at
 * submission and started as `node task-runner.cjs <table>`: the container runner's contract as a
 * plain process. It takes its job from the table by SLURM_ARRAY_TASK_ID, gives the workload the
 * one workload environment (the host allowlist, the file's run.env and BATCHBENCH_*, with the
 * attempt and metrics file of this try), sends stdout and stderr to files, passes SIGTERM and
 * SIGINT on (Slurm's signal at a time limit or scancel), and writes one record per attempt,
 * atomically, before it exits with the workload's own code. The run reads the record, the
 * output files and the metrics file from the shared filesystem; nothing is parsed here.
 *
 * The table is {dir, allow, jobs: [{jobId, command, cwd, env}]}: `env` is the workload's
 * environment without the host part, `allow` the host variables that may pass.
 */
export const TASK_RUNNER_SOURCE = String.raw`
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const table = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const index = Number(process.env.SLURM_ARRAY_TASK_ID);
const job = table.jobs[index];
if (!job) { console.error('batchbench: no job at index ' + index + ' of ' + process.argv[2]); process.exit(2); }
const attempt = Number(process.env.SLURM_RESTART_COUNT || 0) + 1;
const base = path.join(table.dir, job.jobId + '.a' + attempt);
const files = { out: base + '.out', err: base + '.err', metrics: base + '.metrics.jsonl' };
const startedAt = Date.now();
const host = {};
for (const [k, v] of Object.entries(process.env))
  if (table.allow.includes(k) || k.startsWith('LC_')) host[k] = v;
const env = { ...host, ...job.env, BATCHBENCH_ATTEMPT: String(attempt), BATCHBENCH_METRICS: files.metrics };
function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch {}
  const cpus = os.cpus();
  return cpus.length ? cpus[0].model : undefined;
}
function vmHwm(pid) {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/' + pid + '/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch { return 0; }
}
const record = {
  jobId: job.jobId, attempt, startedAt,
  host: process.env.SLURMD_NODENAME || os.hostname(), cpuModel: cpuModel(), cpuCount: os.cpus().length,
  slurmJob: process.env.SLURM_ARRAY_JOB_ID + '_' + process.env.SLURM_ARRAY_TASK_ID,
};
const out = fs.openSync(files.out, 'w');
const err = fs.openSync(files.err, 'w');
let peak = 0;
let done = false;
function finish(code, signal, error) {
  if (done) return;
  done = true;
  Object.assign(record, { commandEndedAt: Date.now(), exitCode: code, signal: signal || undefined, error, peakMemoryBytes: peak || undefined });
  const tmp = base + '.json.' + process.pid;
  fs.writeFileSync(tmp, JSON.stringify(record) + '\n');
  fs.renameSync(tmp, base + '.json');
  process.exit(code === null || code === undefined ? 128 + (os.constants.signals[signal] || 0) : code);
}
record.commandStartedAt = Date.now();
const child = spawn(job.command[0], job.command.slice(1), { cwd: job.cwd, env, stdio: ['ignore', out, err] });
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => { try { child.kill(sig); } catch {} });
const sampler = setInterval(() => { if (child.pid) peak = Math.max(peak, vmHwm(child.pid)); }, 500);
child.once('error', (e) => { clearInterval(sampler); finish(127, null, 'could not start ' + job.command[0] + ': ' + e.message); });
child.once('close', (code, signal) => { clearInterval(sampler); finish(code, signal); });
`;
