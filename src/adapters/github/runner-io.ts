/**
 * The runner's side of an action (inputs, outputs, annotations, job summary, state between
 * the main and post steps) as @actions/core implements it. Entry points use it through here
 * so that only adapters import `@actions/*`.
 */
export {
  debug,
  error,
  getBooleanInput,
  getInput,
  getState,
  info,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning,
} from '@actions/core';
export type { AnnotationProperties } from '@actions/core';
