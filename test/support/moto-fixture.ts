import { afterAll, beforeAll } from 'vitest';
import { destroyAwsClients, type AwsClients } from '../../src/adapters/aws/clients.js';
import { clientsFor, createBatchEnvironment } from '../adapters/aws/batch-env.js';
import { startMoto, type MotoOptions, type MotoServer } from './moto-server.js';

/**
 * The one way a test file gets a moto server: `const aws = useMoto({...})` at the top of a
 * describe starts the server once in beforeAll (with room for a loaded machine), creates the SDK
 * clients, optionally the Batch environment, and hands the server back in afterAll (kept, reset,
 * for the worker's next file that asks for the same kind; see takeServer).
 * Destructure in the test's own beforeAll, which runs after this one:
 * `beforeAll(() => ({ moto, clients } = aws))`.
 */
export interface MotoFixtureOptions extends MotoOptions {
  /**
   * moto's Batch in Docker mode with no Docker daemon: jobs walk SUBMITTED..RUNNABLE..STARTING
   * on moto's timer and never finish by themselves (tests finish them, or cancel them).
   */
  jobsNeverStart?: boolean;
  /** Seconds per Batch job state transition (moto's state manager), set before any job. */
  jobTransitionSeconds?: number;
  /** The compute environment, the Spot and on-demand queues and the results bucket. */
  batchEnvironment?: boolean;
}

export interface MotoFixture {
  readonly moto: MotoServer;
  readonly endpoint: string;
  readonly clients: AwsClients;
  /** One more set of clients on the same server (a second process), destroyed in afterAll. */
  moreClients(): AwsClients;
  /** Seconds per Batch job state transition from now on. */
  setJobTransition(seconds: number): Promise<unknown>;
}

/** Starting python moto under load has taken over 10 s; creating the environment adds a few. */
export const MOTO_HOOK_TIMEOUT_MS = 120_000;

const NO_DOCKER = 'unix:///nonexistent/docker.sock';

/**
 * Servers kept between the test files of one worker: the unit suite runs without isolation
 * (vitest.config.ts), so this module, and a server started by an earlier file, outlive that file.
 * Starting python moto and loading its services costs a second or two of CPU a file; a reset
 * (every backend emptied, the Batch config and job transitions set again) costs milliseconds.
 * One idle server a worker at most, reused by a file asking for the same process environment;
 * the kept one is stopped when vitest ends the worker (and dies with it in any case, moto-server.ts).
 */
let idle: { key: string; server: MotoServer } | undefined;
const keys = new WeakMap<MotoServer, string>();

async function takeServer(env: Record<string, string>, batchUseDocker: boolean): Promise<MotoServer> {
  const key = JSON.stringify(env);
  const kept = idle;
  idle = undefined;
  if (kept?.key === key) {
    try {
      await kept.server.reset();
      await kept.server.control('/moto-api/config', { batch: { use_docker: batchUseDocker } });
      await kept.server.control('/moto-api/state-manager/unset-transition', { model_name: 'batch::job' });
      keys.set(kept.server, key);
      return kept.server;
    } catch {
      // broken: a new one below
    }
  }
  await kept?.server.stop();
  const server = await startMoto({ env, batchUseDocker });
  keys.set(server, key);
  return server;
}

/** Keeps the server for the worker's next file (stopping the one kept before, if any). */
async function releaseServer(server: MotoServer): Promise<void> {
  const before = idle;
  idle = { key: keys.get(server) as string, server };
  stopKeptOnTerm();
  await before?.server.stop();
}

let termHooked = false;
/**
 * vitest ends its workers with SIGTERM, which runs no 'exit' handler: the kept server is stopped
 * and waited for first, so it ends like any other (and its CPU is counted with the run's).
 */
function stopKeptOnTerm(): void {
  if (termHooked) return;
  termHooked = true;
  process.once('SIGTERM', () => {
    void (idle?.server.stop() ?? Promise.resolve()).finally(() => process.exit(143));
  });
}

export function useMoto(options: MotoFixtureOptions = {}): MotoFixture {
  const { jobsNeverStart, jobTransitionSeconds, batchEnvironment, ...serverOptions } = options;
  let server: MotoServer | undefined;
  let main: AwsClients | undefined;
  const extra: AwsClients[] = [];
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useMoto: the server is used before its beforeAll ran');
    return value;
  };
  const fixture: MotoFixture = {
    get moto() {
      return started(server);
    },
    get endpoint() {
      return started(server).endpoint;
    },
    get clients() {
      return started(main);
    },
    moreClients() {
      const more = clientsFor(started(server).endpoint);
      extra.push(more);
      return more;
    },
    setJobTransition(seconds) {
      return started(server).control('/moto-api/state-manager/set-transition', {
        model_name: 'batch::job',
        transition: { progression: 'time', seconds },
      });
    },
  };

  beforeAll(async () => {
    // DOCKER_HOST matters only to jobs of a server in Docker mode; every server gets it, so that
    // files with and without jobsNeverStart can share one (use_docker is set per file).
    server = await takeServer(
      { DOCKER_HOST: NO_DOCKER, ...serverOptions.env },
      jobsNeverStart === true || serverOptions.batchUseDocker === true,
    );
    if (jobTransitionSeconds !== undefined) await fixture.setJobTransition(jobTransitionSeconds);
    main = clientsFor(server.endpoint);
    if (batchEnvironment) await createBatchEnvironment(server, main);
  }, MOTO_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    for (const more of extra.splice(0)) destroyAwsClients(more);
    if (main) destroyAwsClients(main);
    main = undefined;
    if (server) await releaseServer(server);
    server = undefined;
  }, MOTO_HOOK_TIMEOUT_MS);

  return fixture;
}
