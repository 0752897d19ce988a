import type { Progress } from '../../../src/ports/progress.js';

export function silentProgress(lines: string[] = []): Progress & { lines: string[] } {
  return { lines, update: () => undefined, log: (l) => void lines.push(l), done: () => undefined };
}
