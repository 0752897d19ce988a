/**
 * What `batchbench init` does to a shipped workflow template, as text so that the template's
 * comments and layout reach the user's repository unchanged.
 *
 * The templates name batchbench's actions with a placeholder, `OWNER/batchbench`, always followed
 * by a ref: `uses: OWNER/batchbench/actions/submit@v1`, or a checkout of the repository with
 * `repository: OWNER/batchbench` and a `ref:` beside it in the same `with:` block.
 */

const PLACEHOLDER = 'OWNER/batchbench';

export interface ActionReference {
  /** owner/name of batchbench on GitHub. */
  repository: string;
  /** The tag the actions are used at, e.g. v1. */
  ref: string;
}

/** The template with every reference to batchbench filled in; throws on a placeholder it cannot fill. */
export function fillActionReference(text: string, file: string, reference: ActionReference): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // uses: OWNER/batchbench[/path]@ref (and the same in a comment that shows it)
    lines[i] = line.replace(
      /OWNER\/batchbench((?:\/[\w.-]+)*)@[\w.-]+/g,
      `${reference.repository}$1@${reference.ref}`,
    );
    const checkout = /^(\s*)repository:\s*OWNER\/batchbench\s*$/.exec(line);
    if (checkout) {
      lines[i] = `${checkout[1]}repository: ${reference.repository}`;
      replaceSiblingRef(lines, i, checkout[1]!, reference.ref);
    }
  }
  // What remains is prose ("replace OWNER/batchbench with ..."): it names the repository now.
  const filled = lines.map((l) =>
    l.trimStart().startsWith('#') ? l.replaceAll(PLACEHOLDER, reference.repository) : l,
  );
  const left = filled.findIndex((l) => /\bOWNER\b/.test(l));
  if (left >= 0) {
    throw new Error(
      `${file}:${left + 1}: a placeholder batchbench init does not know how to fill: ${filled[left]!.trim()}`,
    );
  }
  return filled.join('\n');
}

/** The `ref:` key of the mapping line `at` is in (the lines around it indented as much), set to `ref`. */
function replaceSiblingRef(lines: string[], at: number, indent: string, ref: string): void {
  const inBlock = (l: string) => l.trim() === '' || /^\s*/.exec(l)![0].length >= indent.length;
  const key = new RegExp(`^${indent}ref:\\s*\\S+\\s*$`);
  for (const step of [-1, 1]) {
    for (let j = at + step; j >= 0 && j < lines.length && inBlock(lines[j]!); j += step) {
      if (key.test(lines[j]!)) lines[j] = `${indent}ref: ${ref}`;
    }
  }
}

export interface RepositorySettings {
  variables: string[];
  /** Variables every use of which has a default (`vars.X || 'default'`). */
  optional: string[];
  secrets: string[];
}

/** The repository variables and secrets the workflows read (`vars.X`, `secrets.X`), sorted. */
export function repositorySettings(texts: string[]): RepositorySettings {
  const collect = (pattern: RegExp) => {
    const names = new Set<string>();
    for (const text of texts) {
      for (const line of text.split('\n')) {
        if (line.trimStart().startsWith('#')) continue;
        for (const m of line.matchAll(pattern)) names.add(m[1]!);
      }
    }
    return [...names].sort();
  };
  const variables = collect(/\bvars\.([A-Za-z_][A-Za-z0-9_]*)/g);
  const bare = new Set(collect(/\bvars\.([A-Za-z_][A-Za-z0-9_]*)\b(?!\s*\|\|)/g));
  return {
    variables,
    optional: variables.filter((v) => !bare.has(v)),
    // GITHUB_TOKEN is GitHub's own, nothing to set.
    secrets: collect(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g).filter((s) => s !== 'GITHUB_TOKEN'),
  };
}

/** .gitignore with `.batchbench/` appended, or undefined when it already ignores that folder. */
export function ignoreRunsFolder(gitignore: string | undefined): string | undefined {
  const text = gitignore ?? '';
  const present = text.split(/\r?\n/).some((l) => /^\/?\.batchbench\/?\s*$/.test(l));
  if (present) return undefined;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  return `${text}${separator}# batchbench's local runs and reports\n.batchbench/\n`;
}
