import { readFile } from 'node:fs/promises';
import os from 'node:os';

/** The CPU the task ran on, as the report shows it beside its timings. */
export async function cpuInfo(): Promise<{ cpuModel?: string; cpuCount: number }> {
  const cpuCount = os.availableParallelism();
  try {
    const text = await readFile('/proc/cpuinfo', 'utf8');
    const model = /^model name\s*:\s*(.+)$/m.exec(text)?.[1]?.trim();
    if (model) return { cpuModel: model, cpuCount };
  } catch {
    // not Linux: os.cpus() below
  }
  const model = os.cpus()[0]?.model?.trim();
  return model ? { cpuModel: model, cpuCount } : { cpuCount };
}

/**
 * Peak memory of the container: cgroup v2 memory.peak, cgroup v1 memory.max_usage_in_bytes, else
 * the highest VmHWM seen while sampling the workload (a lower bound: children are not counted).
 */
export async function cgroupPeakMemory(): Promise<number | undefined> {
  for (const file of ['/sys/fs/cgroup/memory.peak', '/sys/fs/cgroup/memory/memory.max_usage_in_bytes']) {
    try {
      const n = Number((await readFile(file, 'utf8')).trim());
      if (Number.isFinite(n) && n > 0) return n;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

export async function vmHwmBytes(pid: number): Promise<number | undefined> {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}
