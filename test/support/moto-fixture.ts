import { afterAll, beforeAll } from 'vitest';
import { destroyAwsClients, type AwsClients } from '../../src/adapters/aws/clients.js';
import { clientsFor, createBatchEnvironment } from '../adapters/aws/batch-env.js';
import { startMoto, type MotoOptions, type MotoServer } from './moto-server.js';

/**
 * The one way a test file gets a moto server: `const aws = useMoto({...})` at the top of a
 * describe starts the server once in beforeAll (with room for a loaded machine), creates the SDK
 * clients, optionally the Batch environment, and stops the server by its PID in afterAll.
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
    server = await startMoto(
      jobsNeverStart
        ? { ...serverOptions, batchUseDocker: true, env: { DOCKER_HOST: NO_DOCKER, ...serverOptions.env } }
        : serverOptions,
    );
    if (jobTransitionSeconds !== undefined) await fixture.setJobTransition(jobTransitionSeconds);
    main = clientsFor(server.endpoint);
    if (batchEnvironment) await createBatchEnvironment(server, main);
  }, MOTO_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    for (const more of extra.splice(0)) destroyAwsClients(more);
    if (main) destroyAwsClients(main);
    main = undefined;
    await server?.stop();
    server = undefined;
  }, MOTO_HOOK_TIMEOUT_MS);

  return fixture;
}
