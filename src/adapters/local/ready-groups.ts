import type { GroupState } from './scheduler-state.js';

/**
 * The groups that wait for admission with no need left open, in plan order. Admission looks only
 * at these, from the first, so neither a long run of admitted groups nor groups still waiting for
 * their needs are scanned again on every change. Removal is lazy: a group that stops waiting
 * stays in the list until the front passes it, so taking the first costs nothing per group.
 */
export class ReadyGroups {
  private list: GroupState[] = [];
  /** Where the list begins: everything before it was passed. */
  private head = 0;
  private readonly members = new Set<GroupState>();

  add(group: GroupState): void {
    if (this.members.has(group)) return;
    this.members.add(group);
    let lo = this.head;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.list[mid] as GroupState).index < group.index) lo = mid + 1;
      else hi = mid;
    }
    if (lo === this.list.length) this.list.push(group);
    else this.list.splice(lo, 0, group);
  }

  delete(group: GroupState): void {
    this.members.delete(group);
  }

  /** The first group in plan order that still waits for admission. */
  first(): GroupState | undefined {
    for (; this.head < this.list.length; this.head++) {
      const group = this.list[this.head] as GroupState;
      if (this.members.has(group)) {
        if (isReady(group)) return group;
        this.members.delete(group);
      }
    }
    if (this.head > 0) {
      this.list = [];
      this.head = 0;
    }
    return undefined;
  }

  *inOrder(): Iterable<GroupState> {
    for (let i = this.head; i < this.list.length; i++) {
      const group = this.list[i] as GroupState;
      if (this.members.has(group) && isReady(group)) yield group;
    }
  }
}

function isReady(group: GroupState): boolean {
  return group.phase === 'waiting' && group.blocked === 0;
}
