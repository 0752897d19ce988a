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

/**
 * The EC2 instance type the task runs on, from the instance metadata service, or undefined
 * where it cannot be learnt within a second. Asked only inside an ECS task on EC2 (how AWS
 * Batch runs an EC2 job): Fargate has no instance metadata, and elsewhere the address is not
 * ours to call. IMDSv2 (a session token) and IMDSv1 are tried at once: a container behind a
 * bridge network gets no token when the instance's hop limit is 1, and IMDSv1 may be disabled.
 * AWS_EC2_METADATA_SERVICE_ENDPOINT and AWS_EC2_METADATA_DISABLED mean what they do to the SDKs.
 */
export async function ec2InstanceType(env: NodeJS.ProcessEnv, timeoutMs = 1000): Promise<string | undefined> {
  const inEcsOnEc2 =
    Boolean(env.ECS_CONTAINER_METADATA_URI_V4 || env.ECS_CONTAINER_METADATA_URI) &&
    env.AWS_EXECUTION_ENV !== 'AWS_ECS_FARGATE';
  if (!inEcsOnEc2 || env.AWS_EC2_METADATA_DISABLED?.toLowerCase() === 'true') return undefined;
  const base = (env.AWS_EC2_METADATA_SERVICE_ENDPOINT || 'http://169.254.169.254').replace(/\/+$/, '');
  const signal = AbortSignal.timeout(timeoutMs);
  const get = async (headers: Record<string, string>): Promise<string> => {
    const res = await fetch(`${base}/latest/meta-data/instance-type`, { headers, signal });
    const text = (await res.text()).trim();
    if (!res.ok || !/^[a-z0-9-]+\.[a-z0-9-]+$/.test(text)) throw new Error(`IMDS: HTTP ${res.status}`);
    return text;
  };
  const v2 = async () => {
    const res = await fetch(`${base}/latest/api/token`, {
      method: 'PUT',
      headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '60' },
      signal,
    });
    if (!res.ok) throw new Error(`IMDS token: HTTP ${res.status}`);
    return get({ 'x-aws-ec2-metadata-token': await res.text() });
  };
  try {
    return await Promise.any([v2(), get({})]);
  } catch {
    return undefined;
  }
}
