/**
 * Signals a job's whole process tree. Jobs are started detached, so each leads its own process
 * group and `kill(-pid)` reaches every descendant that did not leave the group. Where groups
 * cannot be signalled (Windows), the process itself is signalled.
 */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ESRCH' || code === 'EPERM') return; // the group is gone already
    try {
      process.kill(pid, signal);
    } catch {
      // gone as well
    }
  }
}
