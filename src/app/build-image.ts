import type { BuildSource, ImageBuilder, ImageRegistry } from '../ports/image.js';

export interface BuildImageRequest {
  source: BuildSource;
  repository: string;
}

export interface BuildImageDeps {
  /** A tag that changes exactly when what the build sees changes. */
  contextTag(source: BuildSource): Promise<string>;
  registry: ImageRegistry;
  /** Chosen only when there is something to build: an image already pushed needs no builder. */
  builder(): Promise<ImageBuilder>;
  log(line: string): void;
}

export interface BuiltImage {
  imageUri: string;
  tag: string;
  /** The registry had the tag already, so nothing was built. */
  skipped: boolean;
}

/**
 * The experiment's image, tagged with a hash of its build context: built and pushed when the
 * registry lacks that tag, otherwise left as it is. The same context always gives the same tag,
 * so a re-run, or another pull request that did not touch the context, builds nothing.
 */
export async function buildImage(request: BuildImageRequest, deps: BuildImageDeps): Promise<BuiltImage> {
  const tag = await deps.contextTag(request.source);
  const imageUri = `${deps.registry.host}/${request.repository}:${tag}`;
  if (await deps.registry.hasTag(request.repository, tag)) {
    deps.log(`${imageUri} is in the registry already: its build context is unchanged, nothing to build`);
    return { imageUri, tag, skipped: true };
  }
  deps.log(`${imageUri} is not in the registry: building it`);
  const builder = await deps.builder();
  deps.log(`builder: ${builder.name}`);
  await builder.buildAndPush(request.source, imageUri);
  deps.log(`pushed ${imageUri}`);
  return { imageUri, tag, skipped: false };
}
