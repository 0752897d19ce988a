import os from 'node:os';
import * as runner from '../adapters/github/runner-io.js';
import { buildingStagedContext, contextTag } from '../adapters/image/build-context.js';
import { BUILDERS, chooseBuilder, type BuilderChoice } from '../adapters/image/choose-builder.js';
import { registryHost, RegistryV2 } from '../adapters/image/registry-v2.js';
import { runTool } from '../adapters/image/run-tool.js';
import { buildImage } from '../app/build-image.js';
import { UserError } from '../domain/user-error.js';
import { ImageError } from '../ports/image.js';
import { input, runAction } from './action-support.js';
import {
  buildSource,
  buildToDo,
  DEFAULT_REPOSITORY,
  login,
  outputs,
  platformsOf,
  regionOf,
  REPOSITORY,
} from './image-steps.js';
import { readyExperiment } from './ready-experiment.js';

/** actions/build-image: builds and pushes the experiment's image when its build context changed. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('build-image', async () => {
    const file = input('experiment', { required: true }) as string;
    const repository = input('repository') ?? DEFAULT_REPOSITORY;
    if (!REPOSITORY.test(repository))
      throw new UserError(
        `repository '${repository}' is not a repository name: lower-case letters, digits, '.', '_', '-' and '/'`,
      );
    const builderChoice = (input('builder') ?? 'auto') as BuilderChoice;
    if (!BUILDERS.includes(builderChoice))
      throw new UserError(`builder takes ${BUILDERS.join(', ')}, not '${builderChoice}'`);
    const registryInput = input('registry');
    const override = registryInput === undefined ? undefined : registryHost(registryInput);

    const ready = await readyExperiment(file, env);
    const build = buildToDo(ready);
    if (!build) return;
    const source = await buildSource(ready, build, platformsOf(ready), env);
    try {
      const { registry, credentials } = await login(override, regionOf(ready, env));
      runner.setSecret(credentials.password);
      runner.setSecret(Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64'));
      const built = await buildImage(
        { source, repository },
        {
          contextTag: (s) => contextTag(s.context, s.dockerfile, s.platforms),
          registry: new RegistryV2(registry, credentials),
          // The builder gets a copy of exactly the hashed files: no .git, no link followed.
          builder: async () =>
            buildingStagedContext(
              await chooseBuilder(builderChoice, {
                registry,
                credentials,
                run: runTool,
                log: (line) => runner.info(line),
                env,
                tmpDir: env.RUNNER_TEMP || os.tmpdir(),
              }),
              env.RUNNER_TEMP || os.tmpdir(),
            ),
          log: (line) => runner.info(line),
        },
      );
      outputs(built.imageUri, built.tag, built.skipped);
    } catch (error) {
      if (error instanceof ImageError) throw new UserError(error.message);
      throw error;
    }
  });
}
