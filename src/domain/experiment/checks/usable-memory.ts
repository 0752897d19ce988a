/**
 * Memory AWS Batch can give jobs on an instance, in MiB, estimated on the safe side. The ECS
 * agent registers what the kernel reports, less than the installed memory (AWS's example: an
 * m4.large's 8192 MiB registers as 7985 MiB, 2.5% less), and the Batch AMI keeps 32 MiB more
 * for the agent. 3% less 32 MiB stays under both, so a job this check passes can be placed; a
 * job just under the installed memory, which Batch could never place, is caught.
 */
export function usableMemoryMiB(installedGiB: number): number {
  return Math.floor(installedGiB * 1024 * 0.97) - 32;
}
