import { PassThrough } from 'node:stream';
import type { Io } from '../../src/cli/main.js';

/** Captures what the CLI writes, as a terminal that is not a TTY would receive it. */
export function captureIo(cwd: string, env: NodeJS.ProcessEnv = {}, signal = new AbortController().signal) {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]) => {
    const s = new PassThrough() as unknown as NodeJS.WriteStream;
    s.write = ((chunk: string | Uint8Array) => {
      sink.push(String(chunk));
      return true;
    }) as NodeJS.WriteStream['write'];
    return s;
  };
  const io: Io = { stdout: stream(out), stderr: stream(err), cwd, env, signal };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
