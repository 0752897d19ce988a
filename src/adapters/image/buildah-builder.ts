import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageError, type BuildSource, type ImageBuilder } from '../../ports/image.js';
import { isLoopbackRegistry, type RegistryCredentials } from './registry-v2.js';
import type { RunTool } from './run-tool.js';

export interface BuildahOptions {
  registry: string;
  credentials?: RegistryCredentials;
  run: RunTool;
  log: (line: string) => void;
  /** Where the image storage and the auth file live for the build (RUNNER_TEMP on a runner). */
  tmpDir: string;
}

/**
 * Daemonless builds, as on CI machines without a Docker engine: `buildah bud` into a storage of
 * its own (vfs: no overlay mounts needed; chroot isolation: no runtime needed), then `buildah
 * push`. The password goes in an auth file only the user can read, never on argv (where `ps`
 * shows it), and the folder is removed afterwards with the image storage.
 */
export class BuildahBuilder implements ImageBuilder {
  readonly name = 'buildah';

  constructor(private readonly options: BuildahOptions) {}

  async buildAndPush(source: BuildSource, image: string): Promise<void> {
    const { registry, credentials, run, log } = this.options;
    // mkdtemp makes the folder 0700.
    const dir = await mkdtemp(path.join(this.options.tmpDir, 'batchbench-buildah-'));
    try {
      const storage = ['--root', path.join(dir, 'root'), '--runroot', path.join(dir, 'runroot')];
      const global = [...storage, '--storage-driver', 'vfs'];
      const auth: string[] = [];
      if (credentials) {
        const file = path.join(dir, 'auth.json');
        const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
        await writeFile(file, JSON.stringify({ auths: { [registry]: { auth: basic } } }), { mode: 0o600 });
        auth.push('--authfile', file);
      }
      const dockerfile = path.join(source.context, source.dockerfile);
      // Several platforms build one image each into a manifest list, pushed with all of them.
      const multi = source.platforms.length > 1;
      const bud = await run(
        'buildah',
        [
          ...global,
          'bud',
          '--isolation',
          'chroot',
          ...auth,
          '--platform',
          source.platforms.join(','),
          ...(multi ? ['--manifest', image] : ['-t', image]),
          '-f',
          dockerfile,
          source.context,
        ],
        { echo: log },
      );
      if (bud.code !== 0) throw new ImageError(`buildah bud exited ${exit(bud)}; its output is above`);
      const tls = isLoopbackRegistry(registry) ? ['--tls-verify=false'] : [];
      const push = await run(
        'buildah',
        [
          ...global,
          ...(multi ? ['manifest', 'push', '--all'] : ['push']),
          ...auth,
          ...tls,
          image,
          `docker://${image}`,
        ],
        { echo: log },
      );
      if (push.code !== 0)
        throw new ImageError(
          `buildah push to ${registry} exited ${exit(push)}; its output is above ` +
            '(ECR does not create a repository on push: it must exist)',
        );
    } finally {
      await rm(dir, { recursive: true, force: true }).catch((error: Error) =>
        log(`could not remove the build folder ${dir}: ${error.message}`),
      );
    }
  }
}

function exit(r: { code: number | null; missing: boolean }): string {
  return r.missing ? '(buildah is not installed)' : String(r.code);
}
