import { EXIT } from './io.js';
import { main } from './main.js';

// main() maps every error to an exit code itself; this catch is for what escapes even that.
const controller = new AbortController();
let interrupts = 0;
const stop = (signal: NodeJS.Signals) => {
  interrupts++;
  if (interrupts > 1) process.exit(EXIT.interrupted);
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
      `batchbench: this is a bug of batchbench, please report it with the command you ran and this text:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = EXIT.bug;
  });
