import type { CampaignWindow } from './campaign.js';

/**
 * The windows a benchmark may run in: those whose focus names it (base or variant), else those
 * without a focus, else every window (reported as a warning). Spreading each benchmark type over
 * its own windows keeps memory-bound and compute-bound jobs apart, as seed 004's rotation does.
 */
export function windowsFor(
  benchmark: string,
  variant: string,
  windows: readonly CampaignWindow[],
): { indexes: number[]; unfocused: boolean } {
  const all = windows.map((_, i) => i);
  const focused = all.filter((i) => {
    const focus = windows[i]?.focus ?? [];
    return focus.includes(benchmark) || focus.includes(variant);
  });
  if (focused.length > 0) return { indexes: focused, unfocused: false };
  const open = all.filter((i) => (windows[i]?.focus ?? []).length === 0);
  if (open.length > 0) return { indexes: open, unfocused: false };
  return { indexes: all, unfocused: true };
}

/** Whether a job of this benchmark honours a window's focus. */
export function inFocus(window: CampaignWindow, benchmark: string, variant: string): boolean {
  return window.focus.length === 0 || window.focus.includes(benchmark) || window.focus.includes(variant);
}
