import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/temp-dir.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EVENTS = path.join(ROOT, 'test/fixtures/events');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the step saved with saveState, as the runner hands it to the post step (STATE_<name>). */
  state: Record<string, string>;
  /** `::error ...::` and `::warning ...::` lines of the log. */
  annotations: string[];
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** File under test/fixtures/events, or an absolute path. */
  event?: string;
  eventName?: string;
  env?: Record<string, string>;
  cwd?: string;
  /** Post step: the state the main step saved. */
  state?: Record<string, string>;
  /** `dist/<action>/index.js`, or another script relative to the repository. */
  script?: string;
  /** Command-line arguments, for a script that takes them (bin/batchbench.js in a `run:` step). */
  args?: string[];
}

/**
 * Runs a bundled action the way a runner does: `node dist/<action>/index.js` in the workspace,
 * inputs as INPUT_<NAME> (upper case, spaces as _), and the files the runner reads back.
 */
export function runBundled(action: string, options: RunOptions = {}): Promise<ActionRun> {
  return startBundled(action, options).done;
}

/** The same, with the process at hand: a test can signal it as a runner cancelling a step does. */
export function startBundled(
  action: string,
  options: RunOptions = {},
): { child: ChildProcess; done: Promise<ActionRun> } {
  const dir = tempDir(`bb-action-${action}-`);
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: options.cwd ?? ROOT,
    GITHUB_REPOSITORY: 'octo-org/bench-repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '7001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
    // The suite's request log (see .ci/run): the action's AWS and GitHub requests are checked too.
    ...(process.env.BATCHBENCH_RECORD_REQUESTS
      ? { BATCHBENCH_RECORD_REQUESTS: process.env.BATCHBENCH_RECORD_REQUESTS }
      : {}),
    ...files,
    ...(options.event
      ? {
          GITHUB_EVENT_PATH: path.isAbsolute(options.event)
            ? options.event
            : path.join(EVENTS, options.event),
        }
      : {}),
    ...(options.eventName ? { GITHUB_EVENT_NAME: options.eventName } : {}),
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([k, v]) => [
        `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
        v,
      ]),
    ),
    ...options.env,
  };
  const script = path.join(ROOT, options.script ?? `dist/${action}/index.js`);
  const child = spawn(process.execPath, [script, ...(options.args ?? [])], {
    cwd: options.cwd ?? ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const done = new Promise<ActionRun>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        state: parseFileCommand(readFileSync(files.GITHUB_STATE, 'utf8')),
        annotations: stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
      });
    });
  });
  return { child, done };
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes GITHUB_OUTPUT and GITHUB_STATE. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

/** A `::level k=v,k=v::message` workflow command, unescaped as the runner reads it. */
export function parseAnnotation(line: string): Annotation {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) =>
    s
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = part.indexOf('=');
    props[part.slice(0, eq)] = unescape(part.slice(eq + 1));
  }
  return { level: m[1] as string, props, message: unescape(m[3] ?? '') };
}

/** stderr less the AWS SDK's notice that Node 20 is near its end (runners run node24). */
export function errorsOf(run: ActionRun): string {
  return run.stderr
    .replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?--trace-warnings[^\n]*\n?/g, '')
    .trim();
}
