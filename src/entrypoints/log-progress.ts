import * as runner from '../adapters/github/runner-io.js';
import { escapeTerminal } from '../domain/terminal-text.js';

/** Progress as log lines: a runner's log is not a terminal. */
export const logProgress = {
  update(): void {},
  log(line: string): void {
    runner.info(escapeTerminal(line));
  },
  done(): void {},
};
