import * as runner from '../adapters/github/runner-io.js';

/** Progress as log lines: a runner's log is not a terminal. */
export const logProgress = {
  update(): void {},
  log(line: string): void {
    runner.info(line);
  },
  done(): void {},
};
