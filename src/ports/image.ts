/** What the build-image use case needs: a context to tag, a registry to ask, a builder to push. */

export interface BuildSource {
  /** The build context folder (absolute). */
  context: string;
  /** The Dockerfile's path inside the context, with `/`. */
  dockerfile: string;
  /** What to build for, e.g. ['linux/amd64', 'linux/arm64']: more than one makes a multi-platform image (an index). */
  platforms: readonly string[];
}

/** A Docker Registry HTTP API v2 (ECR, docker-registry, another OCI registry). */
export interface ImageRegistry {
  /** host[:port], as it appears at the start of an image reference. */
  readonly host: string;
  /** Whether `repository:tag` has a manifest in the registry. */
  hasTag(repository: string, tag: string): Promise<boolean>;
}

export interface ImageBuilder {
  readonly name: 'docker' | 'buildah';
  /** Builds `source` as `image` (registry/repository:tag) and pushes it; throws ImageError on failure. */
  buildAndPush(source: BuildSource, image: string): Promise<void>;
}

/**
 * A failure the user can act on: credentials refused, the registry unreachable, the build itself
 * failed (its output is in the log above), no builder installed. Entry points report it plainly,
 * not as a bug of batchbench.
 */
export class ImageError extends Error {
  override name = 'ImageError';
}
