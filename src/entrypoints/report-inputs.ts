import { input } from './action-support.js';

/**
 * The check-name input, or `batchbench / <experiment>`. The submit action records it with the
 * run, so the scheduled collector names the check as the report action does.
 */
export function checkNameInput(experiment: string): string {
  return input('check-name') ?? `batchbench / ${experiment}`;
}
