import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The bar of the backend registry, checked from git: what the Slurm backend (the latest one
 * added) needs in the product's code outside its own folder (src/adapters/slurm/) and its tests
 * (test/slurm/). A backend-specific branch added anywhere else (the CLI, the composition root,
 * an action) names it, and fails this test.
 */
function filesNaming(word: string, pathspecs: string[]): Map<string, string[]> {
  const out = execFileSync('git', ['grep', '-n', '-i', '-w', word, '--', ...pathspecs], { encoding: 'utf8' });
  const files = new Map<string, string[]>();
  for (const line of out.trim().split('\n')) {
    const [file, , ...text] = line.split(':');
    files.set(file as string, [...(files.get(file as string) ?? []), text.join(':').trim()]);
  }
  return files;
}

const isComment = (line: string) => /^(\*|\/\/|\/\*\*)/.test(line);

describe('adding a backend touches its folder, one line per list, the schema and docs', () => {
  const named = filesNaming('slurm', ['src', 'schema', ':!src/adapters/slurm']);

  it('the code naming slurm outside its folder: its list entry, its loader, and its own file settings', () => {
    const code = [...named].filter(([, lines]) => !lines.every(isComment)).map(([file]) => file);
    expect(code.sort()).toEqual([
      // compute.backend's enum, and the compute.slurm settings (partition, account, qos, ...)
      'schema/experiment.schema.json',
      // the enum of what a cell ran on
      'schema/report.schema.json',
      // the loader line
      'src/adapters/backends.ts',
      // init's catalogue of shipped workflow templates (the login-node workflow)
      'src/cli/commands/init.ts',
      // the entry of the list: name, summary, label, where runs are kept, no root action
      'src/domain/backends.ts',
      // a campaign file's node types (its slurm key), typed, normalised, validated and priced as
      // machines like instance types, and which backend places a campaign's machines (placement.ts):
      // knowledge of the file, as compute.slurm is; no campaign wiring names a backend
      'src/domain/campaign/campaign-checks.ts',
      'src/domain/campaign/campaign-file.ts',
      'src/domain/campaign/campaign.ts',
      'src/domain/campaign/machines.ts',
      'src/domain/campaign/normalise-campaign.ts',
      'src/domain/campaign/placement.ts',
      // its own price model (per node-hour or core-hour of a partition): pricing is domain logic,
      // and a backend that prices like EC2 needs none of these
      'src/domain/cost/job-cost.ts',
      'src/domain/cost/price-table.ts',
      'src/domain/cost/slurm-price.ts',
      // compute.slurm of the file validated like every compute setting: the grammar of --time and
      // --constraint, and a timeout that becomes --time
      'src/domain/experiment/checks/index.ts',
      'src/domain/experiment/checks/resources.ts',
      'src/domain/experiment/checks/slurm.ts',
      // compute.slurm of the file, typed and normalised like every compute setting (the words of
      // its patterns in schema-words, the grammar of --time and --constraint in slurm-syntax)
      'src/domain/experiment/experiment-file.ts',
      'src/domain/experiment/experiment.ts',
      'src/domain/experiment/normalise.ts',
      'src/domain/experiment/schema-words.ts',
      'src/domain/experiment/slurm-syntax.ts',
      // the budget's hint names the way to price such a run
      'src/domain/plan/budget.ts',
    ]);
  });

  it('names it in one entry of each list', () => {
    expect(named.get('src/adapters/backends.ts')).toEqual([
      "slurm: async () => (await import('./slurm/backend.js')).createSlurmBackend,",
    ]);
    const entry = (named.get('src/domain/backends.ts') ?? []).filter((l) => !isComment(l));
    expect(entry).toEqual([
      "name: 'slurm',",
      "summary: 'Slurm job arrays on a cluster, results on its shared filesystem or in an S3 store',",
      "label: 'Slurm',",
      expect.stringContaining('run a slurm experiment with npx batchbench run FILE'),
    ]);
  });

  it('no edge, use case, port or composition code names it, but init offering its workflow template', () => {
    const edges = [...named.keys()].filter((f) => /^src\/(cli|compose|entrypoints|app|ports)\//.test(f));
    // init's catalogue of shipped workflow templates lists the login-node workflow by name.
    expect(edges).toEqual(['src/cli/commands/init.ts']);
  });
});
