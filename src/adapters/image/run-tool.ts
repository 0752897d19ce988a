import { spawn } from 'node:child_process';

export interface ToolOptions {
  /** Written to the tool's standard input, then closed (passwords: never on argv, where `ps` shows them). */
  input?: string;
  env?: NodeJS.ProcessEnv;
  /** Each line the tool prints, as it prints it (a build's progress belongs in the step's log). */
  echo?: (line: string) => void;
}

export interface ToolRun {
  /** The exit code; null when the tool could not be started or was killed by a signal. */
  code: number | null;
  /** The tool is not installed (the program was not found). */
  missing: boolean;
  /** Its output, stdout and stderr interleaved, the last 64 KiB. */
  output: string;
}

export type RunTool = (command: string, args: readonly string[], options?: ToolOptions) => Promise<ToolRun>;

const KEEP = 64 * 1024;

/** Runs a program with an argument array, no shell, and collects its output. */
export const runTool: RunTool = (command, args, options = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let pending = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-KEEP);
      if (!options.echo) return;
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) options.echo(line.replace(/\r$/, ''));
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    if (options.input !== undefined) {
      // A tool that exits before reading its input closes the pipe: that is its answer, not ours.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(options.input);
    }
    child.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ code: null, missing: error.code === 'ENOENT', output: output + error.message }),
    );
    child.on('close', (code) => {
      if (pending && options.echo) options.echo(pending);
      resolve({ code, missing: false, output });
    });
  });
