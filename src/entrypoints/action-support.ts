import * as runner from '../adapters/github/runner-io.js';
import { readSourceFile } from '../adapters/source-file.js';
import type { Problem } from '../domain/experiment/problem.js';
import { escapeTerminal } from '../domain/terminal-text.js';
import { isUserError, UserError } from '../domain/user-error.js';

/**
 * Runs an action's body. A user's mistake (UserError, from any layer) becomes an annotation at
 * its file and line when it has them, and fails the step; anything else is a bug, shown with its stack.
 */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  // The first log line says what is running, before any work (bench/action-startup times it).
  runner.info(`batchbench ${name} ${VERSION}`);
  try {
    await body();
  } catch (error) {
    if (isUserError(error)) {
      failWith(error);
      return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    runner.setFailed(
      `batchbench ${name} failed unexpectedly: ${err.message}\n${err.stack ?? ''}\n` +
        'This is a bug of batchbench, not of your experiment: please report it with this log.',
    );
  }
}

function failWith(error: UserError): void {
  const { file, line, column } = error.location;
  const message = escapeTerminal(error.hint ? `${error.message} (${error.hint})` : error.message);
  if (file === undefined) {
    runner.setFailed(message);
    return;
  }
  runner.error(message, {
    file,
    ...(line !== undefined ? { startLine: line } : {}),
    ...(column !== undefined ? { startColumn: column } : {}),
    title: 'batchbench',
  });
  process.exitCode = 1;
}

declare const __BATCHBENCH_VERSION__: string | undefined;
const VERSION = typeof __BATCHBENCH_VERSION__ === 'string' ? __BATCHBENCH_VERSION__ : 'dev';

/** The bundle's last resort: something threw outside `run()`'s own handling. */
export function lastResort(error: unknown): void {
  process.stderr.write(
    `batchbench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}

/** An input's trimmed value, or undefined when empty. */
export function input(name: string, options: { required?: boolean } = {}): string | undefined {
  const value = runner.getInput(name).trim();
  if (value === '' && options.required) throw new UserError(`input '${name}' is required`);
  return value === '' ? undefined : value;
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const value = runner.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new UserError(`input '${name}' takes true or false, not '${value}'`);
}

export function positiveIntInput(name: string): number | undefined {
  const raw = input(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UserError(`input '${name}' takes a whole number of at least 1, not '${raw}'`);
  return n;
}

/** Whitespace- or newline-separated list, as multi-line YAML inputs are written. */
export function listInput(name: string): string[] {
  return (input(name) ?? '').split(/\s+/).filter((s) => s !== '');
}

/** Durations like 30s, 90m, 5h, 5h30m or plain seconds. */
export function durationInput(name: string, fallbackSeconds: number): number {
  const raw = input(name);
  if (raw === undefined) return fallbackSeconds;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw);
  const parts = [...raw.matchAll(/(\d+(?:\.\d+)?)\s*([hms])/g)];
  if (
    parts.length === 0 ||
    parts
      .map((p) => p[0])
      .join('')
      .replace(/\s/g, '') !== raw.replace(/\s/g, '')
  )
    throw new UserError(`input '${name}' takes a duration like 90m, 5h or 5h30m, not '${raw}'`);
  const unit = { h: 3600, m: 60, s: 1 } as const;
  return parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2] as 'h' | 'm' | 's'], 0);
}

export function workspace(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE ?? process.cwd();
}

/** Problems of a file as annotations at their file, line and column; returns how many are errors. */
export function annotate(problems: readonly Problem[]): number {
  for (const p of problems) {
    // @actions/core escapes what would end the command; escapeTerminal what would reach the log raw.
    const props = {
      file: escapeTerminal(p.file),
      startLine: p.line,
      startColumn: p.column,
      title: 'batchbench',
    };
    const message = escapeTerminal(p.hint ? `${p.message} (${p.hint})` : p.message);
    if (p.severity === 'error') runner.error(message, props);
    else runner.warning(message, props);
  }
  return problems.filter((p) => p.severity === 'error').length;
}

/**
 * A regular file inside the workspace (symlinks out of it refused); a missing, unreadable or
 * refused one is a configuration error naming it.
 */
export function readWorkspaceFile(file: string, env: NodeJS.ProcessEnv): Promise<string> {
  return readSourceFile(file, { root: workspace(env) });
}
