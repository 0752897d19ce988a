import { createAwsClients, destroyAwsClients } from '../adapters/aws/clients.js';
import { runTask } from '../adapters/aws/runner/run-task.js';

/**
 * The container runner: `node runner.js -- <workload argv>` as the image's entry point. Exits
 * with the workload's exit code; a failure of the runner itself (no result store, upload
 * impossible) exits 70 so Batch records it as a failed attempt with the reason on stderr.
 */
export async function main(argv: string[]): Promise<number> {
  const workload = argv[0] === '--' ? argv.slice(1) : argv;
  const clients = createAwsClients();
  try {
    const { exitCode } = await runTask(workload, {
      s3: clients.s3,
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
    });
    return exitCode;
  } catch (error) {
    process.stderr.write(`batchbench runner: ${(error as Error).message}\n`);
    return 70;
  } finally {
    destroyAwsClients(clients);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`batchbench runner: ${String(error)}\n`);
    process.exit(70);
  },
);
