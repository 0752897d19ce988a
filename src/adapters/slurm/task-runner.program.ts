/**
 * The program every array task runs on its node, copied next to the run's task tables at
 * submission and started as `node task-runner.mjs <table>`: the container runner's contract as a
 * plain process. It takes its job from the table by SLURM_ARRAY_TASK_ID, gives the workload the
 * one workload environment (the host allowlist, the file's run.env and BATCHBENCH_*, with the
 * attempt and metrics file of this try), sends stdout and stderr to files, passes SIGTERM and
 * SIGINT on (Slurm's signal at a time limit or scancel), and writes one record per attempt,
 * atomically, before it exits with the workload's own code. The run reads the record, the
 * output files and the metrics file from the shared filesystem; nothing is parsed here.
 *
 * Bundled on its own (scripts/launcher-build.mjs, every `*.program.ts` under src/adapters) and
 * importing only Node's built-ins, so that a node starts it fast and needs nothing installed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What the run writes for the runner (task-tables.ts): where to write, what may pass, the jobs. */
interface RunnerTable {
  dir: string;
  allow: string[];
  jobs: { jobId: string; command: string[]; cwd: string; env: Record<string, string> }[];
}

const table = JSON.parse(fs.readFileSync(process.argv[2] as string, 'utf8')) as RunnerTable;
const index = Number(process.env.SLURM_ARRAY_TASK_ID);
const job = table.jobs[index];
if (!job) {
  console.error(`batchbench: no job at index ${index} of ${process.argv[2]}`);
  process.exit(2);
}
const attempt = Number(process.env.SLURM_RESTART_COUNT || 0) + 1;
const base = path.join(table.dir, `${job.jobId}.a${attempt}`);
const files = { out: `${base}.out`, err: `${base}.err`, metrics: `${base}.metrics.jsonl` };
const startedAt = Date.now();

const host: Record<string, string> = {};
for (const [k, v] of Object.entries(process.env))
  if (v !== undefined && (table.allow.includes(k) || k.startsWith('LC_'))) host[k] = v;
const env = { ...host, ...job.env, BATCHBENCH_ATTEMPT: String(attempt), BATCHBENCH_METRICS: files.metrics };

function cpuModel(): string | undefined {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (m?.[1]) return m[1].trim();
  } catch {
    // No /proc (not Linux): Node's own view below.
  }
  return os.cpus()[0]?.model;
}

/** The peak resident memory of a process so far (Linux's VmHWM), bytes; 0 when unknown. */
function vmHwm(pid: number): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

const record: Record<string, unknown> = {
  jobId: job.jobId,
  attempt,
  startedAt,
  host: process.env.SLURMD_NODENAME || os.hostname(),
  cpuModel: cpuModel(),
  cpuCount: os.cpus().length,
  slurmJob: `${process.env.SLURM_ARRAY_JOB_ID}_${process.env.SLURM_ARRAY_TASK_ID}`,
};
const out = fs.openSync(files.out, 'w');
const err = fs.openSync(files.err, 'w');
let peak = 0;
let done = false;

function finish(code: number | null, signal: NodeJS.Signals | null, error?: string): void {
  if (done) return;
  done = true;
  Object.assign(record, {
    commandEndedAt: Date.now(),
    exitCode: code,
    signal: signal || undefined,
    error,
    peakMemoryBytes: peak || undefined,
  });
  const tmp = `${base}.json.${process.pid}`;
  fs.writeFileSync(tmp, `${JSON.stringify(record)}\n`);
  fs.renameSync(tmp, `${base}.json`);
  process.exit(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0));
}

record.commandStartedAt = Date.now();
const [program = '', ...args] = job.command;
const child = spawn(program, args, { cwd: job.cwd, env, stdio: ['ignore', out, err] });
for (const sig of ['SIGTERM', 'SIGINT'] as const)
  process.on(sig, () => {
    try {
      child.kill(sig);
    } catch {
      // The workload has ended already: its close event writes the record.
    }
  });
const sampler = setInterval(() => {
  if (child.pid) peak = Math.max(peak, vmHwm(child.pid));
}, 500);
child.once('error', (e) => {
  clearInterval(sampler);
  finish(127, null, `could not start ${program}: ${e.message}`);
});
child.once('close', (code, signal) => {
  clearInterval(sampler);
  finish(code, signal);
});
