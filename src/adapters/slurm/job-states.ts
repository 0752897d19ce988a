/** How batchbench reads one Slurm job state: finished or not, and whether it succeeded. */
export type TaskPhase = 'pending' | 'running' | 'succeeded' | 'failed' | 'requeued' | 'gone';

const PHASES: Record<string, TaskPhase> = {
  PENDING: 'pending',
  CONFIGURING: 'pending',
  REQUEUE_HOLD: 'requeued',
  REQUEUE_FED: 'requeued',
  REQUEUED: 'requeued',
  RESV_DEL_HOLD: 'pending',
  SPECIAL_EXIT: 'failed',
  SUSPENDED: 'running',
  STOPPED: 'running',
  SIGNALING: 'running',
  STAGE_OUT: 'running',
  RUNNING: 'running',
  COMPLETING: 'running',
  RESIZING: 'running',
  COMPLETED: 'succeeded',
  FAILED: 'failed',
  CANCELLED: 'failed',
  TIMEOUT: 'failed',
  OUT_OF_MEMORY: 'failed',
  NODE_FAIL: 'failed',
  PREEMPTED: 'failed',
  BOOT_FAIL: 'failed',
  DEADLINE: 'failed',
  REVOKED: 'failed',
};

/** The phase of a state as squeue or sacct print it (`CANCELLED by 0` counts as CANCELLED). */
export function phaseOf(state: string): TaskPhase {
  const base = state.trim().split(/\s+/)[0]?.replace(/\+$/, '').toUpperCase() ?? '';
  return PHASES[base] ?? 'running';
}

/** The state name alone, without sacct's `by <uid>` or `+`. */
export function baseState(state: string): string {
  return state.trim().split(/\s+/)[0]?.replace(/\+$/, '').toUpperCase() ?? '';
}

export function isFinished(phase: TaskPhase): boolean {
  return phase === 'succeeded' || phase === 'failed' || phase === 'gone';
}

/** Why a task failed, as a person would want it told: a signal is not an exit code. */
export function failureReason(state: string, exitCode?: number, signal?: number): string | undefined {
  switch (baseState(state)) {
    case 'COMPLETED':
      return undefined;
    case 'OUT_OF_MEMORY':
      return 'out of memory: the task used more than --mem; raise resources.memory';
    case 'TIMEOUT':
      return 'time limit reached: raise compute.slurm.time or shorten the task';
    case 'NODE_FAIL':
      return 'the node failed; Slurm requeues the task when the job allows it';
    case 'PREEMPTED':
      return 'preempted by a job of higher priority';
    case 'CANCELLED':
      return 'cancelled';
    case 'BOOT_FAIL':
      return 'the node failed to boot';
    case 'DEADLINE':
      return 'the deadline passed before the task could run';
    default:
      if (signal) return `killed by signal ${signal}`;
      if (exitCode !== undefined) return `exit code ${exitCode}`;
      return `ended ${baseState(state).toLowerCase()}`;
  }
}

/** PENDING reasons that need a person, with what to do; the normal waits return undefined. */
export function pendingHint(reason: string): string | undefined {
  const r = reason.trim();
  if (
    r === 'Resources' ||
    r === 'Priority' ||
    r === 'None' ||
    r === 'Dependency' ||
    r === '' ||
    r === 'JobArrayTaskLimit' ||
    // A requeued task (preempted, its node lost) waits about two minutes before it may start again.
    r === 'BeginTime'
  )
    return undefined;
  if (r === 'PartitionTimeLimit')
    return 'the time asked exceeds the partition limit: lower compute.slurm.time or choose another partition';
  if (r === 'ReqNodeNotAvail' || r.startsWith('ReqNodeNotAvail'))
    return 'the nodes asked for are down, drained or reserved: check `sinfo -R` or relax compute.slurm.constraint';
  if (r === 'BadConstraints')
    return 'no node has the features asked: check compute.slurm.constraint against `sinfo -o "%N %f"`';
  if (r === 'PartitionNodeLimit' || r === 'PartitionConfig')
    return 'the request does not fit the partition: lower resources or choose another partition';
  if (r === 'PartitionDown' || r === 'PartitionInactive')
    return 'the partition is down: ask the administrators';
  if (r === 'DependencyNeverSatisfied')
    return 'the stage before failed, so this one will never start: cancel the run and look at the earlier stage';
  if (r.startsWith('QOS') || r.startsWith('AssocGrp') || r.startsWith('AssocMax'))
    return `a limit of the account or QOS holds it (${r}): lower compute.slurm.throttle, or use another compute.slurm.qos or compute.slurm.account`;
  if (r === 'launch failed requeued held' || r === 'JobHeldAdmin' || r === 'JobHeldUser')
    return `held (${r}): release it with \`scontrol release\` or cancel the run`;
  return `pending: ${r}`;
}
