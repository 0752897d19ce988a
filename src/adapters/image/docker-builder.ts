import path from 'node:path';
import { ImageError, type BuildSource, type ImageBuilder } from '../../ports/image.js';
import type { RegistryCredentials } from './registry-v2.js';
import type { RunTool } from './run-tool.js';

export interface DockerOptions {
  registry: string;
  credentials?: RegistryCredentials;
  /** Cache layers in the GitHub Actions cache (a builder whose driver can export a cache). */
  ghaCache: boolean;
  run: RunTool;
  log: (line: string) => void;
}

/**
 * `docker buildx build --push` on a machine with a Docker engine (GitHub's hosted runners). The
 * login goes through `docker login --password-stdin` and is undone after the push, as
 * amazon-ecr-login's post step does, so no password stays in the runner's Docker config.
 */
export class DockerBuilder implements ImageBuilder {
  readonly name = 'docker';

  constructor(private readonly options: DockerOptions) {}

  async buildAndPush(source: BuildSource, image: string): Promise<void> {
    const { registry, credentials, run, log } = this.options;
    if (credentials) {
      const login = await run(
        'docker',
        ['login', '--username', credentials.username, '--password-stdin', registry],
        {
          input: credentials.password,
        },
      );
      if (login.code !== 0)
        throw new ImageError(
          `docker login ${registry} failed: ${login.output.trim().split('\n').at(-1) ?? ''}`,
        );
    }
    try {
      // The image's repository scopes the cache, so two images do not evict each other's layers.
      const scope = image.slice(registry.length + 1, image.lastIndexOf(':'));
      const cache = this.options.ghaCache
        ? ['--cache-from', `type=gha,scope=${scope}`, '--cache-to', `type=gha,mode=max,scope=${scope}`]
        : [];
      const args = [
        'buildx',
        'build',
        '--push',
        // One image manifest, not an index with an attestation: what Batch and ECR show plainly.
        '--provenance=false',
        // Several platforms push one index; building one that is not this machine's needs QEMU
        // (docker/setup-qemu-action), as every cross-platform buildx build does.
        '--platform',
        source.platforms.join(','),
        ...cache,
        '--tag',
        image,
        '--file',
        path.join(source.context, source.dockerfile),
        source.context,
      ];
      const build = await run('docker', args, { echo: log });
      if (build.code !== 0)
        throw new ImageError(
          `docker buildx build exited ${build.code}; its output is above ` +
            '(ECR does not create a repository on push: it must exist)',
        );
    } finally {
      if (credentials) await run('docker', ['logout', registry]);
    }
  }
}
