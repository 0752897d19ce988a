import type { GroupState } from './scheduler-state.js';

/**
 * The groups that wait for admission with no need left open, in plan order. Admission looks only
 * at these, from the first, so neither a long run of admitted groups nor groups still waiting for
 * their needs are scanned again on every change. A group that stops waiting is dropped lazily.
 */
export class ReadyGroups {
  private readonly list: GroupState[] = [];
  private readonly members = new Set<GroupState>();

  add(group: GroupState): void {
    if (this.members.has(group)) return;
    this.members.add(group);
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.list[mid] as GroupState).index < group.index) lo = mid + 1;
      else hi = mid;
    }
    this.list.splice(lo, 0, group);
  }

  delete(group: GroupState): void {
    if (!this.members.delete(group)) return;
    const at = this.list.indexOf(group);
    if (at >= 0) this.list.splice(at, 1);
  }

  /** The first group in plan order that still waits for admission. */
  first(): GroupState | undefined {
    for (;;) {
      const group = this.list[0];
      if (!group || isReady(group)) return group;
      this.delete(group);
    }
  }

  *inOrder(): Iterable<GroupState> {
    for (const group of this.list) if (isReady(group)) yield group;
  }
}

function isReady(group: GroupState): boolean {
  return group.phase === 'waiting' && group.blocked === 0;
}
