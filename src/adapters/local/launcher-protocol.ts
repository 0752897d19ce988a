/**
 * The lines the run and its launcher processes exchange (see launcher-main.ts), one JSON object
 * a line each way.
 */

/** Run -> launcher: start a command now, or queue it behind `after`. */
export interface StartMessage {
  k: number;
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  out: string;
  err: string;
  metrics: string;
  after?: number;
  t?: undefined;
}

/** Run -> launcher: everything it may send. */
export type RunMessage = StartMessage | { t: 'unchain'; k: number } | { t: 'drop' };

/** Launcher -> run. */
export type LauncherMessage =
  | { k: number; t: 'start'; pid: number; at: number }
  | { k: number; t: 'error'; code: string; message: string; at: number }
  | { k: number; t: 'unchained' }
  | {
      k: number;
      t: 'exit';
      code: number | null;
      signal: NodeJS.Signals | null;
      at: number;
      out: number;
      err: number;
      metrics: number;
      next?: number;
    };
