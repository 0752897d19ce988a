import { main } from './main.js';

// One last-resort catch: a bug still ends with a message and an exit code, not a stack dump.
const controller = new AbortController();
let interrupts = 0;
const stop = (signal: NodeJS.Signals) => {
  interrupts++;
  if (interrupts > 1) process.exit(130);
  process.stderr.write(`\n${signal}: stopping every job and keeping what finished (again to quit at once)\n`);
  controller.abort();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(
      `batchbench: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
