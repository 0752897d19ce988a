import { ImageError, type ImageBuilder } from '../../ports/image.js';
import { BuildahBuilder } from './buildah-builder.js';
import { DockerBuilder } from './docker-builder.js';
import type { RegistryCredentials } from './registry-v2.js';
import type { RunTool } from './run-tool.js';

export const BUILDERS = ['auto', 'docker', 'buildah'] as const;
export type BuilderChoice = (typeof BUILDERS)[number];

export interface BuilderContext {
  registry: string;
  credentials?: RegistryCredentials;
  run: RunTool;
  log: (line: string) => void;
  env: NodeJS.ProcessEnv;
  tmpDir: string;
}

/**
 * The builder for `choice`. auto takes Docker where `docker buildx` works (its CLI plugin and a
 * builder it can reach: GitHub's hosted runners), otherwise buildah (CI machines and containers
 * without a Docker engine); a named builder that cannot work here is an error that says why.
 */
export async function chooseBuilder(choice: BuilderChoice, ctx: BuilderContext): Promise<ImageBuilder> {
  const reasons: string[] = [];
  if (choice !== 'buildah') {
    const inspect = await ctx.run('docker', ['buildx', 'inspect']);
    if (inspect.code === 0) return new DockerBuilder({ ...ctx, ghaCache: ghaCache(inspect.output, ctx) });
    reasons.push(`docker buildx: ${inspect.missing ? 'docker is not installed' : lastLine(inspect.output)}`);
  }
  if (choice !== 'docker') {
    const version = await ctx.run('buildah', ['--version']);
    if (version.code === 0) return new BuildahBuilder(ctx);
    reasons.push(`buildah: ${version.missing ? 'not installed' : lastLine(version.output)}`);
  }
  throw new ImageError(
    `no image builder works here (builder: ${choice}): ${reasons.join('; ')}. ` +
      'Install Docker with buildx or buildah, e.g. apt-get install buildah',
  );
}

/**
 * The GitHub Actions cache needs the runner's cache service (the runner gives a JavaScript
 * action ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL, and ACTIONS_RUNTIME_TOKEN) and a builder
 * driver that can export a cache: the plain `docker` driver cannot (docker/setup-buildx-action
 * creates one that can).
 */
function ghaCache(inspectOutput: string, ctx: BuilderContext): boolean {
  const service = (ctx.env.ACTIONS_CACHE_URL || ctx.env.ACTIONS_RESULTS_URL) && ctx.env.ACTIONS_RUNTIME_TOKEN;
  if (!service) return false;
  const driver = /^Driver:\s*(\S+)/m.exec(inspectOutput)?.[1];
  if (driver === 'docker') {
    ctx.log(
      'no layer cache: the buildx builder uses the docker driver (docker/setup-buildx-action gives one that can cache)',
    );
    return false;
  }
  return true;
}

function lastLine(output: string): string {
  return output.trim().split('\n').at(-1)?.trim() || 'failed';
}
