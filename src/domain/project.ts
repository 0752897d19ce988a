import pkg from '../../package.json' with { type: 'json' };

/**
 * Who batchbench is, read from package.json (bundled, so no file is read at run time): the one
 * place the repository's owner/name and the version come from. The schema's `$id`, the examples'
 * `$schema` lines and the references `batchbench init` writes are all derived from it, and
 * test/project/schema-url.test.ts keeps the copies in files in step.
 */
export const PROJECT = {
  version: pkg.version,
  /** owner/name on GitHub, e.g. batchbench/batchbench. */
  repository: githubRepository(pkg.repository.url),
  homepage: pkg.homepage,
};

/** `owner/name` out of package.json's repository URL (git+https://github.com/owner/name.git). */
export function githubRepository(url: string): string {
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  if (!match) throw new Error(`package.json: repository.url ${url} is not a GitHub repository`);
  return `${match[1]}/${match[2]}`;
}

/**
 * The tag a workflow should use the actions at: the major version (v0 for 0.x.y, v1 for 1.x.y),
 * which every release moves to itself, as the actions/ organisation does, so users get fixes and
 * features without editing their workflows, and a breaking change needs a new major.
 */
export function majorTag(version: string): string {
  const match = /^(\d+)\.\d+\.\d+/.exec(version);
  if (!match) throw new Error(`version ${version} is not a semantic version`);
  return `v${match[1]}`;
}

/**
 * Where a schema of this release can be fetched: the file at the release's tag (v<version>), so
 * a `$schema` line keeps describing the format of the release it was written for.
 */
export function schemaUrl(file: 'experiment' | 'report', version = PROJECT.version): string {
  return `https://raw.githubusercontent.com/${PROJECT.repository}/v${version}/schema/${file}.schema.json`;
}
