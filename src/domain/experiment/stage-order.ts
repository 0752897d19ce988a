/**
 * Orders stages so each comes after the stages it needs. Among stages that are ready at the same
 * time, file order wins, so the order is stable and predictable.
 */
export function orderStages(
  names: string[],
  needs: (name: string) => string[],
): { order: string[] } | { cycle: string[] } {
  const cycle = findCycle(names, needs);
  if (cycle) return { cycle };
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < names.length) {
    const next = names.find((n) => !done.has(n) && needs(n).every((d) => done.has(d) || !names.includes(d)));
    if (next === undefined) break;
    done.add(next);
    order.push(next);
  }
  return { order };
}

/** The first cycle met walking the stages in file order, closed: ["a", "b", "a"]. */
export function findCycle(names: string[], needs: (name: string) => string[]): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'done') return undefined;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const d of needs(n)) {
      if (!names.includes(d)) continue;
      const found = visit(d);
      if (found) return found;
    }
    stack.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of names) {
    const found = visit(n);
    if (found) return found;
  }
  return undefined;
}
