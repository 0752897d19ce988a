import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import * as runner from '../adapters/github/runner-io.js';
import { isInside } from '../adapters/read-user-file.js';
import { ecrLogin } from '../adapters/image/ecr-login.js';
import type { RegistryCredentials } from '../adapters/image/registry-v2.js';
import { parsePlatforms, platformsFor, type Platform } from '../domain/image/platforms.js';
import { readYamlSource } from '../domain/experiment/yaml-source.js';
import type { BuildSource } from '../ports/image.js';
import { input, workspace } from './action-support.js';
import { UserError } from '../domain/user-error.js';
import type { ReadyExperiment } from './ready-experiment.js';

/** The repository infra/batchbench.cfn.yaml creates (its ResourcePrefix) and lets the workflow push to. */
export const DEFAULT_REPOSITORY = 'batchbench';

/** Docker's rule for a repository path: lower-case components separated by `/`. */
export const REPOSITORY =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/**
 * The experiment's build context and Dockerfile as folders on this machine; a context that is
 * not there is the file's mistake, reported at image.build in it.
 */
export async function buildSource(
  ready: ReadyExperiment,
  build: { context: string; dockerfile: string },
  platforms: readonly Platform[],
  env: NodeJS.ProcessEnv,
): Promise<BuildSource> {
  // The file's mistake, annotated where image.build says it (the file is parsed again only on this path).
  const fail = (key: 'context' | 'dockerfile', message: string): never => {
    const at = readYamlSource(ready.source, ready.file).locate(['image', 'build', key]);
    throw new UserError(message, { file: ready.file, line: at.line, column: at.column });
  };
  const root = await realpath(workspace(env));
  // Symlinks followed: a context that is, or passes through, a link out of the repository
  // would send the runner's files to the builder.
  const context = await realpath(path.resolve(root, build.context)).catch(() => undefined);
  const isDir =
    context !== undefined &&
    (await stat(context).then(
      (s) => s.isDirectory(),
      () => false,
    ));
  if (!context || !isDir)
    return fail('context', `image.build.context ${build.context} is not a folder of the repository`);
  if (!isInside(root, context) || context.split(path.sep).includes('.git'))
    fail('context', `image.build.context ${build.context} leads out of the repository (or into .git)`);
  const dockerfile = await realpath(path.resolve(context, build.dockerfile)).catch(() =>
    path.resolve(context, build.dockerfile),
  );
  const inside = path.relative(context, dockerfile);
  // Outside the context it would not count in the context's hash, so a change to it would build nothing.
  if (!isInside(context, dockerfile))
    fail(
      'dockerfile',
      `image.build.dockerfile ${build.dockerfile} is outside the build context ${build.context}`,
    );
  const isFile = await stat(dockerfile).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) fail('dockerfile', `image.build.dockerfile: no file ${build.dockerfile} in ${build.context}`);
  return { context, dockerfile: inside.split(path.sep).join('/'), platforms };
}

/** The platforms input, or what the instance types of the experiment's Batch jobs need. */
export function platformsOf(ready: ReadyExperiment): Platform[] {
  const given = input('platforms');
  if (given !== undefined) {
    const parsed = parsePlatforms(given);
    if ('error' in parsed) throw new UserError(parsed.error);
    return parsed.platforms;
  }
  const types = ready.plan.jobs
    .filter((j) => j.compute.backend === 'aws-batch')
    .map((j) => j.compute.instanceType);
  const platforms = platformsFor(types, ready.prices);
  const named = [...new Set(types.filter((t) => t !== undefined))];
  const here = process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64';
  runner.info(
    `platforms: ${platforms.join(', ')}, for the instance types ${named.length > 0 ? named.join(', ') : '(none named: Batch picks x86_64)'}` +
      (platforms.some((p) => p !== here)
        ? ` (RUN steps for a platform other than this runner's ${here} need QEMU: docker/setup-qemu-action)`
        : ''),
  );
  return platforms;
}

/** The region of the experiment's AWS Batch jobs: its image is pushed where they pull it. */
export function regionOf(ready: ReadyExperiment, env: NodeJS.ProcessEnv): string {
  const batch = ready.plan.jobs.find((j) => j.compute.backend === 'aws-batch');
  return batch?.compute.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
}

/** Who to push as: a registry user given as inputs, or an ECR login (the default registry's or another one's). */
export async function login(
  override: string | undefined,
  region: string,
): Promise<{ registry: string; credentials: RegistryCredentials }> {
  const username = input('registry-username');
  const password = input('registry-password');
  if (username !== undefined || password !== undefined) {
    if (!override) throw new UserError('registry-username and registry-password go with the registry input');
    if (!username || !password)
      throw new UserError('registry-username and registry-password are given together');
    return { registry: override, credentials: { username, password } };
  }
  const ecr = await ecrLogin({ region });
  return {
    registry: override ?? ecr.registry,
    credentials: { username: ecr.username, password: ecr.password },
  };
}

export function outputs(imageUri: string, tag: string, skipped: boolean): void {
  runner.setOutput('image-uri', imageUri);
  runner.setOutput('tag', tag);
  runner.setOutput('skipped', String(skipped));
}

/**
 * What image.build says to build, or undefined (outputs set, the reason logged) when there is
 * nothing to build: the file names its image, or no job runs on AWS Batch.
 */
export function buildToDo(ready: ReadyExperiment): { context: string; dockerfile: string } | undefined {
  const { file } = ready;
  const image = ready.experiment.image;
  if (!image?.build) {
    runner.info(
      image?.uri
        ? `${file} names its image (image.uri ${image.uri}): nothing to build`
        : `${file} has no image.build: nothing to build (an aws-batch run then needs image.uri or submit's image-uri)`,
    );
    outputs(image?.uri ?? '', '', true);
    return undefined;
  }
  if (!ready.plan.jobs.some((j) => j.compute.backend === 'aws-batch')) {
    runner.info(
      `${file} runs no job on AWS Batch: nothing to build (the local backend runs on this machine)`,
    );
    outputs('', '', true);
    return undefined;
  }
  return image.build;
}
