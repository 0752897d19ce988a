/**
 * The runner's side of an action (inputs, outputs, annotations, job summary, state between
 * the main and post steps) as @actions/core implements it. Entry points use it through here
 * so that only adapters import `@actions/*`.
 *
 * Every log line and annotation goes through escapeTerminal here, the one place an action writes
 * to the runner's log: text from a file or a workload (a file name, a key, a job's failure
 * reason) can neither recolour the log nor start a line with a workflow command of its own.
 * @actions/core then escapes what would end an annotation's properties early.
 */
import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import { escapeTerminal } from '../../domain/terminal-text.js';

export {
  debug,
  getBooleanInput,
  getInput,
  getState,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
} from '@actions/core';
export type { AnnotationProperties } from '@actions/core';

type Message = string | Error;

function safe(message: Message): Message {
  return typeof message === 'string' ? escapeTerminal(message) : message;
}

function safeProps(props?: AnnotationProperties): AnnotationProperties | undefined {
  if (!props) return props;
  return {
    ...props,
    ...(props.file !== undefined ? { file: escapeTerminal(props.file) } : {}),
    ...(props.title !== undefined ? { title: escapeTerminal(props.title) } : {}),
  };
}

export function info(message: string): void {
  core.info(escapeTerminal(message));
}

export function notice(message: Message, props?: AnnotationProperties): void {
  core.notice(safe(message), safeProps(props));
}

export function warning(message: Message, props?: AnnotationProperties): void {
  core.warning(safe(message), safeProps(props));
}

export function error(message: Message, props?: AnnotationProperties): void {
  core.error(safe(message), safeProps(props));
}
